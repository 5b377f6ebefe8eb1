package dev.rubric.dsl;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Severity;
import dev.rubric.dsl.internal.syntax.Parser;
import dev.rubric.dsl.internal.syntax.Syntax;
import dev.rubric.dsl.internal.syntax.SyntaxOf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The Java builder API: builds a catalog in code, then {@link Rubric#compile(CatalogBuilder)}
 * checks it exactly as it checks {@code .rubric} text, with the same diagnostics (which name a node
 * path instead of a position). Each value is checked when it is set (nulls, decimal strings);
 * structure, names and rules are checked by {@code compile}. Not thread-safe; build on one thread.
 *
 * <pre>{@code
 * CatalogBuilder b = CatalogBuilder.create("cchc-xa", "2022.1.0")
 *     .title(LocalizedText.of("Bộ tiêu chí CCHC cấp xã", "PAR criteria for communes"))
 *     .appliesTo("commune")
 *     .input(InputDecl.of("nv_ke_hoach", InputType.COUNT, LocalizedText.of("Số nhiệm vụ")))
 *     .input(InputDecl.of("nv_hoan_thanh", InputType.COUNT, LocalizedText.of("Số nhiệm vụ hoàn thành")))
 *     .area("1", LocalizedText.of("Chỉ đạo, điều hành"), area -> area
 *         .criterion("1.1", LocalizedText.of("Hoàn thành kế hoạch"), c -> c
 *             .max("2")
 *             .rule("tiers nv_hoan_thanh / nv_ke_hoach { >= 100%: 2, >= 80%: 1, otherwise: 0 }")));
 * Compilation compiled = Rubric.standard().compile(b);
 * }</pre>
 */
public final class CatalogBuilder {
  private final String id;
  private final String version;
  private @Nullable LocalizedText title;
  private Optional<String> issuer = Optional.empty();
  private Optional<String> decision = Optional.empty();
  private Optional<LocalDate> decisionDate = Optional.empty();
  private final List<Syntax.Name> appliesTo = new ArrayList<>();
  private final List<Syntax.Input> inputs = new ArrayList<>();
  private final List<Syntax.Input> attributes = new ArrayList<>();
  private final List<Syntax.Let> lets = new ArrayList<>();
  private final List<Syntax.Node> nodes = new ArrayList<>();
  private final List<Syntax.Node> bonus = new ArrayList<>();
  private final List<Syntax.Node> penalties = new ArrayList<>();
  private Syntax.Index index = Syntax.Index.DEFAULT;
  private final List<Syntax.Band> bands = new ArrayList<>();
  private Rounding rounding = Rounding.DEFAULT;

  private CatalogBuilder(String id, String version) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
  }

  /** Starts a catalog with {@code id} and semantic {@code version}. */
  public static CatalogBuilder create(String id, String version) {
    return new CatalogBuilder(id, version);
  }

  String name() {
    return id + ".rubric";
  }

  /**
   * Sets the localized title; {@link Rubric#compile(CatalogBuilder)} reports a catalog without one
   * (RB113).
   *
   * @throws NullPointerException if {@code title} is null
   */
  public CatalogBuilder title(LocalizedText title) {
    this.title = Objects.requireNonNull(title, "title");
    return this;
  }

  /**
   * Sets the authority that issued the catalog, e.g. {@code "UBND tỉnh Bắc Kạn"}.
   *
   * @throws NullPointerException if {@code issuer} is null
   */
  public CatalogBuilder issuer(String issuer) {
    this.issuer = Optional.of(issuer);
    return this;
  }

  /**
   * Sets the number and date of the decision that issued the catalog, e.g. {@code "905/QĐ-UBND"}.
   *
   * @throws NullPointerException if {@code number} or {@code date} is null
   */
  public CatalogBuilder decision(String number, LocalDate date) {
    this.decision = Optional.of(number);
    this.decisionDate = Optional.of(date);
    return this;
  }

  /** Adds unit levels or kinds the catalog applies to, e.g. {@code "commune"}. */
  public CatalogBuilder appliesTo(String... levelsOrKinds) {
    for (String s : levelsOrKinds) {
      appliesTo.add(name(s));
    }
    return this;
  }

  /**
   * Declares an input that evidence answers by key; inputs keep the order they are added in.
   *
   * @throws NullPointerException if {@code input} is null
   */
  public CatalogBuilder input(InputDecl input) {
    inputs.add(SyntaxOf.input(Objects.requireNonNull(input, "input")));
    return this;
  }

  /** Declares a unit attribute that rules read as {@code unit.<key>}. */
  public CatalogBuilder attribute(InputDecl attribute) {
    attributes.add(SyntaxOf.input(Objects.requireNonNull(attribute, "attribute")));
    return this;
  }

  /** Adds a catalog-wide named value. */
  public CatalogBuilder let(String name, Expr value) {
    lets.add(new Syntax.Let(name(name), value));
    return this;
  }

  /** Adds an area; {@code body} configures it. */
  public CatalogBuilder area(String code, LocalizedText title, Consumer<NodeBuilder> body) {
    nodes.add(node(NodeKind.AREA, code, title, body));
    return this;
  }

  /** Adds a bonus item; {@code body} configures it. */
  public CatalogBuilder bonus(String code, LocalizedText title, Consumer<NodeBuilder> body) {
    bonus.add(node(NodeKind.BONUS, code, title, body));
    return this;
  }

  /** Adds a penalty item; {@code body} configures it. */
  public CatalogBuilder penalty(String code, LocalizedText title, Consumer<NodeBuilder> body) {
    penalties.add(node(NodeKind.PENALTY, code, title, body));
    return this;
  }

  /** Uses the percent-of-applicable-max index, clamped to [0, 100] or not. */
  public CatalogBuilder indexPercent(boolean clamp) {
    index =
        new Syntax.Index(
            new IndexFormula.PercentOfApplicableMax(clamp), List.of(), Optional.empty());
    return this;
  }

  /**
   * Uses {@code formula} as the index: any of {@link IndexFormula}'s forms, with its empty-set
   * value. The weights of a {@link IndexFormula.WeightedSum} are checked like written ones (they
   * must name top-level areas); weights of nodes are set with {@link NodeBuilder#weight}.
   *
   * @throws NullPointerException if {@code formula} is null
   */
  public CatalogBuilder index(IndexFormula formula) {
    if (formula instanceof IndexFormula.WeightedSum w) {
      index =
          new Syntax.Index(
              new IndexFormula.WeightedSum(List.of(), w.scale(), w.empty()),
              w.weights().stream()
                  .map(
                      x ->
                          new Syntax.Weight(
                              name(x.code()), new Syntax.Num(x.weight(), Optional.empty())))
                  .toList(),
              Optional.empty());
    } else {
      index =
          new Syntax.Index(Objects.requireNonNull(formula, "formula"), List.of(), Optional.empty());
    }
    return this;
  }

  /**
   * Adds a component of a weighted index (DTI style); switches the index to weighted.
   *
   * @throws IllegalArgumentException if {@code weight} is not a plain decimal literal
   */
  public CatalogBuilder indexWeight(String areaCode, String weight) {
    List<Syntax.Weight> weights = new ArrayList<>(index.weighted() ? index.weights() : List.of());
    weights.add(new Syntax.Weight(name(areaCode), num(weight)));
    IndexFormula.WeightedSum formula =
        index.formula() instanceof IndexFormula.WeightedSum w
            ? w
            : new IndexFormula.WeightedSum(List.of(), IndexFormula.Scale.FRACTION, Decimal.ZERO);
    index = new Syntax.Index(formula, weights, Optional.empty());
    return this;
  }

  /**
   * Sets how the published index is rounded; {@link Rounding#DEFAULT} when not set.
   *
   * @throws NullPointerException if {@code rounding} is null
   */
  public CatalogBuilder rounding(Rounding rounding) {
    this.rounding = Objects.requireNonNull(rounding, "rounding");
    return this;
  }

  /**
   * Adds a band {@code [from, to)}; null bounds are unbounded. Add bands from the highest down.
   *
   * @throws IllegalArgumentException if {@code from} or {@code to} is not a plain decimal literal
   */
  public CatalogBuilder band(LocalizedText label, String from, String to) {
    bands.add(
        new Syntax.Band(
            label,
            Optional.ofNullable(from).map(CatalogBuilder::num),
            Optional.ofNullable(to).map(CatalogBuilder::num),
            Optional.empty()));
    return this;
  }

  Syntax.Catalog toSyntax() {
    return new Syntax.Catalog(
        name(id),
        name(version),
        Optional.ofNullable(title),
        issuer,
        decision,
        decisionDate,
        List.copyOf(appliesTo),
        List.copyOf(inputs),
        List.copyOf(attributes),
        List.copyOf(lets),
        List.copyOf(nodes),
        List.copyOf(bonus),
        List.copyOf(penalties),
        index,
        List.copyOf(bands),
        rounding,
        Optional.empty());
  }

  private static Syntax.Node node(
      NodeKind kind, String code, LocalizedText title, Consumer<NodeBuilder> body) {
    NodeBuilder b = new NodeBuilder(kind, code, title);
    body.accept(b);
    return b.build();
  }

  private static Syntax.Name name(String s) {
    return new Syntax.Name(Objects.requireNonNull(s, "name"), Optional.empty());
  }

  private static Syntax.Num num(String s) {
    return new Syntax.Num(Decimal.parse(s), Optional.empty());
  }

  /**
   * Parses one rule written in {@code .rubric} syntax, e.g. {@code "score 1 when
   * present(ke_hoach)"}.
   *
   * @throws IllegalArgumentException naming the position and problem if {@code text} is not a rule
   */
  public static Rule parseRule(String text) {
    return Parser.parseRule(SourceText.of("rule", Objects.requireNonNull(text, "text")));
  }

  /**
   * Parses one expression written in {@code .rubric} syntax, e.g. {@code "nv_hoan_thanh /
   * nv_ke_hoach"}.
   *
   * @throws IllegalArgumentException naming the position and problem if {@code text} is not an
   *     expression
   */
  public static Expr parseExpr(String text) {
    return Parser.parseExpr(SourceText.of("expression", Objects.requireNonNull(text, "text")));
  }

  /** Configures one node: max, channel, applicability, lets, rule, children, findings. */
  public static final class NodeBuilder {
    private final NodeKind kind;
    private final String code;
    private final LocalizedText title;
    private Optional<Syntax.Num> max = Optional.empty();
    private Optional<Channel> channel = Optional.empty();
    private Optional<Applicability> applicability = Optional.empty();
    private final List<Syntax.Let> lets = new ArrayList<>();
    private Optional<Rule> rule = Optional.empty();
    private final List<Syntax.Node> children = new ArrayList<>();
    private final List<FindingTemplate> findings = new ArrayList<>();
    private boolean silent;
    private Optional<LocalizedText> recommendation = Optional.empty();
    private Optional<Syntax.Num> weight = Optional.empty();
    private Optional<Rounding> rounding = Optional.empty();

    private NodeBuilder(NodeKind kind, String code, LocalizedText title) {
      this.kind = kind;
      this.code = Objects.requireNonNull(code, "code");
      this.title = Objects.requireNonNull(title, "title");
    }

    /**
     * Sets the maximum points, written as a decimal such as {@code "1.5"}.
     *
     * @throws IllegalArgumentException if {@code points} is not a plain decimal literal
     */
    public NodeBuilder max(String points) {
      max = Optional.of(num(points));
      return this;
    }

    /**
     * Sets how the node's points are obtained. A node without a channel inherits its parent's; a
     * top-level node defaults to {@link Channel#APPRAISAL}.
     *
     * @throws NullPointerException if {@code channel} is null
     */
    public NodeBuilder channel(Channel channel) {
      this.channel = Optional.of(channel);
      return this;
    }

    /**
     * Makes the node apply only when {@code condition} holds; {@code policy} says what it
     * contributes when it does not.
     *
     * @throws NullPointerException if {@code condition} or {@code policy} is null
     */
    public NodeBuilder appliesWhen(Expr condition, NotApplicablePolicy policy) {
      applicability = Optional.of(new Applicability(condition, policy));
      return this;
    }

    /** Adds a named value visible in this node's rule, findings and sub-criteria. */
    public NodeBuilder let(String name, Expr value) {
      lets.add(new Syntax.Let(name(name), value));
      return this;
    }

    /**
     * Sets the scoring rule, which makes the node a leaf.
     *
     * @throws NullPointerException if {@code rule} is null
     */
    public NodeBuilder rule(Rule rule) {
      this.rule = Optional.of(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /** Sets the rule from {@code .rubric} text; see {@link CatalogBuilder#parseRule}. */
    public NodeBuilder rule(String text) {
      return rule(parseRule(text));
    }

    /** Adds a sub-criterion. */
    public NodeBuilder criterion(String code, LocalizedText title, Consumer<NodeBuilder> body) {
      children.add(node(NodeKind.CRITERION, code, title, body));
      return this;
    }

    /**
     * Adds a finding template, raised when {@code condition} holds or, if {@code condition} is
     * null, whenever the node is below its applicable max.
     *
     * @throws NullPointerException if {@code severity} or {@code message} is null
     */
    public NodeBuilder finding(Severity severity, Expr condition, LocalizedText message) {
      findings.add(new FindingTemplate(severity, Optional.ofNullable(condition), message));
      return this;
    }

    /**
     * Suppresses the default finding of a node below its max; templates, missing-evidence and error
     * findings are still raised.
     */
    public NodeBuilder silent() {
      silent = true;
      return this;
    }

    /**
     * Sets what the unit should do when the node falls short.
     *
     * @throws NullPointerException if {@code recommendation} is null
     */
    public NodeBuilder recommend(LocalizedText recommendation) {
      this.recommendation = Optional.of(recommendation);
      return this;
    }

    /**
     * Sets the node's weight among its siblings, read by a weighted or XCCDF index.
     *
     * @throws IllegalArgumentException if {@code weight} is not a plain decimal literal
     */
    public NodeBuilder weight(String weight) {
      this.weight = Optional.of(num(weight));
      return this;
    }

    /**
     * Rounds the node's points once, before its parent adds them up.
     *
     * @throws NullPointerException if {@code rounding} is null
     */
    public NodeBuilder round(Rounding rounding) {
      this.rounding = Optional.of(Objects.requireNonNull(rounding, "rounding"));
      return this;
    }

    Syntax.Node build() {
      return new Syntax.Node(
          name(code),
          kind,
          title,
          max,
          channel,
          applicability,
          List.copyOf(lets),
          rule,
          List.copyOf(children),
          List.copyOf(findings),
          silent,
          recommendation,
          weight,
          rounding);
    }
  }
}
