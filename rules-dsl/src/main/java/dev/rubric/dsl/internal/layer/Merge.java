package dev.rubric.dsl.internal.layer;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.message.Message;
import dev.rubric.dsl.internal.syntax.LayerSyntax;
import dev.rubric.dsl.internal.syntax.LayerText;
import dev.rubric.dsl.internal.syntax.Syntax;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Merges the syntax of a chain of catalog texts, base first, into one catalog: each layer adds
 * declarations and nodes, overrides node properties and catalog statements, and removes nodes.
 * Records, for every node and property, which layer set it ({@link Setting}), and reports what a
 * layer gets wrong (RB704–RB707) at the statement that did it. Not thread-safe; one use.
 */
public final class Merge {

  /** The catalog statements a layer can only replace with {@code override}. */
  private static final List<String> OVERRIDDEN_STATEMENTS = List.of("index", "bands", "round");

  /**
   * One property a layer set.
   *
   * @param code the node's code; empty for a property of the catalog itself
   * @param property {@code "node"}, {@code title}, {@code max}, {@code channel}, {@code
   *     applies-when}, {@code rule}, {@code findings}, {@code recommend}, {@code silent}, {@code
   *     lets} or {@code removed} for nodes; {@code title}, {@code issuer}, {@code decision}, {@code
   *     applies-to}, {@code index}, {@code bands} or {@code round} for the catalog
   * @param layer the index of the layer in the chain, base first
   * @param span where, in the shared space of offsets
   * @param value the value set, for a max
   */
  public record Setting(
      String code, String property, int layer, SourceSpan span, Optional<String> value) {}

  /**
   * The merged catalog, the settings in the order they were made, and the layering diagnostics.
   *
   * @param decisionDate the span of the decision date kept, if any
   */
  public record Result(
      Syntax.Catalog catalog,
      List<Setting> settings,
      List<Diagnostic> diagnostics,
      Optional<SourceSpan> decisionDate) {}

  /** A node being merged: its syntax (children aside) and its children. */
  private static final class Work {
    Syntax.Node node;
    final List<Work> children = new ArrayList<>();

    Work(Syntax.Node node) {
      this.node = node;
      for (Syntax.Node c : node.children()) {
        children.add(new Work(c));
      }
    }

    String code() {
      return node.code().value();
    }
  }

  private final List<LayerText> chain;
  private final List<Setting> settings = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private Syntax.Name id;
  private Syntax.Name version;
  private Optional<LocalizedText> title;
  private Optional<String> issuer;
  private Optional<String> decision;
  private Optional<LocalDate> decisionDate;
  private Optional<SourceSpan> decisionDateSpan;
  private List<Syntax.Name> appliesTo;
  private final List<Syntax.Input> inputs;
  private final List<Syntax.Input> attributes;
  private final List<Syntax.Let> lets;
  private final List<Work> nodes = new ArrayList<>();
  private final List<Work> bonus = new ArrayList<>();
  private final List<Work> penalties = new ArrayList<>();
  private Syntax.Index index;
  private List<Syntax.Band> bands;
  private Rounding rounding;
  private Optional<SourceSpan> span;

  private Merge(List<LayerText> chain) {
    this.chain = chain;
    Syntax.Catalog base = chain.get(0).catalog().orElseThrow();
    id = base.id();
    version = base.version();
    title = base.title();
    issuer = base.issuer();
    decision = base.decision();
    decisionDate = base.decisionDate();
    decisionDateSpan = chain.get(0).decisionDateSpan();
    appliesTo = base.appliesTo();
    inputs = new ArrayList<>(base.inputs());
    attributes = new ArrayList<>(base.attributes());
    lets = new ArrayList<>(base.lets());
    base.nodes().forEach(n -> nodes.add(new Work(n)));
    base.bonus().forEach(n -> bonus.add(new Work(n)));
    base.penalties().forEach(n -> penalties.add(new Work(n)));
    index = base.index();
    bands = base.bands();
    rounding = base.rounding();
    span = base.span();
  }

