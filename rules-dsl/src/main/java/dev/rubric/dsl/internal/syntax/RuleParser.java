package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses one scoring rule ({@code score}, {@code tiers}, {@code points}, {@code award}, {@code
 * deduct}, {@code best of}, {@code sum of}, {@code only if}) with its expressions, recording the
 * span of each rule.
 */
final class RuleParser {
  /** The words that start a rule. */
  private static final Set<String> RULE_STARTS =
      Set.of("score", "tiers", "points", "award", "deduct", "best", "sum", "only");

  private final TokenCursor in;
  private final ExprParser exprs;
  private final WrittenAt written;

  RuleParser(TokenCursor in, ExprParser exprs, WrittenAt written) {
    this.in = in;
    this.exprs = exprs;
    this.written = written;
  }

  /** Returns whether the cursor is at a word that starts a rule. */
  boolean atRule() {
    Token t = in.peek();
    return t.kind() == TokenKind.IDENT && RULE_STARTS.contains(t.text());
  }

  /**
   * Reports RB124 for the token at the cursor, which does not start a rule, with a "did you mean"
   * hint when {@code suggest} is set.
   */
  TokenCursor.Failure notARule(boolean suggest) {
    Token t = in.peek();
    return in.error(
        t,
        DiagnosticCode.EXPECTED_RULE,
        TokenCursor.expectedButFound(
            Words.say(
                "syntax.what.rule", "rules", String.join(", ", TokenCursor.sorted(RULE_STARTS))),
            t),
        suggest ? TokenCursor.suggestion(t, RULE_STARTS) : List.of());
  }

  Rule rule() {
    Token t = in.peek();
    in.enter(t);
    try {
      Rule r = ruleBody(t);
      return written.put(r, t.span().to(in.previous().span()));
    } finally {
      in.leave();
    }
  }

  private Rule ruleBody(Token t) {
    switch (t.kind() == TokenKind.IDENT ? t.text() : "") {
      case "score" -> {
        return cases();
      }
      case "tiers" -> {
        return tiers(t);
      }
      case "points" -> {
        in.next();
        in.expect(TokenKind.ASSIGN, "'='");
        return new Rule.Formula(exprs.expr());
      }
      case "award" -> {
        in.next();
        Expr points = exprs.expr();
        in.expectKeyword("per");
        Expr count = exprs.expr();
        Optional<Expr> cap = Optional.empty();
        if (in.isKeyword("cap")) {
          in.next();
          cap = Optional.of(exprs.expr());
        }
        return new Rule.PerItem(points, count, cap);
      }
      case "deduct" -> {
        in.next();
        Expr points = exprs.expr();
        in.expectKeyword("per");
        Expr count = exprs.expr();
        Expr floor = zero();
        if (in.isKeyword("floor")) {
          in.next();
          floor = exprs.expr();
        }
        return new Rule.Deduct(points, count, floor);
      }
      case "best", "sum" -> {
        return combination(t);
      }
      case "only" -> {
        return gate();
      }
      default -> throw new IllegalStateException("bug: not a rule start: " + t);
    }
  }

  private Rule cases() {
    List<Rule.Case> cases = new ArrayList<>();
    while (in.isKeyword("score")) {
      in.next();
      Expr points = exprs.expr();
      in.expectKeyword("when");
      cases.add(new Rule.Case(points, exprs.expr()));
    }
    Expr otherwise = zero();
    if (in.isKeyword("otherwise")) {
      in.next();
      otherwise = exprs.expr();
    }
    return new Rule.Cases(cases, otherwise);
  }

  private Rule tiers(Token t) {
    in.next();
    Expr subject = exprs.expr();
    in.expect(TokenKind.LBRACE, "'{'");
    List<Rule.Tier> tiers = new ArrayList<>();
    Expr otherwise = null;
    do {
      if (in.at(TokenKind.RBRACE)) {
        break;
      }
      if (in.isKeyword("otherwise")) {
        in.next();
        in.expect(TokenKind.COLON, "':'");
        otherwise = exprs.expr();
        break;
      }
      Token opToken = in.peek();
      Expr.BinaryOp op = exprs.comparison();
      if (op == null) {
        throw in.error(
            opToken,
            DiagnosticCode.TIER_WITHOUT_COMPARISON,
            TokenCursor.expectedButFound(Words.say("syntax.what.tier-start"), opToken),
            TokenCursor.suggestion(opToken, Set.of("otherwise")));
      }
      in.next();
      Expr threshold = exprs.expr();
      in.expect(TokenKind.COLON, "':'");
      tiers.add(new Rule.Tier(op, threshold, exprs.expr()));
    } while (in.accept(TokenKind.COMMA));
    in.expect(TokenKind.RBRACE, Words.say("syntax.what.close-tiers", "brace", "'}'"));
    if (tiers.isEmpty()) {
      throw in.error(t, DiagnosticCode.NO_TIERS, Words.say("syntax.no-tiers"));
    }
    return new Rule.Tiers(subject, tiers, otherwise == null ? zero() : otherwise);
  }

  /** {@code best of { … }} or {@code sum of { … }}: at least two rules. */
  private Rule combination(Token t) {
    boolean best = t.text().equals("best");
    in.next();
    in.expectKeyword("of");
    in.expect(TokenKind.LBRACE, "'{'");
    List<Rule> rules = new ArrayList<>();
    while (!in.at(TokenKind.RBRACE) && !in.at(TokenKind.EOF)) {
      if (!atRule()) {
        throw notARule(true);
      }
      rules.add(rule());
    }
    in.expect(TokenKind.RBRACE, "'}'");
    if (rules.size() < 2) {
      boolean merged =
          rules.size() == 1
              && rules.get(0) instanceof Rule.Cases
              && ((Rule.Cases) rules.get(0)).cases().size() > 1;
      throw in.error(
          t,
          DiagnosticCode.ONE_ALTERNATIVE,
          Words.say(
              "syntax.one-alternative", "combination", t.text() + " of", "count", rules.size()),
          merged ? List.of(Words.say("syntax.hint.score-lines-merge")) : List.of());
    }
    return best ? new Rule.MaxOf(rules) : new Rule.SumOf(rules);
  }

  /** {@code only if c1, c2 { rule }}. */
  private Rule gate() {
    in.next();
    in.expectKeyword("if");
    List<Expr> conditions = new ArrayList<>();
    do {
      conditions.add(exprs.expr());
    } while (in.accept(TokenKind.COMMA));
    in.expect(TokenKind.LBRACE, "'{'");
    if (!atRule()) {
      throw notARule(true);
    }
    Rule inner = rule();
    in.expect(TokenKind.RBRACE, "'}'");
    return new Rule.Gate(conditions, inner);
  }

  private static Expr zero() {
    return Expr.Number.of(Decimal.ZERO);
  }
}
