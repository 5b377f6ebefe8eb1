package dev.rubric.cohort.compare;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two versions of a catalog: nodes added, removed, renumbered, moved or
 * merged; maxima, rules, applicability and not-applicable policies; inputs, lets, index, rounding
 * and bands. Each {@link Change} carries the semantic-version {@link Bump} it requires and its
 * effect on comparability; {@link #comparability(String)} aggregates them per node of the newer
 * version (a parent is as comparable as its least comparable descendant, and not comparable when a
 * child came or went). Immutable and thread-safe.
 *
 * <p>Nodes are matched by code, or through an explicit {@link CodeMapping}; never by title. A node
 * of the older version that has no counterpart and that the mapping does not name raises a {@link
 * Warning.Kind#MAPPING_MISSING} warning (or {@link Warning.Kind#MAPPING_SUGGESTED} when a new node
 * has its title). A new code that a mapping entry targets is matched only by mapping entries: to
 * merge old {@code 7.5} and {@code 8.4} into new {@code 7.5}, list both.
 *
 * <pre>{@code
 * CatalogDiff diff = CatalogDiff.of(catalog2021, catalog2022, Optional.of(mapping));
 * diff.required();                 // Bump.MAJOR
 * diff.comparability("3.2");       // NOT_COMPARABLE: the tiers were tightened
 * }</pre>
 *
 * @param catalogId the newer catalog's id
 * @param fromVersion the older version
 * @param toVersion the newer version
 * @param changes the changes: catalog-level first, then by node in the newer version's order, then
 *     removed nodes in the older version's order
 * @param warnings what needs a person's attention
 * @param required the bump the changes require (the largest of theirs)
 * @param declared the bump from {@code fromVersion} to {@code toVersion}
 * @param codes the new code of each matched old node, in the older version's order
 * @param nodes the comparability of each node of the newer version, in its order
 * @param indexComparable whether the index formula is unchanged
 * @param bandsComparable whether the band bounds are unchanged
 */
public record CatalogDiff(
    String catalogId,
    String fromVersion,
    String toVersion,
    List<Change> changes,
    List<Warning> warnings,
    Bump required,
    Bump declared,
    Map<String, String> codes,
    Map<String, Comparability> nodes,
    boolean indexComparable,
    boolean bandsComparable) {

  /** Validates and copies the components. */
  public CatalogDiff {
    Objects.requireNonNull(catalogId, "catalogId");
    Objects.requireNonNull(fromVersion, "fromVersion");
    Objects.requireNonNull(toVersion, "toVersion");
    changes = List.copyOf(changes);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(declared, "declared");
    codes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    nodes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nodes));
  }

  /** Returns whether the declared version bump is at least the required one. */
  public boolean isBumpSufficient() {
    return declared.compareTo(required) >= 0;
  }

  /**
   * Returns the comparability of the newer version's node {@code code}; {@link
   * Comparability#NOT_COMPARABLE} for a code the newer version does not have.
   */
  public Comparability comparability(String code) {
    return nodes.getOrDefault(code, Comparability.NOT_COMPARABLE);
  }

  /** Returns the old codes matched with the newer version's node {@code code}, in old order. */
  public List<String> oldCodes(String code) {
    return codes.entrySet().stream()
        .filter(e -> e.getValue().equals(code))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Returns the new code of the older version's node {@code oldCode}, if it was matched. */
  public Optional<String> newCode(String oldCode) {
    return Optional.ofNullable(codes.get(oldCode));
  }

  /** Returns the changes that concern the newer version's node {@code code}. */
  public List<Change> changesOf(String code) {
    return changes.stream().filter(c -> c.toCode().equals(Optional.of(code))).toList();
  }

  /** Returns the diff of a catalog with itself: no changes. */
  public static CatalogDiff none(Catalog catalog) {
    return of(catalog, catalog, Optional.empty());
  }

  /**
   * Compares {@code older} with {@code newer}, matching nodes by code or through {@code mapping}.
   */
  public static CatalogDiff of(Catalog older, Catalog newer, Optional<CodeMapping> mapping) {
    return new Differ(older, newer, mapping).diff();
  }

  /** The work of one comparison. */
  private static final class Differ {
    private final Catalog older;
    private final Catalog newer;
    private final Optional<CodeMapping> mapping;
    private final List<Change> catalogChanges = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final Map<String, Node> oldNodes = new LinkedHashMap<>();
    private final Map<String, Node> newNodes = new LinkedHashMap<>();
    private final Map<String, String> oldParents = new HashMap<>();
    private final Map<String, String> newParents = new HashMap<>();

    Differ(Catalog older, Catalog newer, Optional<CodeMapping> mapping) {
      this.older = older;
      this.newer = newer;
      this.mapping = mapping;
      index(older, oldNodes, oldParents);
      index(newer, newNodes, newParents);
    }

    /** Indexes nodes by code and each node's parent: its parent's code or its block's name. */
    private static void index(Catalog c, Map<String, Node> nodes, Map<String, String> parents) {
      Map<String, List<Node>> blocks = new LinkedHashMap<>();
      blocks.put("", c.nodes());
      blocks.put("bonus", c.bonus());
      blocks.put("penalty", c.penalties());
      blocks.forEach((block, tops) -> tops.forEach(n -> walk(n, block, nodes, parents)));
    }

    private static void walk(
        Node n, String parent, Map<String, Node> nodes, Map<String, String> parents) {
      nodes.put(n.code(), n);
      parents.put(n.code(), parent);
      n.children().forEach(ch -> walk(ch, n.code(), nodes, parents));
    }

    CatalogDiff diff() {
      if (!older.id().equals(newer.id())) {
        warnings.add(Warning.of(Warning.Kind.OTHER_CATALOG, older.id(), newer.id()));
      }
      catalogLevel();
      Map<String, String> codes = match();
      Map<String, List<String>> olds = new LinkedHashMap<>();
      newNodes.keySet().forEach(c -> olds.put(c, new ArrayList<>()));
      codes.forEach((o, n) -> olds.computeIfAbsent(n, k -> new ArrayList<>()).add(o));

      List<Change> nodeChanges = new ArrayList<>();
      Map<String, Comparability> own = new LinkedHashMap<>();
      for (Node n : newNodes.values()) {
        List<String> from = olds.getOrDefault(n.code(), List.of());
        List<Change> cs = new ArrayList<>();
        if (from.isEmpty()) {
          cs.add(change(ChangeKind.NODE_ADDED, null, n.code(), null, n.title().vi()));
        } else if (from.size() > 1) {
          cs.add(change(ChangeKind.NODE_MERGED, String.join(", ", from), n.code(), null, null));
        } else {
          cs.addAll(compare(Objects.requireNonNull(oldNodes.get(from.get(0))), n, codes));
        }
        Comparability c = Comparability.COMPARABLE;
        for (Change ch : cs) {
          c = c.worst(ch.kind().effect());
        }
        own.put(n.code(), c);
        nodeChanges.addAll(cs);
      }
      // a parent whose children came, went, or moved in or out is not comparable
      for (Node o : oldNodes.values()) {
        if (!codes.containsKey(o.code())) {
          nodeChanges.add(change(ChangeKind.NODE_REMOVED, o.code(), null, o.title().vi(), null));
          String parent = parent(oldParents, o.code());
          Optional.ofNullable(codes.get(parent))
              .ifPresent(p -> own.put(p, Comparability.NOT_COMPARABLE));
          Optional<Node> sameTitle =
              newNodes.values().stream()
                  .filter(n -> olds.getOrDefault(n.code(), List.of()).isEmpty())
                  .filter(n -> n.title().vi().equals(o.title().vi()))
                  .findFirst();
          if (sameTitle.isPresent()) {
            warnings.add(
                Warning.of(Warning.Kind.MAPPING_SUGGESTED, o.code(), sameTitle.get().code()));
          } else {
            warnings.add(Warning.of(Warning.Kind.MAPPING_MISSING, o.code()));
          }
        }
      }
      for (Node n : newNodes.values()) {
        List<String> from = olds.getOrDefault(n.code(), List.of());
        boolean movedOrNew =
            from.size() != 1
                || !Objects.equals(
                    mappedParent(parent(oldParents, from.get(0)), codes),
                    parent(newParents, n.code()));
        if (movedOrNew) {
          markParent(parent(newParents, n.code()), own);
          if (from.size() == 1) {
            Optional.ofNullable(codes.get(parent(oldParents, from.get(0))))
                .ifPresent(p -> own.put(p, Comparability.NOT_COMPARABLE));
          }
        }
      }
      Map<String, Comparability> aggregated = new LinkedHashMap<>();
      for (Node top : allTops(newer)) {
        aggregate(top, own, aggregated);
      }
      Map<String, Comparability> ordered = new LinkedHashMap<>();
      newNodes.keySet().forEach(c -> ordered.put(c, aggregated.get(c)));

      List<Change> all = new ArrayList<>(catalogChanges);
      all.addAll(nodeChanges);
      Bump required = Bump.NONE;
      for (Change c : all) {
        required = required.max(c.kind().bump());
      }
      Bump declared = Bump.between(older.version(), newer.version());
      if (declared.compareTo(required) < 0) {
        warnings.add(Warning.of(Warning.Kind.BUMP_TOO_SMALL, declared.code(), required.code()));
      }
      boolean index = older.index().equals(newer.index());
      boolean bands = bounds(older.bands()).equals(bounds(newer.bands()));
      return new CatalogDiff(
          newer.id(),
          older.version(),
          newer.version(),
          all,
          warnings,
          required,
          declared,
          codes,
          ordered,
          index,
          bands);
    }

    private static String parent(Map<String, String> parents, String code) {
      return parents.getOrDefault(code, "");
    }

    private static List<Node> allTops(Catalog c) {
      List<Node> out = new ArrayList<>(c.nodes());
      out.addAll(c.bonus());
      out.addAll(c.penalties());
      return out;
    }

    private void markParent(String parent, Map<String, Comparability> own) {
      if (newNodes.containsKey(parent)) {
        own.put(parent, Comparability.NOT_COMPARABLE);
      }
    }

    private static Comparability aggregate(
        Node n, Map<String, Comparability> own, Map<String, Comparability> out) {
      Comparability c = own.getOrDefault(n.code(), Comparability.COMPARABLE);
      for (Node ch : n.children()) {
        c = c.worst(aggregate(ch, own, out));
      }
      out.put(n.code(), c);
      return c;
    }

    private static String mappedParent(String oldParent, Map<String, String> codes) {
      return codes.getOrDefault(oldParent, oldParent);
    }

    /** Matches old codes with new ones: through the mapping, else by equal code. */
    private Map<String, String> match() {
      Map<String, String> explicit = new LinkedHashMap<>();
      if (mapping.isPresent()) {
        CodeMapping m = mapping.get();
        if (!m.catalogId().equals(newer.id())
            || !m.from().equals(older.version())
            || !m.to().equals(newer.version())) {
          warnings.add(
              Warning.of(
                  Warning.Kind.MAPPING_OTHER_VERSIONS,
                  m.catalogId() + " " + m.from() + " → " + m.to(),
                  newer.id() + " " + older.version() + " → " + newer.version()));
        }
        for (CodeMapping.Entry e : m.codes()) {
          if (!oldNodes.containsKey(e.from())) {
            warnings.add(Warning.of(Warning.Kind.MAPPING_UNKNOWN_CODE, e.from(), older.version()));
          } else if (!newNodes.containsKey(e.to())) {
            warnings.add(Warning.of(Warning.Kind.MAPPING_UNKNOWN_CODE, e.to(), newer.version()));
          } else {
            explicit.put(e.from(), e.to());
          }
        }
      }
      Set<String> targets = Set.copyOf(explicit.values());
      Map<String, String> out = new LinkedHashMap<>();
      for (String code : oldNodes.keySet()) {
        String to = explicit.get(code);
        if (to != null) {
          out.put(code, to);
        } else if (newNodes.containsKey(code) && !targets.contains(code)) {
          out.put(code, code);
        }
      }
      return out;
    }

    private List<Change> compare(Node o, Node n, Map<String, String> codes) {
      List<Change> cs = new ArrayList<>();
      String code = n.code();
      if (!o.code().equals(code)) {
        cs.add(change(ChangeKind.NODE_RENUMBERED, o.code(), code, o.code(), code));
      }
      String oldParent = mappedParent(parent(oldParents, o.code()), codes);
      String newParent = parent(newParents, code);
      if (!Objects.equals(oldParent, newParent)) {
        cs.add(
            change(
                ChangeKind.NODE_MOVED,
                o.code(),
                code,
                where(parent(oldParents, o.code())),
                where(newParent)));
      }
      if (!o.title().equals(n.title())) {
        cs.add(change(ChangeKind.TITLE_CHANGED, o.code(), code, o.title().vi(), n.title().vi()));
      }
      if (!o.max().equals(n.max())) {
        cs.add(
            change(ChangeKind.MAX_CHANGED, o.code(), code, o.max().toString(), n.max().toString()));
      }
      if (!o.rule().equals(n.rule()) || !o.lets().equals(n.lets())) {
        cs.add(change(ChangeKind.RULE_CHANGED, o.code(), code, ruleText(o), ruleText(n)));
      } else {
        String lets = changedLets(n);
        if (!lets.isEmpty()) {
          cs.add(change(ChangeKind.RULE_CHANGED, o.code(), code, null, lets));
        }
      }
      Optional<Applicability> a = o.applicability();
      Optional<Applicability> b = n.applicability();
      if (!a.map(Applicability::condition).equals(b.map(Applicability::condition))) {
        cs.add(
            change(
                ChangeKind.APPLICABILITY_CHANGED,
                o.code(),
                code,
                a.map(x -> RuleText.of(x.condition())).orElse(null),
                b.map(x -> RuleText.of(x.condition())).orElse(null)));
      }
      if (!a.map(Applicability::policy).equals(b.map(Applicability::policy))) {
        cs.add(
            change(
                ChangeKind.NA_POLICY_CHANGED,
                o.code(),
                code,
                a.map(x -> x.policy().keyword()).orElse(null),
                b.map(x -> x.policy().keyword()).orElse(null)));
      }
      if (o.channel() != n.channel()) {
        cs.add(
            change(
                ChangeKind.CHANNEL_CHANGED,
                o.code(),
                code,
                o.channel().toString(),
                n.channel().toString()));
      }
      if (!o.findings().equals(n.findings())
          || o.silent() != n.silent()
          || !o.recommendation().equals(n.recommendation())) {
        cs.add(change(ChangeKind.FINDINGS_CHANGED, o.code(), code, null, null));
      }
      return cs;
    }

    private static String where(String parent) {
      return parent.isEmpty() ? "(top)" : parent;
    }

    private static String ruleText(Node n) {
      if (n.rule().isEmpty()) {
        return "sum of " + n.children().stream().map(Node::code).collect(Collectors.joining(", "));
      }
      String lets =
          n.lets().stream()
              .map(l -> "let " + l.name() + " = " + RuleText.of(l.value()) + "; ")
              .collect(Collectors.joining());
      return lets + RuleText.of(n.rule().get());
    }

    /** Returns the catalog lets a node reads whose value changed, as text; empty when none. */
    private String changedLets(Node n) {
      Set<String> names = new java.util.TreeSet<>();
      n.rule().ifPresent(r -> names.addAll(RuleText.names(r)));
      n.lets().forEach(l -> names.addAll(RuleText.names(l.value())));
      n.applicability().ifPresent(a -> names.addAll(RuleText.names(a.condition())));
      List<String> out = new ArrayList<>();
      for (String name : names) {
        Optional<Let> a = let(older, name);
        Optional<Let> b = let(newer, name);
        if (a.isPresent() && b.isPresent() && !a.get().equals(b.get())) {
          out.add(
              "let "
                  + name
                  + ": "
                  + RuleText.of(a.get().value())
                  + " → "
                  + RuleText.of(b.get().value()));
        }
      }
      return String.join("; ", out);
    }

    private static Optional<Let> let(Catalog c, String name) {
      return c.lets().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    private void catalogLevel() {
      if (!older.appliesTo().equals(newer.appliesTo())) {
        catalogChanges.add(
            change(
                ChangeKind.SCOPE_CHANGED,
                null,
                null,
                String.join(", ", older.appliesTo()),
                String.join(", ", newer.appliesTo())));
      }
      if (!older.index().equals(newer.index())) {
        catalogChanges.add(
            change(
                ChangeKind.INDEX_CHANGED,
                null,
                null,
                older.index().toString(),
                newer.index().toString()));
      }
      if (!older.rounding().equals(newer.rounding())) {
        catalogChanges.add(
            change(ChangeKind.ROUNDING_CHANGED, null, null, rounding(older), rounding(newer)));
      }
      if (!bounds(older.bands()).equals(bounds(newer.bands()))) {
        catalogChanges.add(
            change(
                ChangeKind.BANDS_CHANGED,
                null,
                null,
                bandText(older.bands()),
                bandText(newer.bands())));
      } else if (!older.bands().equals(newer.bands())) {
        catalogChanges.add(
            change(
                ChangeKind.BAND_LABELS_CHANGED,
                null,
                null,
                bandText(older.bands()),
                bandText(newer.bands())));
      }
      inputs(older.inputs(), newer.inputs(), "");
      inputs(older.attributes(), newer.attributes(), "unit.");
      Map<String, Let> a = new LinkedHashMap<>();
      older.lets().forEach(l -> a.put(l.name(), l));
      Map<String, Let> b = new LinkedHashMap<>();
      newer.lets().forEach(l -> b.put(l.name(), l));
      for (Let l : newer.lets()) {
        Let before = a.get(l.name());
        if (before == null) {
          catalogChanges.add(
              change(ChangeKind.LET_ADDED, null, l.name(), null, RuleText.of(l.value())));
        } else if (!before.equals(l)) {
          catalogChanges.add(
              change(
                  ChangeKind.LET_CHANGED,
                  l.name(),
                  l.name(),
                  RuleText.of(before.value()),
                  RuleText.of(l.value())));
        }
      }
      for (Let l : older.lets()) {
        if (!b.containsKey(l.name())) {
          catalogChanges.add(
              change(ChangeKind.LET_REMOVED, l.name(), null, RuleText.of(l.value()), null));
        }
      }
    }

    private void inputs(List<InputDecl> before, List<InputDecl> after, String prefix) {
      Map<String, InputDecl> a = new LinkedHashMap<>();
      before.forEach(i -> a.put(i.key(), i));
      Map<String, InputDecl> b = new LinkedHashMap<>();
      after.forEach(i -> b.put(i.key(), i));
      for (InputDecl i : after) {
        InputDecl old = a.get(i.key());
        String key = prefix + i.key();
        if (old == null) {
          catalogChanges.add(
              change(
                  i.required() ? ChangeKind.INPUT_ADDED : ChangeKind.OPTIONAL_INPUT_ADDED,
                  null,
                  key,
                  null,
                  inputText(i)));
        } else if (old.type() != i.type()
            || old.required() != i.required()
            || !old.options().equals(i.options())
            || !old.unit().equals(i.unit())) {
          catalogChanges.add(
              change(ChangeKind.INPUT_CHANGED, key, key, inputText(old), inputText(i)));
        } else if (!old.equals(i)) {
          catalogChanges.add(
              change(
                  ChangeKind.INPUT_RELABELLED,
                  key,
                  key,
                  old.label().vi() + " (" + old.direction() + ")",
                  i.label().vi() + " (" + i.direction() + ")"));
        }
      }
      for (InputDecl i : before) {
        if (!b.containsKey(i.key())) {
          catalogChanges.add(
              change(ChangeKind.INPUT_REMOVED, prefix + i.key(), null, inputText(i), null));
        }
      }
    }

    private static String inputText(InputDecl i) {
      return i.type().keyword()
          + (i.options().isEmpty() ? "" : " [" + String.join(", ", i.options()) + "]")
          + i.unit().map(u -> " unit \"" + u + "\"").orElse("")
          + (i.required() ? " required" : "");
    }

    private static String rounding(Catalog c) {
      return c.rounding().decimals()
          + " "
          + c.rounding().mode().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static List<List<Optional<Decimal>>> bounds(List<Band> bands) {
      return bands.stream().map(b -> List.of(b.from(), b.to())).toList();
    }

    private static String bandText(List<Band> bands) {
      return bands.stream()
          .map(
              b ->
                  b.from().isPresent()
                      ? b.label().vi() + " >= " + b.from().get()
                      : "otherwise " + b.label().vi())
          .collect(Collectors.joining(", "));
    }

    private static Change change(
        ChangeKind kind,
        @org.jspecify.annotations.Nullable String from,
        @org.jspecify.annotations.Nullable String to,
        @org.jspecify.annotations.Nullable String before,
        @org.jspecify.annotations.Nullable String after) {
      return new Change(
          kind,
          Optional.ofNullable(from),
          Optional.ofNullable(to),
          Optional.ofNullable(before),
          Optional.ofNullable(after));
    }
  }
}
