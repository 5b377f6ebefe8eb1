package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Direction;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Severity;
import dev.rubric.dsl.Limits;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-written recursive-descent parser of {@code .rubric} text into {@link Syntax} plus {@link
 * Spans}. It never throws on bad text: each syntax error becomes one diagnostic, after which the
 * parser skips to the next statement or closing brace at the same depth, so one mistake gives one
 * diagnostic.
 */
public final class Parser {

  /** The result of parsing: a catalog when the text was well-formed enough, and diagnostics. */
  public record Result(Optional<Syntax.Catalog> catalog, Spans spans, List<Diagnostic> diagnostics) {}

  private static final Set<String> CATALOG_STATEMENTS =
      Set.of(
          "title", "issuer", "decision", "applies-to", "inputs", "attributes", "let", "area", "bonus",
          "penalty", "index", "round", "bands");
  private static final Set<String> NODE_STATEMENTS =
      Set.of(
          "let", "score", "tiers", "points", "award", "deduct", "best", "sum", "only", "finding",
          "recommend", "silent", "criterion");
  /** Catalog statements that may appear at most once. */
  private static final Set<String> SINGLE_STATEMENTS =
      Set.of("title", "issuer", "decision", "applies-to", "index", "round", "bands");
  private static final Set<String> RULE_STARTS =
      Set.of("score", "tiers", "points", "award", "deduct", "best", "sum", "only");

  private final List<Token> tokens;
  private final String content;
  private final Limits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Spans spans = new Spans();
  private int pos;
  private int depth;
  /** The number of '{' consumed minus the number of '}' consumed, for error recovery. */
  private int openBraces;
  private int nodeCount;
  private int exprCount;
  private boolean limitReported;

  private Parser(List<Token> tokens, String content, Limits limits) {
    this.tokens = tokens;
    this.content = content;
    this.limits = limits;
  }

  /** Lexes and parses {@code source}. Never throws on any text. */
  public static Result parse(SourceText source, Limits limits) {
    Lexer.Result lexed = Lexer.lex(source, limits.maxSourceChars());
    Parser p = new Parser(lexed.tokens(), source.content(), limits);
    p.diagnostics.addAll(lexed.diagnostics());
    p.limitReported = lexed.diagnostics().stream().anyMatch(d -> d.code().equals("RB401"));
    Optional<Syntax.Catalog> catalog = Optional.empty();
    try {
      Syntax.Catalog c = p.catalog();
      if (!p.limitReported) {
        catalog = Optional.of(c);
      }
    } catch (Failure f) {
      // already reported; the catalog is unusable
    }
    return new Result(catalog, p.spans, List.copyOf(p.diagnostics));
  }

  /**
   * Parses {@code source} as exactly one rule (for the Java builder API).
   *
   * @throws IllegalArgumentException with the rendered diagnostics if it is not one rule
   */
  public static Rule parseRule(SourceText source) {
    return parseFragment(source, p -> {
      Token t = p.peek();
      if (!(t.kind() == TokenKind.IDENT && RULE_STARTS.contains(t.text()))) {
        throw p.error(t, "RB124", "expected a rule (" + String.join(", ", sorted(RULE_STARTS)) + ") but found " + describe(t));
      }
      return p.rule();
    });
  }

  /**
   * Parses {@code source} as exactly one expression (for the Java builder API).
   *
   * @throws IllegalArgumentException with the rendered diagnostics if it is not one expression
   */
  public static Expr parseExpr(SourceText source) {
    return parseFragment(source, Parser::expr);
  }

  private static <T> T parseFragment(SourceText source, java.util.function.Function<Parser, T> body) {
    Lexer.Result lexed = Lexer.lex(source, Limits.DEFAULT.maxSourceChars());
    Parser p = new Parser(lexed.tokens(), source.content(), Limits.DEFAULT);
    p.diagnostics.addAll(lexed.diagnostics());
    T result = null;
    try {
      result = body.apply(p);
      if (!p.at(TokenKind.EOF)) {
        p.error(p.peek(), "RB112", "expected the end of the text but found " + describe(p.peek()));
      }
    } catch (Failure f) {
      // reported
    }
    if (result == null || !p.diagnostics.isEmpty()) {
      throw new IllegalArgumentException(dev.rubric.core.diagnostic.Diagnostics.render(source, p.diagnostics));
    }
    return result;
  }