  /**
   * Merges {@code chain}, base first; every text in it must have a catalog.
   *
   * @throws IllegalArgumentException if the chain is empty or a text has no catalog
   */
  public static Result merge(List<LayerText> chain) {
    if (chain.isEmpty() || chain.stream().anyMatch(t -> t.catalog().isEmpty())) {
      throw new IllegalArgumentException("chain: expected texts with catalogs");
    }
    Merge m = new Merge(chain);
    m.recordBase();
    for (int i = 1; i < chain.size(); i++) {
      m.apply(i);
    }
    return new Result(
        m.build(), List.copyOf(m.settings), List.copyOf(m.diagnostics), m.decisionDateSpan);
  }

  // ---------------------------------------------------------------- the base

  private void recordBase() {
    recordStatements(chain.get(0));
    for (Work w : allRoots()) {
      recordTree(w, 0);
    }
  }

  private void recordStatements(LayerText t) {
    for (Map.Entry<String, LayerSyntax.Statement> e : t.layer().statements().entrySet()) {
      String k = e.getKey();
      if (List.of("title", "issuer", "decision", "applies-to", "index", "bands", "round")
          .contains(k)) {
        settings.add(
            new Setting("", k, chain.indexOf(t), e.getValue().span(), Optional.<String>empty()));
      }
    }
  }

  /** Records every property of {@code w}'s subtree as set by {@code layer}. */
  private void recordTree(Work w, int layer) {
    Syntax.Node n = w.node;
    SourceSpan at = codeSpan(n, layer);
    String code = w.code();
    settings.add(new Setting(code, "node", layer, at, Optional.empty()));
    n.max()
        .ifPresent(
            max ->
                settings.add(
                    new Setting(
                        code,
                        "max",
                        layer,
                        max.span().orElse(at),
                        Optional.of(max.value().toString()))));
    recordProperties(code, n, layer, at);
    for (Work c : w.children) {
      recordTree(c, layer);
    }
  }

  /** Records the properties other than node and max that {@code n} has, as set at {@code at}. */
  private void recordProperties(String code, Syntax.Node n, int layer, SourceSpan at) {
    LayerText t = chain.get(layer);
    n.channel().ifPresent(c -> settings.add(new Setting(code, "channel", layer, at, none())));
    n.applicability()
        .ifPresent(
            a ->
                settings.add(
                    new Setting(
                        code, "applies-when", layer, t.spanOf(a.condition()).orElse(at), none())));
    n.rule()
        .ifPresent(
            r -> settings.add(new Setting(code, "rule", layer, t.spanOf(r).orElse(at), none())));
    if (!n.findings().isEmpty()) {
      settings.add(
          new Setting(code, "findings", layer, t.spanOf(n.findings().get(0)).orElse(at), none()));
    }
    n.recommendation()
        .ifPresent(r -> settings.add(new Setting(code, "recommend", layer, at, none())));
  }

  private static Optional<String> none() {
    return Optional.empty();
  }

  private SourceSpan codeSpan(Syntax.Node n, int layer) {
    int offset = chain.get(layer).offset();
    return n.code().span().orElse(SourceSpan.of(offset, offset));
  }

  // ---------------------------------------------------------------- one layer

  private void apply(int layer) {
    LayerText t = chain.get(layer);
    Syntax.Catalog c = t.catalog().orElseThrow();
    Map<String, SourceSpan> touched = new LinkedHashMap<>();
    id = c.id();
    version = c.version();
    span = c.span();
    identity(layer, t, c);
    declarations(layer, c);
    statements(layer, t, c);
    for (LayerSyntax.Removal r : t.layer().removals()) {
      remove(layer, r, touched);
    }
    for (LayerSyntax.NodeOverride o : t.layer().overrides()) {
      override(layer, o, touched);
    }
    addRoots(layer, c.nodes(), nodes);
    addRoots(layer, c.bonus(), bonus);
    addRoots(layer, c.penalties(), penalties);
    checkSums(layer, touched);
  }

