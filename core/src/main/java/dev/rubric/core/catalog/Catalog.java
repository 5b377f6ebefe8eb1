package dev.rubric.core.catalog;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.internal.BandOrder;
import dev.rubric.core.internal.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A versioned criteria catalog (bộ tiêu chí): metadata, declared inputs, the tree of areas and
 * criteria with their rules, bonus and penalty blocks, the index formula, classification bands and
 * rounding. A catalog is an immutable value; equal catalogs print to the same canonical text.
 *
 * <p>Invariants, checked on construction (an {@link IllegalArgumentException} names the field, the
 * value and the rule): unique input keys, {@code let} names and node codes across the whole
 * catalog; bands ordered from the highest, contiguous (no gaps, no overlaps) and the first
 * unbounded above; weighted index components naming top-level nodes.
 *
 * @param id the catalog's identifier, e.g. {@code "cchc-xa"}
 * @param version the catalog's semantic version, e.g. {@code "2022.1.0"}
 * @param title the localized title
 * @param provenance issuer, decision number and date
 * @param appliesTo the unit levels or kinds the catalog is for, e.g. {@code commune}
 * @param inputs the declared inputs, in declaration order
 * @param attributes the declared unit attributes rules may read as {@code unit.name}
 * @param lets catalog-wide named values (parameters such as a provincial target)
 * @param nodes the top-level nodes (areas), in order
 * @param bonus the bonus items, outside the 100
 * @param penalties the penalty items, outside the 100
 * @param index how the index is computed
 * @param bands the classification bands, highest first
 * @param rounding how the published index is rounded
 */
