package dev.rubric.core.result;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import dev.rubric.core.waiver.Waiver;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The result of evaluating one unit for one period against one catalog version: per-node results,
 * channel subtotals, bonus, penalty, total, index, band and findings.
 *
 * <p>A scorecard identifies exactly what produced it (unit, period, catalog id, version and content
 * hash), so that it can be stored and later reproduced or compared. Values are kept unrounded
 * ({@link #total()}, {@link #index()}); the only rounded value is {@link #indexRounded()}, rounded
 * once to {@link #indexDecimals()} digits as the catalog prescribes. The classification is the
 * {@link #band()} label, as the catalog's band declares it.
 *
 * <p>Scorecards are produced by the evaluator and built with {@link #builder()}. Strings are
 * NFC-normalised on construction. Instances are immutable and thread-safe. In JSON, properties
 * appear in the order of the accessors below and absent optional values are left out.
 */
@Value.Immutable
public abstract class Scorecard {

  /** The most fractional digits {@link #indexDecimals()} may ask for. */
  public static final int MAX_INDEX_DECIMALS = 10;

  private static final Pattern CATALOG_HASH = Pattern.compile("sha256:[0-9a-f]{64}");

  Scorecard() {}

  /** Returns the administrative code of the evaluated unit. */
  public abstract String unitCode();

  /** Returns the unit's name for the period, e.g. {@code "Thị trấn Phủ Thông"}. */
  public abstract String unitName();

  /**
   * Returns the unit's kind for the period, an open lowercase code ({@code a-z}, {@code 0-9},
   * {@code '_'}) such as {@code "thi_tran"}, as in {@link dev.rubric.core.Unit#kind()}.
   */
  public abstract String unitKind();

  /** Returns the id of the evaluated period, e.g. {@code "2022"}. */
  public abstract String periodId();

  /** Returns the id of the catalog, e.g. {@code "cchc-xa"}. */
  public abstract String catalogId();

  /** Returns the catalog's version, e.g. {@code "2022.1"}. */
  public abstract String catalogVersion();

  /**
   * Returns the hash of the catalog's canonical content: {@code "sha256:"} followed by 64 lowercase
   * hexadecimal digits.
   */
  public abstract String catalogHash();

  /**
   * Returns the texts a layered catalog was resolved from, base first and the catalog itself last,
   * each with its content hash; empty for a catalog compiled from one text. Together with {@link
   * #catalogHash()} it proves which texts produced the scorecard.
   */
  public abstract List<CatalogLayer> catalogLayers();

  /** Returns the results of the catalog's root nodes (areas), in catalog order. */
  public abstract List<NodeResult> nodes();

  /**
   * Returns the subtotals per channel, iterated in {@link Channel} declaration order whatever order
   * they were added in.
   */
  public abstract Map<Channel, ChannelTotal> channelTotals();

  /** Returns the bonus points added to the total; never negative. */
  public abstract Decimal bonus();

  /** Returns the magnitude of the penalty points deducted from the total; never negative. */
  public abstract Decimal penalty();

  /** Returns the total points, unrounded. */
  public abstract Decimal total();

  /** Returns the index computed by the catalog's formula, unrounded. */
  public abstract Decimal index();

  /**
   * Returns the index rounded once to {@link #indexDecimals()} digits with the catalog's rounding
   * mode.
   */
  public abstract Decimal indexRounded();

  /**
   * Returns the number of fractional digits the catalog publishes the index with, 0 to {@value
   * #MAX_INDEX_DECIMALS}.
   */
  public abstract int indexDecimals();

  /**
   * Returns the label of the catalog band the rounded index falls in, e.g. vi {@code "Khá"}, en
   * {@code "Fair"}; empty when the catalog declares no bands.
   */
  public abstract Optional<LocalizedText> band();

  /**
   * Returns the findings in evaluation order; the evaluator does not sort them. Data-quality
   * findings about the evidence come first, then the nodes' findings in catalog order (main tree,
   * then bonus items, then penalty items), where a parent's own findings follow those of its
   * sub-nodes; the finding that no criterion applies (RB504), if any, comes last.
   */
  public abstract List<Finding> findings();

  /**
   * Returns whether survey results contributed to the scorecard; {@code false} when the survey
   * channel was missing and the remaining channels were renormalised.
   */
  public abstract boolean surveyIncluded();

  /**
   * Returns the waivers applied to the unit, by the code of the node each one waives, in catalog
   * order; empty for an evaluation without waivers. Each key is the code of a node of {@link
   * #nodes()}, the waiver's {@link Waiver#criterionCode()}, and each waiver is the unit's. In JSON
   * each waived node carries its waiver as {@code "waiver"}.
   */
  public abstract Map<String, Waiver> waivers();

  /** Returns the waiver applied to the node with {@code code}, if one was. */
  public Optional<Waiver> waiver(String code) {
    Objects.requireNonNull(code, "code");
    return Optional.ofNullable(waivers().get(Text.nfc(code)));
  }

  /**
   * Returns the first node with {@code code} in the whole tree, searched depth-first in catalog
   * order.
   */
  public Optional<NodeResult> node(String code) {
    Objects.requireNonNull(code, "code");
    for (NodeResult root : nodes()) {
      Optional<NodeResult> found = root.find(code);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Returns the findings of exactly {@code severity}, in scorecard order. */
  public List<Finding> findings(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    return findings().stream().filter(f -> f.severity() == severity).toList();
  }

  /**
   * Returns the data-quality findings (kind {@link FindingKind#DATA_QUALITY}: evidence and unit
   * data that do not fit the catalog, RB6xx, and RB504 when nothing applies to the unit), in
   * scorecard order. A strict evaluation fails when this is not empty.
   */
  public List<Finding> dataQualityFindings() {
    return findings().stream().filter(f -> f.kind() == FindingKind.DATA_QUALITY).toList();
  }

  /** Returns the findings about the node with {@code criterionCode}, in scorecard order. */
  public List<Finding> findingsFor(String criterionCode) {
    Objects.requireNonNull(criterionCode, "criterionCode");
    Optional<String> wanted = Optional.of(Text.nfc(criterionCode));
    return findings().stream().filter(f -> f.criterionCode().equals(wanted)).toList();
  }

  /** Returns a builder for a scorecard. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Scorecard}s; every attribute is required except {@code nodes}, {@code
   * channelTotals}, {@code findings}, {@code band} and {@code waivers}.
   */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }

  /*
   * Validates the invariants and NFC-normalises the identifying strings; returns a normalised copy
   * when normalisation changed something. The duplicate-code check walks the whole tree once.
   */
  @Value.Check
  Scorecard normalize() {
    String unitCode = Text.code("unitCode", unitCode());
    String unitName = Text.nonBlank("unitName", unitName());
    String unitKind = Checks.lowercaseCode("unitKind", unitKind());
    String periodId = Text.code("periodId", periodId());
    String catalogId = Text.code("catalogId", catalogId());
    String catalogVersion = Text.code("catalogVersion", catalogVersion());
    if (!CATALOG_HASH.matcher(catalogHash()).matches()) {
      throw new IllegalArgumentException(
          "catalogHash: expected 'sha256:' followed by 64 lowercase hexadecimal digits but found '"
              + catalogHash()
              + "'");
    }
    Set<String> codes = new HashSet<>();
    for (NodeResult root : nodes()) {
      for (NodeResult n : root.flatten()) {
        if (!codes.add(n.code())) {
          throw new IllegalArgumentException("nodes: duplicate code '" + n.code() + "'");
        }
      }
    }
    for (Map.Entry<String, Waiver> w : waivers().entrySet()) {
      if (!codes.contains(w.getKey())
          || !w.getValue().criterionCode().equals(w.getKey())
          || !w.getValue().unitCode().equals(unitCode)) {
        throw new IllegalArgumentException(
            "waivers: expected waivers of unit '"
                + unitCode
                + "' keyed by the code of the node they waive but found '"
                + w.getKey()
                + "' for "
                + w.getValue().unitCode()
                + "/"
                + w.getValue().criterionCode());
      }
    }
    requireNonNegative("bonus", bonus());
    requireNonNegative("penalty", penalty());
    if (indexDecimals() < 0 || indexDecimals() > MAX_INDEX_DECIMALS) {
      throw new IllegalArgumentException(
          "indexDecimals: expected 0 to " + MAX_INDEX_DECIMALS + " but found " + indexDecimals());
    }
    if (indexRounded().scale() > indexDecimals()) {
      throw new IllegalArgumentException(
          "indexRounded: expected at most "
              + indexDecimals()
              + " fractional digits but found "
              + indexRounded());
    }
    if (unitCode.equals(unitCode())
        && unitName.equals(unitName())
        && unitKind.equals(unitKind())
        && periodId.equals(periodId())
        && catalogId.equals(catalogId())
        && catalogVersion.equals(catalogVersion())) {
      return this;
    }
    return builder()
        .from(this)
        .unitCode(unitCode)
        .unitName(unitName)
        .unitKind(unitKind)
        .periodId(periodId)
        .catalogId(catalogId)
        .catalogVersion(catalogVersion)
        .build();
  }

  private static void requireNonNegative(String field, Decimal value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          field + ": expected a non-negative number of points but found " + value);
    }
  }
}