  private void identity(int layer, LayerText t, Syntax.Catalog c) {
    Map<String, LayerSyntax.Statement> written = t.layer().statements();
    SourceSpan fallback = codeSpan(layer, c.id());
    if (written.containsKey("title") && c.title().isPresent()) {
      title = c.title();
      set("", "title", layer, spanOf(written, "title", fallback));
    }
    if (c.issuer().isPresent()) {
      issuer = c.issuer();
      set("", "issuer", layer, spanOf(written, "issuer", fallback));
    }
    if (c.decision().isPresent()) {
      decision = c.decision();
      decisionDate = c.decisionDate();
      decisionDateSpan = t.decisionDateSpan();
      set("", "decision", layer, spanOf(written, "decision", fallback));
    }
    if (!c.appliesTo().isEmpty()) {
      appliesTo = c.appliesTo();
      set("", "applies-to", layer, spanOf(written, "applies-to", fallback));
    }
  }

  private static SourceSpan spanOf(
      Map<String, LayerSyntax.Statement> written, String keyword, SourceSpan fallback) {
    LayerSyntax.Statement st = written.get(keyword);
    return st == null ? fallback : st.span();
  }

  private SourceSpan codeSpan(int layer, Syntax.Name name) {
    int offset = chain.get(layer).offset();
    return name.span().orElse(SourceSpan.of(offset, offset));
  }

  private void set(String code, String property, int layer, SourceSpan at) {
    settings.add(new Setting(code, property, layer, at, Optional.empty()));
  }

  private void declarations(int layer, Syntax.Catalog c) {
    for (Syntax.Input in : c.inputs()) {
      addDeclared(
          layer,
          in.key(),
          Words.say("layer.what.input"),
          inputs,
          in,
          inputs.stream().map(i -> i.key()));
    }
    for (Syntax.Input in : c.attributes()) {
      addDeclared(
          layer,
          in.key(),
          Words.say("layer.what.attribute"),
          attributes,
          in,
          attributes.stream().map(i -> i.key()));
    }
    for (Syntax.Let let : c.lets()) {
      addDeclared(
          layer,
          let.name(),
          Words.say("layer.what.let"),
          lets,
          let,
          lets.stream().map(l -> l.name()));
    }
  }

  private <T> void addDeclared(
      int layer,
      Syntax.Name name,
      Message what,
      List<T> into,
      T declaration,
      java.util.stream.Stream<Syntax.Name> existing) {
    Optional<Syntax.Name> earlier =
        existing.filter(n -> n.value().equals(name.value())).findFirst();
    if (earlier.isPresent()) {
      error(
          name.span(),
          layer,
          DiagnosticCode.SET_WITHOUT_OVERRIDE,
          Words.say(
              "layer.declared-again",
              "what",
              what,
              "name",
              name.value(),
              "layer",
              whoWrote(earlier.get().span())),
          Words.say("layer.hint.inherit-declaration"));
      return;
    }
    into.add(declaration);
  }

  private void statements(int layer, LayerText t, Syntax.Catalog c) {
    for (String k : OVERRIDDEN_STATEMENTS) {
      LayerSyntax.Statement st = t.layer().statements().get(k);
      if (st == null) {
        continue;
      }
      Optional<Setting> earlier = last("", k);
      if (earlier.isPresent() && !st.override()) {
        error(
            Optional.of(st.span()),
            layer,
            DiagnosticCode.SET_WITHOUT_OVERRIDE,
            Words.say(
                "layer.set-again",
                "statement",
                k,
                "layer",
                whoWrote(Optional.of(earlier.get().span()))),
            Words.say("layer.hint.override-statement", "statement", k));
        continue;
      }
      switch (k) {
        case "index" -> index = c.index();
        case "bands" -> bands = c.bands();
        default -> rounding = c.rounding();
      }
      set("", k, layer, st.span());
    }
  }

