package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Applicability;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.message.Message;
import dev.rubric.dsl.internal.syntax.TokenCursor.Failure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses the statements of a catalog and of its areas and criteria. A statement that fails is
 * skipped by the cursor's recovery, so that parsing continues with the next statement of the same
 * block. Declarations (inputs, index, rounding, bands) are read by {@link DeclarationParser}, rules
 * by {@link RuleParser} and expressions by {@link ExprParser}.
 */
final class StatementParser {
  private static final Set<String> CATALOG_STATEMENTS =
      Set.of(
          "title",
          "issuer",
          "decision",
          "applies-to",
          "inputs",
          "attributes",
          "let",
          "area",
          "bonus",
          "penalty",
          "index",
          "round",
          "bands");
  private static final Set<String> NODE_STATEMENTS =
      Set.of(
          "let",
          "round",
          "score",
          "tiers",
          "points",
          "award",
          "deduct",
          "best",
          "sum",
          "only",
          "finding",
          "recommend",
          "silent",
          "criterion");

  /** Catalog statements that may appear at most once. */
  /**
   * What a line of a criterion may start with: its statements and {@code otherwise}, which ends a
   * {@code score … when} rule on a line of its own (so that {@code otherwse} gets a hint too).
   */
  private static final Set<String> SCORE_LINE_WORDS = union(NODE_STATEMENTS, Set.of("otherwise"));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  private static final Set<String> SINGLE_STATEMENTS =
      Set.of("title", "issuer", "decision", "applies-to", "index", "round", "bands");

  /**
   * Every statement of a catalog, the layering ones ({@code override}, {@code remove}) included:
   * what RB111 lists and where parsing resumes after an error in a catalog statement.
   */
  private static final Set<String> CATALOG_RECOVERY =
      union(CATALOG_STATEMENTS, LayerParser.STATEMENTS);

  private final TokenCursor in;
  private final ExprParser exprs;
  private final RuleParser rules;
  private final DeclarationParser declarations;
  private final WrittenAt written;
  private final Spans spans;
  private final LayerParser layers;
  private int nodeCount;

  StatementParser(TokenCursor in, WrittenAt written, Spans spans) {
    this.in = in;
    this.layers = new LayerParser(in, this);
    this.exprs = new ExprParser(in, written);
    this.rules = new RuleParser(in, exprs, written);
    this.declarations = new DeclarationParser(in);
    this.written = written;
    this.spans = spans;
  }

