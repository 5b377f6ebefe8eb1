package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses expressions by recursive descent, one method per precedence level from {@code or} (lowest)
 * down to literals, names, calls and parentheses. Every expression part made is counted against
 * {@link dev.rubric.dsl.Limits#maxExpressionNodes()} and its span recorded.
 */
final class ExprParser {
  private final TokenCursor in;
  private final WrittenAt written;
  private int exprCount;

  ExprParser(TokenCursor in, WrittenAt written) {
    this.in = in;
    this.written = written;
  }

  Expr expr() {
    Token start = in.peek();
    in.enter(start);
    try {
      return or();
    } finally {
      in.leave();
    }
  }

  /**
   * Returns the comparison operator at the cursor, without consuming it, or null if there is none.
   */
  Expr.@Nullable BinaryOp comparison() {
    return switch (in.peek().kind()) {
      case GE -> Expr.BinaryOp.GE;
      case GT -> Expr.BinaryOp.GT;
      case LE -> Expr.BinaryOp.LE;
      case LT -> Expr.BinaryOp.LT;
      case EQ -> Expr.BinaryOp.EQ;
      case NE -> Expr.BinaryOp.NE;
      default -> null;
    };
  }

  /**
   * The depth of every expression built so far (a leaf is 1): a chain such as {@code a / b / c}
   * parses in a loop but nests one level per operator, and every pass after the parser walks
   * expressions recursively, so the depth of the tree is what is limited, not only the nesting of
   * parentheses.
   */
  private final IdentityHashMap<Expr, Integer> depths = new IdentityHashMap<>();

  private int depth(Expr e) {
    Integer d = depths.get(e);
    return d == null ? 1 : d;
  }

  private int childDepth(Expr e) {
    if (e instanceof Expr.Field f) {
      return depth(f.target());
    }
    if (e instanceof Expr.Unary u) {
      return depth(u.operand());
    }
    if (e instanceof Expr.Binary b) {
      return Math.max(depth(b.left()), depth(b.right()));
    }
    if (e instanceof Expr.Call c) {
      return deepest(c.args());
    }
    if (e instanceof Expr.In i) {
      return Math.max(depth(i.value()), deepest(i.options()));
    }
    if (e instanceof Expr.If i) {
      return Math.max(depth(i.condition()), Math.max(depth(i.then()), depth(i.otherwise())));
    }
    return 0;
  }

  private int deepest(List<Expr> es) {
    int d = 0;
    for (Expr e : es) {
      d = Math.max(d, depth(e));
    }
    return d;
  }

  private Expr counted(Expr e, Token start) {
    int d = 1 + childDepth(e);
    if (d > in.limits().maxExpressionDepth()) {
      in.limit(
          start,
          DiagnosticCode.TOO_DEEP,
          Words.say("syntax.expression-too-deep", "limit", in.limits().maxExpressionDepth()));
    }
    if (d > 1) {
      depths.put(e, d);
    }
    if (++exprCount > in.limits().maxExpressionNodes()) {
      in.limit(
          start,
          DiagnosticCode.TOO_MANY_EXPRESSION_PARTS,
          Words.say("syntax.too-many-expression-parts", "limit", in.limits().maxExpressionNodes()));
    }
    return written.put(e, start.span().to(in.previous().span()));
  }

  private Expr or() {
    Token start = in.peek();
    Expr left = and();
    while (in.isKeyword("or")) {
      in.next();
      left = counted(new Expr.Binary(Expr.BinaryOp.OR, left, and()), start);
    }
    return left;
  }

  private Expr and() {
    Token start = in.peek();
    Expr left = not();
    while (in.isKeyword("and")) {
      in.next();
      left = counted(new Expr.Binary(Expr.BinaryOp.AND, left, not()), start);
    }
    return left;
  }

  private Expr not() {
    Token start = in.peek();
    if (in.isKeyword("not")) {
      in.next();
      in.enter(start);
      try {
        return counted(new Expr.Unary(Expr.UnaryOp.NOT, not()), start);
      } finally {
        in.leave();
      }
    }
    return comparisonExpr();
  }

  private Expr comparisonExpr() {
    Token start = in.peek();
    Expr left = additive();
    Expr.BinaryOp op = comparison();
    if (op != null) {
      in.next();
      Expr right = additive();
      Expr result = counted(new Expr.Binary(op, left, right), start);
      if (comparison() != null) {
        throw in.error(
            in.peek(),
            DiagnosticCode.CHAINED_COMPARISON,
            Words.say("syntax.chained-comparison", "found", TokenCursor.describe(in.peek())),
            Words.say("syntax.hint.chained-comparison"));
      }
      return result;
    }
    if (in.isKeyword("in")) {
      in.next();
      in.expect(TokenKind.LBRACKET, "'['");
      List<Expr> options = new ArrayList<>();
      do {
        if (in.at(TokenKind.RBRACKET)) {
          break;
        }
        options.add(additive());
      } while (in.accept(TokenKind.COMMA));
      in.expect(TokenKind.RBRACKET, "']'");
      return counted(new Expr.In(left, options), start);
    }
    return left;
  }

  private Expr additive() {
    Token start = in.peek();
    Expr left = multiplicative();
    while (in.at(TokenKind.PLUS) || in.at(TokenKind.MINUS)) {
      Token t = in.next();
      Expr.BinaryOp op = t.kind() == TokenKind.PLUS ? Expr.BinaryOp.ADD : Expr.BinaryOp.SUB;
      left = counted(new Expr.Binary(op, left, multiplicative()), start);
    }
    return left;
  }

  private Expr multiplicative() {
    Token start = in.peek();
    Expr left = unary();
    while (in.at(TokenKind.STAR) || in.at(TokenKind.SLASH)) {
      Token t = in.next();
      Expr.BinaryOp op = t.kind() == TokenKind.STAR ? Expr.BinaryOp.MUL : Expr.BinaryOp.DIV;
      left = counted(new Expr.Binary(op, left, unary()), start);
    }
    return left;
  }

  private Expr unary() {
    Token start = in.peek();
    if (in.at(TokenKind.MINUS)) {
      in.next();
      Token n = in.peek();
      if (n.kind() == TokenKind.NUMBER || n.kind() == TokenKind.PERCENT) {
        // A negative literal such as -3; "-(3)" stays a negation.
        in.next();
        return counted(
            new Expr.Number(Decimal.of(n.numberValue()).negate(), n.kind() == TokenKind.PERCENT),
            start);
      }
      in.enter(start);
      try {
        Expr operand = unary();
        return counted(new Expr.Unary(Expr.UnaryOp.NEG, operand), start);
      } finally {
        in.leave();
      }
    }
    return postfix();
  }

  private Expr postfix() {
    Token start = in.peek();
    Expr e = primary();
    while (in.at(TokenKind.DOT)) {
      in.next();
      String field = in.identifier(Words.say("syntax.what.field-name"));
      e = counted(new Expr.Field(e, field), start);
    }
    return e;
  }

  private Expr primary() {
    Token t = in.peek();
    switch (t.kind()) {
      case NUMBER -> {
        in.next();
        return counted(new Expr.Number(Decimal.of(t.numberValue()), false), t);
      }
      case PERCENT -> {
        in.next();
        return counted(new Expr.Number(Decimal.of(t.numberValue()), true), t);
      }
      case STRING -> {
        in.next();
        return counted(new Expr.Str(t.text()), t);
      }
      case DATE -> {
        in.next();
        return counted(new Expr.DateLit(t.dateValue()), t);
      }
      case LPAREN -> {
        in.next();
        Expr inner = expr();
        in.expect(TokenKind.RPAREN, "')'");
        return inner;
      }
      case IDENT -> {
        return identifierExpr(t);
      }
      case ERROR -> {
        // The lexer already reported this literal; stand in a zero so that one mistake gives one
        // diagnostic.
        in.next();
        return counted(Expr.Number.of(Decimal.ZERO), t);
      }
      default ->
          throw in.error(
              t,
              DiagnosticCode.EXPECTED_VALUE,
              TokenCursor.expectedButFound(Words.say("syntax.what.value"), t));
    }
  }

  private Expr identifierExpr(Token t) {
    String name = t.text();
    switch (name) {
      case "true" -> {
        in.next();
        return counted(new Expr.Bool(true), t);
      }
      case "false" -> {
        in.next();
        return counted(new Expr.Bool(false), t);
      }
      case "if" -> {
        in.next();
        Expr condition = expr();
        in.expectKeyword("then");
        Expr then = expr();
        in.expectKeyword("else");
        Expr otherwise = expr();
        return counted(new Expr.If(condition, then, otherwise), t);
      }
      default -> {}
    }
    in.next();
    if (in.at(TokenKind.LPAREN)) {
      Optional<Expr.Function> f = Expr.Function.fromKeyword(name);
      if (f.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Expr.Function fn : Expr.Function.values()) {
          names.add(fn.keyword());
        }
        throw in.error(
            t,
            DiagnosticCode.UNKNOWN_FUNCTION,
            Words.say(
                "syntax.unknown-function", "name", name, "functions", String.join(", ", names)),
            TokenCursor.suggestion(t, Set.copyOf(names)));
      }
      in.next();
      List<Expr> args = new ArrayList<>();
      if (!in.at(TokenKind.RPAREN)) {
        do {
          args.add(expr());
        } while (in.accept(TokenKind.COMMA));
      }
      in.expect(TokenKind.RPAREN, "')'");
      return counted(new Expr.Call(f.get(), args), t);
    }
    return counted(new Expr.Ref(name), t);
  }
}