  private void remove(int layer, LayerSyntax.Removal r, Map<String, SourceSpan> touched) {
    String code = r.code().value();
    Optional<List<Work>> holder = holderOf(code);
    if (holder.isEmpty()) {
      unknownNode(layer, r.code(), false);
      return;
    }
    for (Syntax.Weight w : index.weights()) {
      if (index.weighted() && w.code().value().equals(code)) {
        error(
            Optional.of(r.span()),
            layer,
            DiagnosticCode.REMOVED_NODE_REFERENCED,
            Words.say("layer.removed-weighted", "code", code, "layer", whoWrote(w.code().span())),
            Words.say("layer.hint.override-index", "code", code));
        return;
      }
    }
    List<Work> siblings = holder.get();
    Work w = siblings.stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow();
    siblings.remove(w);
    parentOf(siblings).ifPresent(p -> touched.putIfAbsent(p.code(), r.span()));
    settings.add(new Setting(code, "removed", layer, r.span(), Optional.empty()));
  }

  private void override(int layer, LayerSyntax.NodeOverride o, Map<String, SourceSpan> touched) {
    Syntax.Node given = o.node();
    String code = given.code().value();
    Optional<Work> found = find(code);
    if (found.isEmpty()) {
      unknownNode(layer, given.code(), true);
      return;
    }
    Work w = found.get();
    Syntax.Node n = w.node;
    SourceSpan at = o.span();
    LocalizedText newTitle = n.title();
    if (o.hasTitle()) {
      newTitle = given.title();
      set(code, "title", layer, at);
    }
    Optional<Syntax.Num> max = n.max();
    if (given.max().isPresent()) {
      max = given.max();
      SourceSpan maxAt = given.max().get().span().orElse(at);
      settings.add(
          new Setting(
              code, "max", layer, maxAt, Optional.of(given.max().get().value().toString())));
      touched.putIfAbsent(code, maxAt);
      parentOf(code).ifPresent(p -> touched.putIfAbsent(p.code(), maxAt));
    }
    Optional<Channel> channel = given.channel().isPresent() ? given.channel() : n.channel();
    Optional<Applicability> applicability =
        given.applicability().isPresent() ? given.applicability() : n.applicability();
    Optional<Rule> rule = given.rule().isPresent() ? given.rule() : n.rule();
    List<FindingTemplate> findings = given.findings().isEmpty() ? n.findings() : given.findings();
    Optional<LocalizedText> recommendation =
        given.recommendation().isPresent() ? given.recommendation() : n.recommendation();
    boolean silent = n.silent() || given.silent();
    if (given.silent()) {
      set(code, "silent", layer, at);
    }
    Optional<Syntax.Num> weight = given.weight().isPresent() ? given.weight() : n.weight();
    if (given.weight().isPresent()) {
      set(code, "weight", layer, given.weight().get().span().orElse(at));
    }
    Optional<Rounding> rounding = given.rounding().isPresent() ? given.rounding() : n.rounding();
    if (given.rounding().isPresent()) {
      set(code, "round", layer, at);
    }
    recordProperties(code, given, layer, at);
    List<Syntax.Let> nodeLets = new ArrayList<>(n.lets());
    for (Syntax.Let let : given.lets()) {
      nodeLets.removeIf(l -> l.name().value().equals(let.name().value()));
      nodeLets.add(let);
    }
    if (!given.lets().isEmpty()) {
      set(code, "lets", layer, at);
    }
    w.node =
        copy(
            n,
            newTitle,
            max,
            channel,
            applicability,
            nodeLets,
            rule,
            findings,
            silent,
            recommendation,
            weight,
            rounding);
    for (Syntax.Node child : given.children()) {
      if (exists(child, layer)) {
        continue;
      }
      Work added = new Work(child);
      w.children.add(added);
      recordTree(added, layer);
      touched.putIfAbsent(code, codeSpan(child, layer));
    }
  }

  private void addRoots(int layer, List<Syntax.Node> given, List<Work> into) {
    for (Syntax.Node n : given) {
      if (exists(n, layer)) {
        continue;
      }
      Work w = new Work(n);
      into.add(w);
      recordTree(w, layer);
    }
  }