  Syntax.Catalog catalog() {
    Token start = in.peek();
    if (!in.isKeyword("catalog")) {
      throw in.error(
          in.peek(),
          DiagnosticCode.EXPECTED_TOKEN,
          Words.say("syntax.expected-catalog", "found", TokenCursor.describe(in.peek())));
    }
    in.next();
    Syntax.Name id = in.stringName(Words.say("syntax.what.catalog-id"));
    in.expectKeyword("version");
    Syntax.Name version =
        in.stringName(Words.say("syntax.what.version", "example", "\"2022.1.0\""));
    if (in.isKeyword("extends")) {
      layers.extendsClause();
    }
    in.expect(TokenKind.LBRACE, "'{'");
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
    Syntax.Index index = Syntax.Index.DEFAULT;
    List<Syntax.Band> bands = new ArrayList<>();
    Rounding rounding = Rounding.DEFAULT;
    Set<String> seen = new HashSet<>();
    while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
      int before = in.position();
      int level = in.openBraces();
      try {
        Token t = in.peek();
        String k = t.kind() == TokenKind.IDENT ? t.text() : "";
        layers.statement(t, k);
        if (SINGLE_STATEMENTS.contains(k) && !seen.add(k)) {
          throw in.error(
              t,
              DiagnosticCode.DUPLICATE_STATEMENT,
              Words.say("syntax.catalog-statement-twice", "statement", k),
              Words.say("syntax.hint.remove-one"));
        }
        switch (k) {
          case "title" -> {
            in.next();
            title = in.text();
          }
          case "issuer" -> {
            in.next();
            issuer = Optional.of(in.string(Words.say("syntax.what.issuer")));
          }
          case "decision" -> {
            in.next();
            decision = Optional.of(in.string(Words.say("syntax.what.decision")));
            if (in.isKeyword("dated")) {
              in.next();
              Token dated = in.peek();
              decisionDate = Optional.of(in.date());
              // The span lets the checker point at the date itself (RB311).
              spans.put(Site.CATALOG.at(Site.Part.DECISION_DATE), dated.span());
            }
          }
          case "applies-to" -> {
            in.next();
            do {
              appliesTo.add(in.identName(Words.say("syntax.what.unit-kind")));
            } while (in.accept(TokenKind.COMMA));
          }
          case "inputs" -> {
            in.next();
            inputs.addAll(declarations.inputBlock());
          }
          case "attributes" -> {
            in.next();
            attributes.addAll(declarations.inputBlock());
          }
          case "let" -> lets.add(let());
          case "area" -> nodes.add(node(NodeKind.AREA));
          case "bonus" -> bonus.add(node(NodeKind.BONUS));
          case "penalty" -> penalties.add(node(NodeKind.PENALTY));
          case "index" -> index = declarations.index();
          case "round" -> rounding = declarations.rounding();
          case "bands" -> {
            in.next();
            bands = declarations.bands();
          }
          case "override" -> layers.override();
          case "remove" -> layers.remove();
          default -> throw unknownStatement(t, false, CATALOG_RECOVERY);
        }
      } catch (Failure f) {
        in.recover(CATALOG_RECOVERY, before, level);
      }
    }
    Token end = in.peek();
    in.expect(TokenKind.RBRACE, Words.say("syntax.what.close-catalog", "brace", "'}'"));
    if (!in.at(TokenKind.EOF)) {
      in.error(
          in.peek(),
          DiagnosticCode.TEXT_AFTER_CATALOG,
          Words.say(
              "syntax.text-after-catalog",
              "brace",
              "'}'",
              "found",
              TokenCursor.describe(in.peek())));
    }
    if (title == null && !in.limitReported() && !layers.extendsSomething()) {
      in.report(
          Diagnostic.of(
              DiagnosticCode.NO_TITLE,
              Words.say("syntax.no-title", "id", id.value()),
              start.span(),
              Words.say(
                  "syntax.hint.add-title", "line", "title \"Bộ tiêu chí …\" en \"… criteria\"")));
      title = LocalizedText.of(id.value());
    }
    return new Syntax.Catalog(
        id,
        version,
        // null only after a limit, when Parser drops the catalog
        Optional.ofNullable(title),
        issuer,
        decision,
        decisionDate,
        appliesTo,
        inputs,
        attributes,
        lets,
        nodes,
        bonus,
        penalties,
        index,
        bands,
        rounding,
        Optional.of(start.span().to(end.span())));
  }

  /** Returns what the catalog's layering statements said ({@code extends}, overrides, removals). */
  LayerSyntax.Layer layer() {
    return layers.result();
  }

  /**
   * Reports RB111 for {@code t}, which starts none of the {@code statements} of a {@code block}.
   */
  private Failure unknownStatement(Token t, boolean criterion, Set<String> statements) {
    String list = String.join(", ", TokenCursor.sorted(statements));
    Message found = TokenCursor.describe(t);
    return in.error(
        t,
        DiagnosticCode.UNKNOWN_STATEMENT,
        criterion
            ? Words.say("syntax.expected-criterion-statement", "statements", list, "found", found)
            : Words.say("syntax.expected-catalog-statement", "statements", list, "found", found),
        TokenCursor.suggestion(t, criterion ? SCORE_LINE_WORDS : statements));
  }

  private Syntax.Let let() {
    in.expectKeyword("let");
    Syntax.Name name = in.identName(Words.say("syntax.what.let-name"));
    in.expect(TokenKind.ASSIGN, "'='");
    return new Syntax.Let(name, exprs.expr());
  }

  // ---------------------------------------------------------------- nodes

  private Syntax.Node node(NodeKind kind) {
    return node(kind, in.next(), false);
  }

  /**
   * Parses the node after {@code override} (already read as {@code keyword}): like a criterion, but
   * its title may be left out, and then is {@link LayerParser#NO_TITLE}.
   */
  Syntax.Node overrideNode(Token keyword) {
    return node(NodeKind.CRITERION, keyword, true);
  }

  private Syntax.Node node(NodeKind kind, Token keyword, boolean titleOptional) {
    in.enter(keyword);
    try {
      if (++nodeCount > in.limits().maxNodes()) {
        in.limit(
            keyword,
            DiagnosticCode.TOO_MANY_NODES,
            Words.say("syntax.too-many-nodes", "limit", in.limits().maxNodes()));
      }
      Syntax.Name code = in.stringName(Words.say("syntax.what.code", "example", "\"1.2\""));
      LocalizedText title =
          titleOptional && !in.at(TokenKind.STRING) ? LayerParser.NO_TITLE : in.text();
      Optional<Syntax.Num> max = Optional.empty();
      Optional<Channel> channel = Optional.empty();
      Optional<Applicability> applicability = Optional.empty();
      Optional<Syntax.Num> weight = Optional.empty();
      while (true) {
        if (in.isKeyword("max")) {
          in.next();
          max = Optional.of(in.number(Words.say("syntax.what.max")));
        } else if (in.isKeyword("weight")) {
          in.next();
          weight = Optional.of(in.number(Words.say("syntax.what.weight")));
        } else if (in.isKeyword("channel")) {
          in.next();
          channel = Optional.of(channel());
        } else if (in.isKeyword("applies-when")) {
          in.next();
          Expr condition = exprs.expr();
          in.expectKeyword("else");
          applicability = Optional.of(new Applicability(condition, policy()));
        } else {
          break;
        }
      }
      // An override that changes only what its first line says may leave out the body.
      boolean body = !titleOptional || in.at(TokenKind.LBRACE);
      if (body) {
        in.expect(
            TokenKind.LBRACE,
            Words.say("syntax.what.open-body", "brace", "'{'", "kind", Words.kind(kind)));
      }
      List<Syntax.Let> lets = new ArrayList<>();
      Optional<Rule> rule = Optional.empty();
      List<Syntax.Node> children = new ArrayList<>();
      List<FindingTemplate> findings = new ArrayList<>();
      boolean silent = false;
      Optional<LocalizedText> recommendation = Optional.empty();
      Optional<Rounding> rounding = Optional.empty();
      while (body && !in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
        int before = in.position();
        int level = in.openBraces();
        try {
          Token t = in.peek();
          String k = t.kind() == TokenKind.IDENT ? t.text() : "";
          if (k.equals("let")) {
            lets.add(let());
          } else if (k.equals("round")) {
            if (rounding.isPresent()) {
              throw in.error(
                  t,
                  DiagnosticCode.DUPLICATE_STATEMENT,
                  Words.say("syntax.round-twice", "kind", Words.kind(kind), "code", code.value()),
                  Words.say("syntax.hint.remove-one"));
            }
            rounding = Optional.of(declarations.rounding());
          } else if (rules.atRule()) {
            if (rule.isPresent()) {
              throw in.error(
                  t,
                  DiagnosticCode.SECOND_RULE,
                  Words.say("syntax.second-rule", "kind", Words.kind(kind), "code", code.value()),
                  Words.say(
                      "syntax.hint.combine-rules",
                      "best",
                      "'best of { … }'",
                      "sum",
                      "'sum of { … }'"));
            }
            rule = Optional.of(rules.rule());
          } else if (k.equals("finding")) {
            findings.add(finding());
          } else if (k.equals("recommend")) {
            in.next();
            recommendation = Optional.of(in.text());
          } else if (k.equals("silent")) {
            in.next();
            silent = true;
          } else if (k.equals("criterion")) {
            children.add(node(NodeKind.CRITERION));
          } else {
            throw unknownStatement(t, true, NODE_STATEMENTS);
          }
        } catch (Failure f) {
          in.recover(NODE_STATEMENTS, before, level);
        }
      }
      if (body) {
        in.expect(
            TokenKind.RBRACE,
            Words.say(
                "syntax.what.close-node",
                "brace",
                "'}'",
                "kind",
                Words.kind(kind),
                "code",
                code.value()));
      }
      return new Syntax.Node(
          code,
          kind,
          title,
          max,
          channel,
          applicability,
          lets,
          rule,
          children,
          findings,
          silent,
          recommendation,
          weight,
          rounding);
    } finally {
      in.leave();
    }
  }

  private Channel channel() {
    Token t = in.peek();
    Message expected = Words.say("syntax.what.channel");
    String c = in.identifier(expected);
    return switch (c) {
      case "appraisal" -> Channel.APPRAISAL;
      case "survey" -> Channel.SURVEY;
      case "system" -> Channel.SYSTEM_MEASURED;
      default ->
          throw in.error(
              t,
              DiagnosticCode.UNKNOWN_CHANNEL,
              TokenCursor.expectedButFound(expected, c),
              TokenCursor.suggestion(t, Set.of("appraisal", "survey", "system")));
    };
  }

  private NotApplicablePolicy policy() {
    Token t = in.peek();
    Message expected = Words.say("syntax.what.policy");
    String p = in.identifier(expected);
    for (NotApplicablePolicy policy : NotApplicablePolicy.values()) {
      if (policy.keyword().equals(p)) {
        return policy;
      }
    }
    throw in.error(
        t,
        DiagnosticCode.UNKNOWN_POLICY,
        TokenCursor.expectedButFound(expected, p),
        TokenCursor.suggestion(t, Set.of("full", "exclude", "renormalise")));
  }

  private FindingTemplate finding() {
    in.next();
    Token t = in.peek();
    Message expected = Words.say("syntax.what.severity");
    String s = in.identifier(expected);
    Severity severity =
        switch (s) {
          case "critical" -> Severity.CRITICAL;
          case "major" -> Severity.MAJOR;
          case "minor" -> Severity.MINOR;
          case "info" -> Severity.INFO;
          default ->
              throw in.error(
                  t,
                  DiagnosticCode.UNKNOWN_SEVERITY,
                  TokenCursor.expectedButFound(expected, s),
                  TokenCursor.suggestion(t, Set.of("critical", "major", "minor", "info")));
        };
    Optional<Expr> condition = Optional.empty();
    if (in.isKeyword("when")) {
      in.next();
      condition = Optional.of(exprs.expr());
    }
    Token message = in.peek();
    FindingTemplate template = new FindingTemplate(severity, condition, in.text());
    return written.put(template, message.span().to(in.previous().span()));
  }
}