  /** Thrown to unwind to the nearest recovery point after a diagnostic has been recorded. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure() {
      super(null, null, false, false);
    }
  }

  // ---------------------------------------------------------------- catalog

  private Syntax.Catalog catalog() {
    Token start = peek();
    if (!isKeyword("catalog")) {
      throw error(peek(), "RB110", "expected 'catalog' at the start of the file but found " + describe(peek()));
    }
    next();
    Syntax.Name id = stringName("a catalog id in quotes");
    expectKeyword("version");
    Syntax.Name version = stringName("a version in quotes such as \"2022.1.0\"");
    expect(TokenKind.LBRACE, "'{'");
    LocalizedText title = null;
    Optional<String> issuer = Optional.empty();
    Optional<String> decision = Optional.empty();
    Optional<LocalDate> decisionDate = Optional.empty();
    List<Syntax.Name> appliesTo = new ArrayList<>();
    List<Syntax.Input> inputs = new ArrayList<>();
    List<Syntax.Input> attributes = new ArrayList<>();
    List<Syntax.Let> lets = new ArrayList<>();
    List<Syntax.Node> nodes = new ArrayList<>();
    List<Syntax.Node> bonus = new ArrayList<>();
    List<Syntax.Node> penalties = new ArrayList<>();
    Syntax.Index index = new Syntax.Index(false, true, List.of(), Optional.empty());
    List<Syntax.Band> bands = new ArrayList<>();
    Rounding rounding = Rounding.DEFAULT;
    Set<String> seen = new java.util.HashSet<>();
    while (!at(TokenKind.RBRACE) && !at(TokenKind.EOF)) {
      int before = pos;
      int level = openBraces;
      try {
        Token t = peek();
        String k = t.kind() == TokenKind.IDENT ? t.text() : "";
        if (SINGLE_STATEMENTS.contains(k) && !seen.add(k)) {
          throw error(t, "RB130", "the catalog already has a '" + k + "' statement; expected one at most",
              "remove one of them");
        }
        switch (k) {
          case "title":
            next();
            title = text();
            break;
          case "issuer":
            next();
            issuer = Optional.of(string("the issuer in quotes"));
            break;
          case "decision":
            next();
            decision = Optional.of(string("the decision number in quotes"));
            if (isKeyword("dated")) {
              next();
              Token dated = peek();
              // The span lets the checker point at the date itself (RB311).
              decisionDate = Optional.of(spans.put(date(), dated.span()));
            }
            break;
          case "applies-to":
            next();
            do {
              appliesTo.add(identName("a unit level or kind such as 'commune'"));
            } while (accept(TokenKind.COMMA));
            break;
          case "inputs":
            next();
            inputs.addAll(inputBlock());
            break;
          case "attributes":
            next();
            attributes.addAll(inputBlock());
            break;
          case "let":
            lets.add(let());
            break;
          case "area":
            nodes.add(node(NodeKind.AREA));
            break;
          case "bonus":
            bonus.add(node(NodeKind.BONUS));
            break;
          case "penalty":
            penalties.add(node(NodeKind.PENALTY));
            break;
          case "index":
            index = index();
            break;
          case "round":
            rounding = rounding();
            break;
          case "bands":
            next();
            bands = bands();
            break;
          default:
            throw error(
                t,
                "RB111",
                "expected a catalog statement ("
                    + String.join(", ", sorted(CATALOG_STATEMENTS))
                    + ") but found "
                    + describe(t),
                suggestion(t, CATALOG_STATEMENTS));
        }
      } catch (Failure f) {
        recover(CATALOG_STATEMENTS, before, level);
      }
    }
    Token end = peek();
    expect(TokenKind.RBRACE, "'}' closing the catalog");
    if (!at(TokenKind.EOF)) {
      error(peek(), "RB112", "expected the end of the file after the catalog's closing '}' but found " + describe(peek()));
    }
    if (title == null && !limitReported) {
      diagnostics.add(
          Diagnostic.error("RB113", "catalog '" + id.value() + "' has no title", start.span(),
              "add a line such as: title \"Bộ tiêu chí …\" en \"… criteria\""));
      title = LocalizedText.of(id.value());
    }
    return new Syntax.Catalog(
        id, version, Optional.of(title), issuer, decision, decisionDate, appliesTo, inputs, attributes, lets, nodes,
        bonus, penalties, index, bands, rounding, Optional.of(start.span().to(end.span())));
  }

  private List<Syntax.Input> inputBlock() {
    expect(TokenKind.LBRACE, "'{'");
    List<Syntax.Input> out = new ArrayList<>();
    while (!at(TokenKind.RBRACE) && !at(TokenKind.EOF)) {
      int before = pos;
      try {
        out.add(input());
      } catch (Failure f) {
        recoverInputs(before);
      }
    }
    expect(TokenKind.RBRACE, "'}' closing the block");
    return out;
  }

  private Syntax.Input input() {
    Token t = peek();
    Optional<InputType> type = t.kind() == TokenKind.IDENT ? InputType.fromKeyword(t.text()) : Optional.empty();
    if (type.isEmpty()) {
      List<String> types = new ArrayList<>();
      for (InputType it : InputType.values()) {
        types.add(it.keyword());
      }
      throw error(t, "RB114", "expected an input type (" + String.join(", ", types) + ") but found " + describe(t),
          suggestion(t, Set.copyOf(types)));
    }
    next();
    Syntax.Name key = identName("an input name such as 'ho_so_dung_han'");
    LocalizedText label = text();
    Direction direction = Direction.NONE;
    boolean required = false;
    List<Syntax.Name> options = new ArrayList<>();
    Optional<String> unit = Optional.empty();
    while (true) {
      if (isKeyword("required")) {
        next();
        required = true;
      } else if (isKeyword("higher-better")) {
        next();
        direction = Direction.HIGHER_IS_BETTER;
      } else if (isKeyword("lower-better")) {
        next();
        direction = Direction.LOWER_IS_BETTER;
      } else if (isKeyword("options")) {
        next();
        do {
          options.add(identName("an option name"));
        } while (accept(TokenKind.COMMA));
      } else if (isKeyword("unit")) {
        next();
        unit = Optional.of(string("the unit in quotes, e.g. \"triệu đồng\""));
      } else {
        break;
      }
    }
    return new Syntax.Input(key, type.get(), label, direction, required, options, unit);
  }

  private Syntax.Let let() {
    expectKeyword("let");
    Syntax.Name name = identName("a name for the value");
    expect(TokenKind.ASSIGN, "'='");
    return new Syntax.Let(name, expr());
  }

  private Syntax.Index index() {
    Token start = next();
    if (isKeyword("percent")) {
      next();
      boolean clamp = true;
      if (isKeyword("unclamped")) {
        next();
        clamp = false;
      }
      return new Syntax.Index(false, clamp, List.of(), Optional.of(start.span()));
    }
    if (isKeyword("weighted")) {
      next();
      expect(TokenKind.LBRACE, "'{'");
      List<Syntax.Weight> weights = new ArrayList<>();
      do {
        if (at(TokenKind.RBRACE)) {
          break;
        }
        Syntax.Name code = stringName("a node code in quotes");
        expect(TokenKind.COLON, "':'");
        weights.add(new Syntax.Weight(code, number("a weight")));
      } while (accept(TokenKind.COMMA));
      expect(TokenKind.RBRACE, "'}'");
      return new Syntax.Index(true, false, weights, Optional.of(start.span()));
    }
    throw error(peek(), "RB115", "expected 'percent' or 'weighted' after 'index' but found " + describe(peek()));
  }

  private Rounding rounding() {
    next();
    Syntax.Num decimals = number("a number of decimals");
    Token modeToken = peek();
    String mode = identifier("a rounding mode such as 'half-up'");
    RoundingMode m;
    switch (mode) {
      case "half-up":
        m = RoundingMode.HALF_UP;
        break;
      case "half-even":
        m = RoundingMode.HALF_EVEN;
        break;
      case "half-down":
        m = RoundingMode.HALF_DOWN;
        break;
      case "up":
        m = RoundingMode.UP;
        break;
      case "down":
        m = RoundingMode.DOWN;
        break;
      case "ceiling":
        m = RoundingMode.CEILING;
        break;
      case "floor":
        m = RoundingMode.FLOOR;
        break;
      default:
        throw error(modeToken, "RB116",
            "expected a rounding mode (half-up, half-even, half-down, up, down, ceiling, floor) but found '" + mode + "'",
            suggestion(modeToken, Set.of("half-up", "half-even", "half-down", "up", "down", "ceiling", "floor")));
    }
    Decimal d = decimals.value();
    if (!d.isInteger() || d.signum() < 0 || d.compareTo(Decimal.of(10)) > 0) {
      throw error(decimals.span().orElseThrow(), "RB301",
          "expected a number of decimals from 0 to 10 but found " + d);
    }
    return new Rounding(d.toBigIntegerExact().intValue(), m);
  }

  private List<Syntax.Band> bands() {
    expect(TokenKind.LBRACE, "'{'");
    List<Syntax.Band> out = new ArrayList<>();
    Optional<Syntax.Num> previousFrom = Optional.empty();
    do {
      if (at(TokenKind.RBRACE)) {
        break;
      }
      Token start = peek();
      if (isKeyword("otherwise")) {
        next();
        LocalizedText label = text();
        out.add(new Syntax.Band(label, Optional.empty(), previousFrom, Optional.of(start.span().to(previous().span()))));
        previousFrom = Optional.empty();
        continue;
      }
      LocalizedText label = text();
      Optional<Syntax.Num> from;
      Optional<Syntax.Num> to;
      if (accept(TokenKind.GE)) {
        from = Optional.of(number("the band's lower bound"));
        to = previousFrom;
      } else if (isKeyword("from")) {
        next();
        from = Optional.of(number("the band's lower bound"));
        to = Optional.empty();
        if (isKeyword("to")) {
          next();
          to = Optional.of(number("the band's upper bound"));
        }
      } else if (isKeyword("below")) {
        next();
        from = Optional.empty();
        to = Optional.of(number("the band's upper bound"));
      } else {
        throw error(peek(), "RB117", "expected '>=', 'from' or 'below' after the band label but found " + describe(peek()));
      }
      out.add(new Syntax.Band(label, from, to, Optional.of(start.span().to(previous().span()))));
      previousFrom = from;
    } while (accept(TokenKind.COMMA));
    expect(TokenKind.RBRACE, "'}' closing the bands");
    return out;
  }

  // ---------------------------------------------------------------- nodes

  private Syntax.Node node(NodeKind kind) {
    Token keyword = next();
    enter(keyword);
    try {
      if (++nodeCount > limits.maxNodes()) {
        limit(keyword, "RB404", "catalog has more than " + limits.maxNodes() + " nodes, the limit");
      }
      Syntax.Name code = stringName("a code in quotes such as \"1.2\"");
      LocalizedText title = text();
      Optional<Syntax.Num> max = Optional.empty();
      Optional<Channel> channel = Optional.empty();
      Optional<Applicability> applicability = Optional.empty();
      while (true) {
        if (isKeyword("max")) {
          next();
          max = Optional.of(number("the maximum points"));
        } else if (isKeyword("channel")) {
          next();
          channel = Optional.of(channel());
        } else if (isKeyword("applies-when")) {
          next();
          Expr condition = expr();
          expectKeyword("else");
          applicability = Optional.of(new Applicability(condition, policy()));
        } else {
          break;
        }
      }
      expect(TokenKind.LBRACE, "'{' opening the " + kind.keyword() + "'s body");
      List<Syntax.Let> lets = new ArrayList<>();
      Optional<Rule> rule = Optional.empty();
      Optional<SourceSpan> ruleSpan = Optional.empty();
      List<Syntax.Node> children = new ArrayList<>();
      List<FindingTemplate> findings = new ArrayList<>();
      boolean silent = false;
      Optional<LocalizedText> recommendation = Optional.empty();
      while (!at(TokenKind.RBRACE) && !at(TokenKind.EOF)) {
        int before = pos;
        int level = openBraces;
        try {
          Token t = peek();
          String k = t.kind() == TokenKind.IDENT ? t.text() : "";
          if (k.equals("let")) {
            lets.add(let());
          } else if (RULE_STARTS.contains(k)) {
            if (rule.isPresent()) {
              throw error(t, "RB118",
                  kind.keyword() + " '" + code.value() + "' already has a rule; expected one rule per criterion but found a second",
                  "combine alternatives with 'best of { … }' or parts with 'sum of { … }'");
            }
            Rule r = rule();
            rule = Optional.of(r);
            ruleSpan = spans.of(r);
          } else if (k.equals("finding")) {
            findings.add(finding());
          } else if (k.equals("recommend")) {
            next();
            recommendation = Optional.of(text());
          } else if (k.equals("silent")) {
            next();
            silent = true;
          } else if (k.equals("criterion")) {
            children.add(node(NodeKind.CRITERION));
          } else {
            throw error(t, "RB111",
                "expected a criterion statement ("
                    + String.join(", ", sorted(NODE_STATEMENTS))
                    + ") but found "
                    + describe(t),
                suggestion(t, NODE_STATEMENTS));
          }
        } catch (Failure f) {
          recover(NODE_STATEMENTS, before, level);
        }
      }
      expect(TokenKind.RBRACE, "'}' closing " + kind.keyword() + " '" + code.value() + "'");
      return new Syntax.Node(
          code, kind, title, max, channel, applicability, lets, rule, ruleSpan, children, findings, silent,
          recommendation);
    } finally {
      depth--;
    }
  }

  private Channel channel() {
    Token t = peek();
    String c = identifier("a channel (appraisal, survey, system)");
    switch (c) {
      case "appraisal":
        return Channel.APPRAISAL;
      case "survey":
        return Channel.SURVEY;
      case "system":
        return Channel.SYSTEM_MEASURED;
      default:
        throw error(t, "RB119", "expected a channel (appraisal, survey, system) but found '" + c + "'",
            suggestion(t, Set.of("appraisal", "survey", "system")));
    }
  }

  private NotApplicablePolicy policy() {
    Token t = peek();
    String p = identifier("a not-applicable policy (full, exclude, renormalise)");
    for (NotApplicablePolicy policy : NotApplicablePolicy.values()) {
      if (policy.keyword().equals(p)) {
        return policy;
      }
    }
    throw error(t, "RB120", "expected a not-applicable policy (full, exclude, renormalise) but found '" + p + "'",
        suggestion(t, Set.of("full", "exclude", "renormalise")));
  }

  private FindingTemplate finding() {
    next();
    Token t = peek();
    String s = identifier("a severity (critical, major, minor, info)");
    Severity severity;
    switch (s) {
      case "critical":
        severity = Severity.CRITICAL;
        break;
      case "major":
        severity = Severity.MAJOR;
        break;
      case "minor":
        severity = Severity.MINOR;
        break;
      case "info":
        severity = Severity.INFO;
        break;
      default:
        throw error(t, "RB121", "expected a severity (critical, major, minor, info) but found '" + s + "'",
            suggestion(t, Set.of("critical", "major", "minor", "info")));
    }
    Optional<Expr> condition = Optional.empty();
    if (isKeyword("when")) {
      next();
      condition = Optional.of(expr());
    }
    Token message = peek();
    FindingTemplate template = new FindingTemplate(severity, condition, text());
    return spans.put(template, message.span().to(previous().span()));
  }

  // ---------------------------------------------------------------- rules

  private Rule rule() {
    Token t = peek();
    enter(t);
    try {
      Rule r = ruleBody(t);
      return spans.put(r, t.span().to(previous().span()));
    } finally {
      depth--;
    }
  }

  private Rule ruleBody(Token t) {
    switch (t.kind() == TokenKind.IDENT ? t.text() : "") {
      case "score":
        {
          List<Rule.Case> cases = new ArrayList<>();
          while (isKeyword("score")) {
            next();
            Expr points = expr();
            expectKeyword("when");
            cases.add(new Rule.Case(points, expr()));
          }
          Expr otherwise = zero();
          if (isKeyword("otherwise")) {
            next();
            otherwise = expr();
          }
          return new Rule.Cases(cases, otherwise);
        }
      case "tiers":
        {
          next();
          Expr subject = expr();
          expect(TokenKind.LBRACE, "'{'");
          List<Rule.Tier> tiers = new ArrayList<>();
          Expr otherwise = null;
          do {
            if (at(TokenKind.RBRACE)) {
              break;
            }
            if (isKeyword("otherwise")) {
              next();
              expect(TokenKind.COLON, "':'");
              otherwise = expr();
              break;
            }
            Token opToken = peek();
            Expr.BinaryOp op = comparison();
            if (op == null) {
              throw error(opToken, "RB122",
                  "expected a comparison (>=, >, <=, <, ==, !=) or 'otherwise' starting a tier but found " + describe(opToken));
            }
            next();
            Expr threshold = expr();
            expect(TokenKind.COLON, "':'");
            tiers.add(new Rule.Tier(op, threshold, expr()));
          } while (accept(TokenKind.COMMA));
          expect(TokenKind.RBRACE, "'}' closing the tiers");
          if (tiers.isEmpty()) {
            throw error(t, "RB123", "expected at least one tier such as '>= 100%: 2' but found none");
          }
          return new Rule.Tiers(subject, tiers, otherwise == null ? zero() : otherwise);
        }
      case "points":
        next();
        expect(TokenKind.ASSIGN, "'='");
        return new Rule.Formula(expr());
      case "award":
        {
          next();
          Expr points = expr();
          expectKeyword("per");
          Expr count = expr();
          Optional<Expr> cap = Optional.empty();
          if (isKeyword("cap")) {
            next();
            cap = Optional.of(expr());
          }
          return new Rule.PerItem(points, count, cap);
        }
      case "deduct":
        {
          next();
          Expr points = expr();
          expectKeyword("per");
          Expr count = expr();
          Expr floor = zero();
          if (isKeyword("floor")) {
            next();
            floor = expr();
          }
          return new Rule.Deduct(points, count, floor);
        }
      case "best":
      case "sum":
        {
          boolean best = t.text().equals("best");
          next();
          expectKeyword("of");
          expect(TokenKind.LBRACE, "'{'");
          List<Rule> rules = new ArrayList<>();
          while (!at(TokenKind.RBRACE) && !at(TokenKind.EOF)) {
            Token rt = peek();
            if (!(rt.kind() == TokenKind.IDENT && RULE_STARTS.contains(rt.text()))) {
              throw error(rt, "RB124", "expected a rule (" + String.join(", ", sorted(RULE_STARTS)) + ") but found " + describe(rt),
                  suggestion(rt, RULE_STARTS));
            }
            rules.add(rule());
          }
          expect(TokenKind.RBRACE, "'}'");
          if (rules.size() < 2) {
            boolean merged = rules.size() == 1 && rules.get(0) instanceof Rule.Cases
                && ((Rule.Cases) rules.get(0)).cases().size() > 1;
            throw error(t, "RB125",
                "expected at least two rules in '" + t.text() + " of' but found " + rules.size(),
                merged ? "consecutive 'score' lines form one rule; end each part with 'otherwise 0'" : "");
          }
          return best ? new Rule.MaxOf(rules) : new Rule.SumOf(rules);
        }
      case "only":
        {
          next();
          expectKeyword("if");
          List<Expr> conditions = new ArrayList<>();
          do {
            conditions.add(expr());
          } while (accept(TokenKind.COMMA));
          expect(TokenKind.LBRACE, "'{'");
          Token rt = peek();
          if (!(rt.kind() == TokenKind.IDENT && RULE_STARTS.contains(rt.text()))) {
            throw error(rt, "RB124", "expected a rule (" + String.join(", ", sorted(RULE_STARTS)) + ") but found " + describe(rt),
                suggestion(rt, RULE_STARTS));
          }
          Rule inner = rule();
          expect(TokenKind.RBRACE, "'}'");
          return new Rule.Gate(conditions, inner);
        }
      default:
        throw new IllegalStateException("bug: not a rule start: " + t);
    }
  }

  private Expr zero() {
    return Expr.Number.of(Decimal.ZERO);
  }

  // ---------------------------------------------------------------- expressions

  private Expr expr() {
    Token start = peek();
    enter(start);
    try {
      return or();
    } finally {
      depth--;
    }
  }

  private Expr counted(Expr e, Token start) {
    if (++exprCount > limits.maxExpressionNodes()) {
      limit(start, "RB405", "catalog has more than " + limits.maxExpressionNodes() + " expression parts, the limit");
    }
    return spans.put(e, start.span().to(previous().span()));
  }

  private Expr or() {
    Token start = peek();
    Expr left = and();
    while (isKeyword("or")) {
      next();
      left = counted(new Expr.Binary(Expr.BinaryOp.OR, left, and()), start);
    }
    return left;
  }

  private Expr and() {
    Token start = peek();
    Expr left = not();
    while (isKeyword("and")) {
      next();
      left = counted(new Expr.Binary(Expr.BinaryOp.AND, left, not()), start);
    }
    return left;
  }

  private Expr not() {
    Token start = peek();
    if (isKeyword("not")) {
      next();
      enter(start);
      try {
        return counted(new Expr.Unary(Expr.UnaryOp.NOT, not()), start);
      } finally {
        depth--;
      }
    }
    return comparisonExpr();
  }

  private Expr comparisonExpr() {
    Token start = peek();
    Expr left = additive();
    Expr.BinaryOp op = comparison();
    if (op != null) {
      next();
      Expr right = additive();
      Expr result = counted(new Expr.Binary(op, left, right), start);
      if (comparison() != null) {
        throw error(peek(), "RB126", "expected 'and' or 'or' between comparisons but found a second comparison " + describe(peek()),
            "write 'a <= b and b <= c' instead of 'a <= b <= c'");
      }
      return result;
    }
    if (isKeyword("in")) {
      next();
      expect(TokenKind.LBRACKET, "'['");
      List<Expr> options = new ArrayList<>();
      do {
        if (at(TokenKind.RBRACKET)) {
          break;
        }
        options.add(additive());
      } while (accept(TokenKind.COMMA));
      expect(TokenKind.RBRACKET, "']'");
      return counted(new Expr.In(left, options), start);
    }
    return left;
  }

  private Expr.BinaryOp comparison() {
    switch (peek().kind()) {
      case GE:
        return Expr.BinaryOp.GE;
      case GT:
        return Expr.BinaryOp.GT;
      case LE:
        return Expr.BinaryOp.LE;
      case LT:
        return Expr.BinaryOp.LT;
      case EQ:
        return Expr.BinaryOp.EQ;
      case NE:
        return Expr.BinaryOp.NE;
      default:
        return null;
    }
  }

  private Expr additive() {
    Token start = peek();
    Expr left = multiplicative();
    while (at(TokenKind.PLUS) || at(TokenKind.MINUS)) {
      Expr.BinaryOp op = next().kind() == TokenKind.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
      left = counted(new Expr.Binary(op, left, multiplicative()), start);
    }
    return left;
  }

  private Expr multiplicative() {
    Token start = peek();
    Expr left = unary();
    while (at(TokenKind.STAR) || at(TokenKind.SLASH)) {
      Expr.BinaryOp op = next().kind() == TokenKind.STAR ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV;
      left = counted(new Expr.Binary(op, left, unary()), start);
    }
    return left;
  }

  private Expr unary() {
    Token start = peek();
    if (at(TokenKind.MINUS)) {
      next();
      Token n = peek();
      if (n.kind() == TokenKind.NUMBER || n.kind() == TokenKind.PERCENT) {
        // A negative literal such as -3; "-(3)" stays a negation.
        next();
        return counted(new Expr.Number(Decimal.of(n.number()).negate(), n.kind() == TokenKind.PERCENT), start);
      }
      enter(start);
      try {
        Expr operand = unary();
        return counted(new Expr.Unary(Expr.UnaryOp.NEG, operand), start);
      } finally {
        depth--;
      }
    }
    return postfix();
  }

  private Expr postfix() {
    Token start = peek();
    Expr e = primary();
    while (at(TokenKind.DOT)) {
      next();
      String field = identifier("a field name after '.'");
      e = counted(new Expr.Field(e, field), start);
    }
    return e;
  }

  private Expr primary() {
    Token t = peek();
    switch (t.kind()) {
      case NUMBER:
        next();
        return counted(new Expr.Number(Decimal.of(t.number()), false), t);
      case PERCENT:
        next();
        return counted(new Expr.Number(Decimal.of(t.number()), true), t);
      case STRING:
        next();
        return counted(new Expr.Str(t.text()), t);
      case DATE:
        next();
        return counted(new Expr.DateLit(t.date()), t);
      case LPAREN:
        {
          next();
          Expr inner = expr();
          expect(TokenKind.RPAREN, "')'");
          return inner;
        }
      case IDENT:
        return identifierExpr(t);
      case ERROR:
        // The lexer already reported this literal; stand in a zero so that one mistake gives one diagnostic.
        next();
        return counted(Expr.Number.of(Decimal.ZERO), t);
      default:
        throw error(t, "RB127", "expected a value (a number, a name, a string or '(') but found " + describe(t));
    }
  }

  private Expr identifierExpr(Token t) {
    String name = t.text();
    switch (name) {
      case "true":
        next();
        return counted(new Expr.Bool(true), t);
      case "false":
        next();
        return counted(new Expr.Bool(false), t);
      case "if":
        {
          next();
          Expr condition = expr();
          expectKeyword("then");
          Expr then = expr();
          expectKeyword("else");
          Expr otherwise = expr();
          return counted(new Expr.If(condition, then, otherwise), t);
        }
      default:
        break;
    }
    next();
    if (at(TokenKind.LPAREN)) {
      Optional<Expr.Function> f = Expr.Function.fromKeyword(name);
      if (f.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Expr.Function fn : Expr.Function.values()) {
          names.add(fn.keyword());
        }
        throw error(t, "RB207", "unknown function '" + name + "'; expected one of " + String.join(", ", names),
            suggestion(t, Set.copyOf(names)));
      }
      next();
      List<Expr> args = new ArrayList<>();
      if (!at(TokenKind.RPAREN)) {
        do {
          args.add(expr());
        } while (accept(TokenKind.COMMA));
      }
      expect(TokenKind.RPAREN, "')'");
      return counted(new Expr.Call(f.get(), args), t);
    }
    return counted(new Expr.Ref(name), t);
  }

  // ---------------------------------------------------------------- token helpers

  private LocalizedText text() {
    String vi = string("a title or message in quotes");
    if (isKeyword("en")) {
      next();
      return LocalizedText.of(vi, string("the English text in quotes"));
    }
    return LocalizedText.of(vi);
  }

  private String string(String expected) {
    Token t = peek();
    if (t.kind() != TokenKind.STRING) {
      throw error(t, "RB110", "expected " + expected + " but found " + describe(t));
    }
    next();
    if (t.text().isBlank()) {
      throw error(t, "RB128", "expected " + expected + " but found an empty string");
    }
    return t.text();
  }

  private Syntax.Name stringName(String expected) {
    Token t = peek();
    String s = string(expected);
    if (!s.strip().equals(s)) {
      throw error(t, "RB128", "expected " + expected + " without leading or trailing spaces but found '" + s + "'");
    }
    return new Syntax.Name(s, Optional.of(t.span()));
  }

  private String identifier(String expected) {
    Token t = peek();
    if (t.kind() != TokenKind.IDENT) {
      throw error(t, "RB110", "expected " + expected + " but found " + describe(t));
    }
    next();
    return t.text();
  }

  private Syntax.Name identName(String expected) {
    Token t = peek();
    String s = identifier(expected);
    if (s.indexOf('-') >= 0) {
      throw error(t, "RB129", "expected " + expected + " (letters, digits and '_') but found '" + s + "'",
          "use '_' instead of '-' in names: '" + s.replace('-', '_') + "'");
    }
    if (!s.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
      // The lexer lets combining marks into names (for NFD text); one that NFC cannot compose away
      // would make the catalog model reject the name later.
      throw error(t, "RB129", "expected " + expected + " (letters, digits and '_') but found '" + s + "'",
          "write the name with precomposed letters and without combining marks");
    }
    return new Syntax.Name(s, Optional.of(t.span()));
  }

  private Syntax.Num number(String expected) {
    Token t = peek();
    boolean negative = false;
    if (t.kind() == TokenKind.MINUS) {
      next();
      negative = true;
    }
    Token n = peek();
    if (n.kind() == TokenKind.ERROR) {
      next();
      return new Syntax.Num(Decimal.ZERO, Optional.of(n.span()));
    }
    if (n.kind() != TokenKind.NUMBER) {
      throw error(n, "RB110", "expected " + expected + " (a number) but found " + describe(n));
    }
    next();
    Decimal d = Decimal.of(n.number());
    return new Syntax.Num(negative ? d.negate() : d, Optional.of(t.span().to(n.span())));
  }

  private LocalDate date() {
    Token t = peek();
    if (t.kind() == TokenKind.ERROR) {
      next();
      throw new Failure();
    }
    if (t.kind() != TokenKind.DATE) {
      throw error(t, "RB110", "expected a date such as 2022-09-12 but found " + describe(t));
    }
    next();
    return t.date();
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private Token previous() {
    return tokens.get(Math.max(0, pos - 1));
  }

  private Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != TokenKind.EOF) {
      pos++;
    }
    if (t.kind() == TokenKind.LBRACE) {
      openBraces++;
    } else if (t.kind() == TokenKind.RBRACE) {
      openBraces--;
    }
    return t;
  }

  private boolean at(TokenKind kind) {
    return peek().kind() == kind;
  }

  private boolean accept(TokenKind kind) {
    if (at(kind)) {
      next();
      return true;
    }
    return false;
  }

  private boolean isKeyword(String keyword) {
    Token t = peek();
    return t.kind() == TokenKind.IDENT && t.text().equals(keyword);
  }

  private void expect(TokenKind kind, String expected) {
    if (!accept(kind)) {
      throw error(peek(), "RB110", "expected " + expected + " but found " + describe(peek()));
    }
  }

  private void expectKeyword(String keyword) {
    if (!isKeyword(keyword)) {
      throw error(peek(), "RB110", "expected '" + keyword + "' but found " + describe(peek()),
          suggestion(peek(), Set.of(keyword)));
    }
    next();
  }

  private void enter(Token at) {
    if (++depth > limits.maxDepth()) {
      depth--;
      limit(at, "RB403", "nesting is deeper than " + limits.maxDepth() + " levels, the limit");
    }
  }

  private void limit(Token at, String code, String message) {
    if (!limitReported) {
      limitReported = true;
      diagnostics.add(Diagnostic.error(code, message, at.span()));
    }
    // Limits end parsing: unwind to the top and give no catalog.
    pos = tokens.size() - 1;
    throw new Failure();
  }

  private Failure error(Token at, String code, String message, String... hints) {
    return error(at.span(), code, message, hints);
  }

  private Failure error(SourceSpan span, String code, String message, String... hints) {
    if (limitReported) {
      // After a limit, parsing stops; what follows would only be noise.
      return new Failure();
    }
    List<String> h = new ArrayList<>();
    for (String hint : hints) {
      if (hint != null && !hint.isEmpty()) {
        h.add(hint);
      }
    }
    diagnostics.add(Diagnostic.error(code, message, span, h.toArray(new String[0])));
    return new Failure();
  }

  private static String suggestion(Token t, Set<String> candidates) {
    if (t.kind() != TokenKind.IDENT) {
      return "";
    }
    return dev.rubric.core.diagnostic.Suggestions.closest(t.text(), candidates)
        .map(s -> "did you mean '" + s + "'?")
        .orElse("");
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  /** Describes a token for "but found …": {@code 'then'}, {@code "text"}, {@code end of file}. */
  static String describe(Token t) {
    switch (t.kind()) {
      case EOF:
        return "end of file";
      case STRING:
        return "string \"" + abbreviate(t.text()) + "\"";
      case NUMBER:
      case PERCENT:
        return "number " + abbreviate(t.text());
      case DATE:
        return "date " + t.text();
      case IDENT:
        return "'" + abbreviate(t.text()) + "'";
      default:
        return "'" + abbreviate(t.text()) + "'";
    }
  }