  /** Reports RB707 if a node of {@code n}'s subtree has a code the merged catalog has. */
  private boolean exists(Syntax.Node n, int layer) {
    Optional<Work> earlier = find(n.code().value());
    if (earlier.isPresent()) {
      error(
          n.code().span(),
          layer,
          DiagnosticCode.SET_WITHOUT_OVERRIDE,
          Words.say(
              "layer.node-again",
              "code",
              n.code().value(),
              "layer",
              whoWrote(earlier.get().node.code().span())),
          Words.say("layer.hint.override-node", "code", n.code().value()));
      return true;
    }
    for (Syntax.Node c : n.children()) {
      if (exists(c, layer)) {
        return true;
      }
    }
    return false;
  }

  private void unknownNode(int layer, Syntax.Name code, boolean override) {
    List<String> codes = new ArrayList<>();
    for (Work w : allRoots()) {
      collectCodes(w, codes);
    }
    Optional<Message> removedHint =
        settings.stream()
            .filter(s -> s.property().equals("removed") && s.code().equals(code.value()))
            .findFirst()
            .map(
                s ->
                    Words.say(
                        "layer.hint.removed-by",
                        "code",
                        code.value(),
                        "layer",
                        whoWrote(Optional.of(s.span()))));
    List<Message> hints = new ArrayList<>();
    if (removedHint.isPresent()) {
      hints.add(removedHint.get());
    } else {
      Suggestions.closest(code.value(), codes)
          .ifPresent(c -> hints.add(Words.say("layer.hint.did-you-mean", "name", c)));
    }
    error(
        code.span(),
        layer,
        DiagnosticCode.UNKNOWN_LAYER_NODE,
        override
            ? Words.say("layer.cannot-override", "code", code.value(), "base", baseName(layer))
            : Words.say("layer.cannot-remove", "code", code.value(), "base", baseName(layer)),
        hints.toArray(Message[]::new));
  }

  // ---------------------------------------------------------------- sums (RB706)

  private void checkSums(int layer, Map<String, SourceSpan> touched) {
    for (Map.Entry<String, SourceSpan> e : touched.entrySet()) {
      Optional<Work> found = find(e.getKey());
      if (found.isEmpty() || found.get().children.isEmpty() || found.get().node.max().isEmpty()) {
        continue;
      }
      Work p = found.get();
      Decimal max = p.node.max().get().value();
      Optional<Decimal> sum = childrenSum(p);
      if (sum.isPresent() && sum.get().compareTo(max) != 0) {
        error(
            Optional.of(e.getValue()),
            layer,
            DiagnosticCode.LAYER_MAXIMA,
            Words.say(
                "layer.maxima",
                "code",
                p.code(),
                "max",
                max.toString(),
                "sum",
                sum.get().toString()),
            Words.say("layer.hint.override-max", "code", p.code(), "sum", sum.get().toString()));
      }
    }
  }