public record Catalog(
    String id,
    String version,
    LocalizedText title,
    Provenance provenance,
    List<String> appliesTo,
    List<InputDecl> inputs,
    List<InputDecl> attributes,
    List<Let> lets,
    List<Node> nodes,
    List<Node> bonus,
    List<Node> penalties,
    IndexFormula index,
    List<Band> bands,
    Rounding rounding) {

  /**
   * Validates the catalog's invariants and makes its lists immutable copies.
   *
   * @throws IllegalArgumentException if the id, version or an applies-to entry is blank or has
   *     surrounding whitespace; the version is not a semantic version; an input key, attribute,
   *     {@code let} name (lets share the inputs' names) or node code repeats; a weighted index
   *     names a node that is not top-level; the first band is bounded above; or a band's upper
   *     bound differs from the lower bound of the band before it (a gap or overlap)
   * @throws NullPointerException if a component or list element is null
   */
  public Catalog {
    id = Text.code("catalog.id", id);
    version = Text.code("catalog.version", version);
    if (!Text.isSemanticVersion(version)) {
      throw new IllegalArgumentException(
          "catalog.version: expected a semantic version such as '2022.1.0' but found '"
              + version
              + "'");
    }
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(provenance, "provenance");
    appliesTo = appliesTo.stream().map(a -> Text.code("catalog.appliesTo", a)).toList();
    inputs = List.copyOf(inputs);
    attributes = List.copyOf(attributes);
    lets = List.copyOf(lets);
    nodes = List.copyOf(nodes);
    bonus = List.copyOf(bonus);
    penalties = List.copyOf(penalties);
    Objects.requireNonNull(index, "index");
    bands = List.copyOf(bands);
    Objects.requireNonNull(rounding, "rounding");

    Set<String> keys = new HashSet<>();
    for (InputDecl in : inputs) {
      if (!keys.add(in.key())) {
        throw new IllegalArgumentException(
            "catalog.inputs: duplicate input key '" + in.key() + "'");
      }
    }
    Set<String> attributeNames = new HashSet<>();
    for (InputDecl a : attributes) {
      if (!attributeNames.add(a.key())) {
        throw new IllegalArgumentException(
            "catalog.attributes: duplicate attribute '" + a.key() + "'");
      }
    }
    for (Let l : lets) {
      if (!keys.add(l.name())) {
        throw new IllegalArgumentException(
            "catalog.lets: name '" + l.name() + "' is already declared");
      }
    }
    Set<String> codes = new HashSet<>();
    for (List<Node> block : List.of(nodes, bonus, penalties)) {
      for (Node top : block) {
        for (Node n : top.flatten()) {
          if (!codes.add(n.code())) {
            throw new IllegalArgumentException("catalog.nodes: duplicate code '" + n.code() + "'");
          }
        }
      }
    }
    if (index instanceof IndexFormula.WeightedSum weightedSum) {
      Set<String> top = new HashSet<>();
      nodes.forEach(n -> top.add(n.code()));
      for (IndexFormula.Weight w : weightedSum.weights()) {
        if (!top.contains(w.code())) {
          throw new IllegalArgumentException(
              "catalog.index: weight names '" + w.code() + "', which is not a top-level node");
        }
      }
      Decimal total = Decimal.ZERO;
      for (Node n : nodes) {
        Optional<Decimal> listed = weightedSum.weightOf(n.code());
        if (listed.isPresent() && n.weight().isPresent()) {
          throw new IllegalArgumentException(
              "catalog.index: node '" + n.code() + "' has a weight both in the index and its own");
        }
        total = total.plus(listed.or(n::weight).orElse(Decimal.ZERO));
      }
      if (total.signum() == 0) {
        throw new IllegalArgumentException(
            "catalog.index: expected top-level weights with a positive total but found 0");
      }
    }
    checkBands(bands);
  }

  private static void checkBands(List<Band> bands) {
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      if (i == 0) {
        if (BandOrder.first(b.to()) != BandOrder.Join.FITS) {
          throw new IllegalArgumentException(
              "catalog.bands: expected the first band '"
                  + b.label().vi()
                  + "' to be unbounded above but found to "
                  + b.to().get());
        }
        continue;
      }
      Band above = bands.get(i - 1);
      BandOrder.Join join = BandOrder.below(above.from(), b.to());
      if (join == BandOrder.Join.GAP || join == BandOrder.Join.OVERLAP) {
        throw new IllegalArgumentException(
            "catalog.bands: "
                + (join == BandOrder.Join.GAP ? "gap" : "overlap")
                + " between band '"
                + above.label().vi()
                + "' (from "
                + above.from().get()
                + ") and band '"
                + b.label().vi()
                + "' (to "
                + b.to().get()
                + ")");
      }
      if (join != BandOrder.Join.FITS) {
        throw new IllegalArgumentException(
            "catalog.bands: expected band '"
                + b.label().vi()
                + "' to lie below band '"
                + above.label().vi()
                + "' but '"
                + above.label().vi()
                + "' is unbounded below");
      }
    }
  }

  /** Returns a builder for a catalog with {@code id} and {@code version}. */
  public static Builder builder(String id, String version) {
    return new Builder(id, version);
  }

  /** Returns every node of the main tree, bonus and penalty blocks, parents before children. */
  public List<Node> allNodes() {
    List<Node> out = new ArrayList<>();
    for (List<Node> block : List.of(nodes, bonus, penalties)) {
      block.forEach(n -> out.addAll(n.flatten()));
    }
    return out;
  }

  /** Returns the node with {@code code}, if any. */
  public Optional<Node> node(String code) {
    String c = Text.nfc(code);
    return allNodes().stream().filter(n -> n.code().equals(c)).findFirst();
  }

  /** Returns the declared input with {@code key}, if any. */
  public Optional<InputDecl> input(String key) {
    String k = Text.nfc(key);
    return inputs.stream().filter(i -> i.key().equals(k)).findFirst();
  }

  /** Returns the declared unit attribute with {@code name}, if any. */
  public Optional<InputDecl> attribute(String name) {
    String k = Text.nfc(name);
    return attributes.stream().filter(i -> i.key().equals(k)).findFirst();
  }

  /** Returns the band the rounded {@code index} falls in, if the catalog has bands. */
  public Optional<Band> bandOf(dev.rubric.core.Decimal roundedIndex) {
    return bands.stream().filter(b -> b.contains(roundedIndex)).findFirst();
  }

  /**
   * A mutable builder of {@link Catalog}s; {@link #build()} checks the invariants. Not thread-safe.
   */
  public static final class Builder {
    private final String id;
    private final String version;
    private @Nullable LocalizedText title;
    private Provenance provenance = Provenance.NONE;
    private final List<String> appliesTo = new ArrayList<>();
    private final List<InputDecl> inputs = new ArrayList<>();
    private final List<InputDecl> attributes = new ArrayList<>();
    private final List<Let> lets = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Node> bonus = new ArrayList<>();
    private final List<Node> penalties = new ArrayList<>();
    private IndexFormula index = new IndexFormula.PercentOfApplicableMax(true);
    private final List<Band> bands = new ArrayList<>();
    private Rounding rounding = Rounding.DEFAULT;

    private Builder(String id, String version) {
      this.id = Objects.requireNonNull(id, "id");
      this.version = Objects.requireNonNull(version, "version");
    }

    /** Sets the localized title; required. */
    public Builder title(LocalizedText title) {
      this.title = title;
      return this;
    }

    /** Sets the issuer, decision number and date; {@link Provenance#NONE} when not set. */
    public Builder provenance(Provenance provenance) {
      this.provenance = provenance;
      return this;
    }

    /** Adds a unit level or kind the catalog is for, e.g. {@code "commune"}. */
    public Builder addAppliesTo(String levelOrKind) {
      appliesTo.add(levelOrKind);
      return this;
    }

    /** Declares an input after those already added. */
    public Builder addInput(InputDecl input) {
      inputs.add(input);
      return this;
    }

    /** Declares a unit attribute that rules read as {@code unit.<key>}. */
    public Builder addAttribute(InputDecl attribute) {
      attributes.add(attribute);
      return this;
    }

    /** Adds a catalog-wide named value. */
    public Builder addLet(Let let) {
      lets.add(let);
      return this;
    }

    /** Adds a top-level node (an area) after those already added. */
    public Builder addNode(Node node) {
      nodes.add(node);
      return this;
    }

    /** Adds a bonus item, outside the 100 points. */
    public Builder addBonus(Node node) {
      bonus.add(node);
      return this;
    }

    /** Adds a penalty item, outside the 100 points. */
    public Builder addPenalty(Node node) {
      penalties.add(node);
      return this;
    }

    /**
     * Sets how the index is computed; when not set, the percent of the applicable max, clamped to
     * [0, 100].
     */
    public Builder index(IndexFormula index) {
      this.index = index;
      return this;
    }

    /** Adds a classification band below those already added; add bands from the highest down. */
    public Builder addBand(Band band) {
      bands.add(band);
      return this;
    }

    /** Sets how the published index is rounded; {@link Rounding#DEFAULT} when not set. */
    public Builder rounding(Rounding rounding) {
      this.rounding = rounding;
      return this;
    }

    /**
     * Returns the catalog.
     *
     * @throws IllegalArgumentException if an invariant does not hold
     * @throws NullPointerException if no title was set
     */
    public Catalog build() {
      return new Catalog(
          id,
          version,
          Objects.requireNonNull(title, "title"),
          provenance,
          appliesTo,
          inputs,
          attributes,
          lets,
          nodes,
          bonus,
          penalties,
          index,
          bands,
          rounding);
    }
  }
}