  private static String abbreviate(String s) {
    return s.codePointCount(0, s.length()) <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, 37)) + "…";
  }

  /**
   * Skips to where parsing can resume after an error in a statement that started at token {@code
   * before} with {@code level} braces open: first out of any block the statement opened (a tier
   * list, a band table, 'best of { … }'), then to the next statement keyword of this block at the
   * start of a line, or to the '}' that closes the block (not consumed). Always makes progress.
   */
  private void recover(Set<String> statements, int before, int level) {
    if (pos == before) {
      next();
    }
    while (!at(TokenKind.EOF)) {
      Token t = peek();
      if (openBraces <= level) {
        if (t.kind() == TokenKind.RBRACE) {
          return;
        }
        if (t.kind() == TokenKind.IDENT && statements.contains(t.text()) && startsLine(pos)) {
          return;
        }
      }
      next();
    }
  }

  /** Skips to the next input declaration (a type keyword at the start of a line) or the closing '}'. */
  private void recoverInputs(int before) {
    if (pos == before) {
      next();
    }
    while (!at(TokenKind.EOF) && !at(TokenKind.RBRACE)) {
      Token t = peek();
      if (t.kind() == TokenKind.IDENT && InputType.fromKeyword(t.text()).isPresent() && startsLine(pos)) {
        return;
      }
      next();
    }
  }

  /** Returns whether a line break separates token {@code i} from the token before it. */
  private boolean startsLine(int i) {
    if (i == 0) {
      return true;
    }
    int from = tokens.get(i - 1).span().end();
    int to = tokens.get(i).span().start();
    for (int k = from; k < to && k < content.length(); k++) {
      char c = content.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