  /** Returns the sum of the children's max (a child without one counts its own children). */
  private static Optional<Decimal> childrenSum(Work w) {
    Decimal sum = Decimal.ZERO;
    for (Work c : w.children) {
      Optional<Decimal> m = effectiveMax(c);
      if (m.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.plus(m.get());
    }
    return Optional.of(sum);
  }

  private static Optional<Decimal> effectiveMax(Work w) {
    if (w.node.max().isPresent()) {
      return Optional.of(w.node.max().get().value());
    }
    return w.children.isEmpty() ? Optional.empty() : childrenSum(w);
  }

  // ---------------------------------------------------------------- lookup

  private List<Work> allRoots() {
    List<Work> all = new ArrayList<>(nodes);
    all.addAll(bonus);
    all.addAll(penalties);
    return all;
  }

  private static void collectCodes(Work w, List<String> out) {
    out.add(w.code());
    for (Work c : w.children) {
      collectCodes(c, out);
    }
  }

  private Optional<Work> find(String code) {
    return holderOf(code)
        .flatMap(list -> list.stream().filter(w -> w.code().equals(code)).findFirst());
  }

  /** Returns the list that holds the node with {@code code}: a root list or a children list. */
  private Optional<List<Work>> holderOf(String code) {
    for (List<Work> roots : List.of(nodes, bonus, penalties)) {
      Optional<List<Work>> found = holderOf(code, roots);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static Optional<List<Work>> holderOf(String code, List<Work> list) {
    for (Work w : list) {
      if (w.code().equals(code)) {
        return Optional.of(list);
      }
      Optional<List<Work>> found = holderOf(code, w.children);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<Work> parentOf(String code) {
    return holderOf(code).flatMap(this::parentOf);
  }

  /** Returns the node whose children list {@code siblings} is; empty for a root list. */
  private Optional<Work> parentOf(List<Work> siblings) {
    for (Work root : allRoots()) {
      Work p = parentOf(siblings, root);
      if (p != null) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  private static @Nullable Work parentOf(List<Work> siblings, Work w) {
    if (w.children == siblings) {
      return w;
    }
    for (Work c : w.children) {
      Work p = parentOf(siblings, c);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private Optional<Setting> last(String code, String property) {
    Setting found = null;
    for (Setting s : settings) {
      if (s.code().equals(code) && s.property().equals(property)) {
        found = s;
      }
    }
    return Optional.ofNullable(found);
  }

  // ---------------------------------------------------------------- naming and reporting

  /** Returns {@code "<id> <version> (<file>)"} of the text that holds {@code span}. */
  private String whoWrote(Optional<SourceSpan> span) {
    for (int i = chain.size() - 1; i >= 0; i--) {
      LayerText t = chain.get(i);
      if (span.isPresent() && t.contains(span.get())) {
        return layerName(i);
      }
    }
    return layerName(0);
  }

  private String layerName(int i) {
    Syntax.Catalog c = chain.get(i).catalog().orElseThrow();
    return "'" + c.id().value() + "' " + c.version().value();
  }

  private Message baseName(int layer) {
    return layer <= 1
        ? Words.say("layer.base", "layer", layerName(0))
        : Words.say("layer.bases-of", "layer", layerName(layer));
  }

  private void error(
      Optional<SourceSpan> at, int layer, DiagnosticCode code, Message message, Message... hints) {
    int offset = chain.get(layer).offset();
    diagnostics.add(Diagnostic.of(code, message, at.orElse(SourceSpan.of(offset, offset)), hints));
  }

  // ---------------------------------------------------------------- building

  private Syntax.Catalog build() {
    return new Syntax.Catalog(
        id,
        version,
        title,
        issuer,
        decision,
        decisionDate,
        appliesTo,
        List.copyOf(inputs),
        List.copyOf(attributes),
        List.copyOf(lets),
        nodes.stream().map(Merge::build).toList(),
        bonus.stream().map(Merge::build).toList(),
        penalties.stream().map(Merge::build).toList(),
        index,
        bands,
        rounding,
        span);
  }

  private static Syntax.Node build(Work w) {
    Syntax.Node n = w.node;
    Syntax.Node withChildren =
        new Syntax.Node(
            n.code(),
            n.kind(),
            n.title(),
            n.max(),
            n.channel(),
            n.applicability(),
            n.lets(),
            n.rule(),
            w.children.stream().map(Merge::build).toList(),
            n.findings(),
            n.silent(),
            n.recommendation(),
            n.weight(),
            n.rounding());
    return withChildren;
  }

  private static Syntax.Node copy(
      Syntax.Node n,
      LocalizedText title,
      Optional<Syntax.Num> max,
      Optional<Channel> channel,
      Optional<Applicability> applicability,
      List<Syntax.Let> lets,
      Optional<Rule> rule,
      List<FindingTemplate> findings,
      boolean silent,
      Optional<LocalizedText> recommendation,
      Optional<Syntax.Num> weight,
      Optional<Rounding> rounding) {
    return new Syntax.Node(
        n.code(),
        n.kind(),
        title,
        max,
        channel,
        applicability,
        List.copyOf(lets),
        rule,
        n.children(),
        findings,
        silent,
        recommendation,
        weight,
        rounding);
  }
}
