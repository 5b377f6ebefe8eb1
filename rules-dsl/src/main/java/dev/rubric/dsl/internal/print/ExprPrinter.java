package dev.rubric.dsl.internal.print;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Expr;
import java.util.StringJoiner;

/**
 * Prints expressions in canonical {@code .rubric} form with the fewest parentheses that keep the
 * meaning: {@code parse(print(e))} equals {@code e}.
 */
public final class ExprPrinter {
  private ExprPrinter() {}

  /** Returns the canonical text of {@code e}. */
  public static String print(Expr e) {
    StringBuilder sb = new StringBuilder();
    print(e, 0, sb);
    return sb.toString();
  }

  /** Returns a string literal with quotes and escapes. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                  if (c < 0x20 || c == 0x7f) {
                    sb.append("\\u{").append(Integer.toHexString(c)).append('}');
                  } else {
                    sb.appendCodePoint(c);
                  }
                }
              }
            });
    return sb.append('"').toString();
  }

  /** Returns a number literal: {@code 0.98} as written percent gives {@code 98%}. */
  public static String number(Decimal value, boolean percent) {
    return percent ? value.times(Decimal.HUNDRED).toString() + "%" : value.toString();
  }

  private static final int UNARY = 7;
  private static final int POSTFIX = 8;

  private static void print(Expr e, int context, StringBuilder sb) {
    e.accept(
        new Expr.Visitor<Void>() {
          @Override
          public Void visitNumber(Expr.Number n) {
            boolean negative = n.value().signum() < 0;
            if (negative && context > 0) {
              sb.append('(').append(number(n.value(), n.percent())).append(')');
            } else {
              sb.append(number(n.value(), n.percent()));
            }
            return null;
          }

          @Override
          public Void visitStr(Expr.Str n) {
            sb.append(quote(n.value()));
            return null;
          }

          @Override
          public Void visitBool(Expr.Bool n) {
            sb.append(n.value());
            return null;
          }

          @Override
          public Void visitDate(Expr.DateLit n) {
            sb.append(n.value());
            return null;
          }

          @Override
          public Void visitRef(Expr.Ref n) {
            sb.append(n.name());
            return null;
          }

          @Override
          public Void visitField(Expr.Field n) {
            print(n.target(), POSTFIX, sb);
            sb.append('.').append(n.name());
            return null;
          }

          @Override
          public Void visitUnary(Expr.Unary n) {
            int prec = n.op() == Expr.UnaryOp.NOT ? 3 : UNARY;
            boolean parens = context > prec;
            if (parens) {
              sb.append('(');
            }
            sb.append(n.op() == Expr.UnaryOp.NOT ? "not " : "-");
            if (n.op() == Expr.UnaryOp.NEG && n.operand() instanceof Expr.Number) {
              // "-3" would read back as the literal -3, not as negation of 3
              sb.append('(').append(print(n.operand())).append(')');
            } else {
              print(n.operand(), n.op() == Expr.UnaryOp.NOT ? 3 : UNARY, sb);
            }
            if (parens) {
              sb.append(')');
            }
            return null;
          }

          @Override
          public Void visitBinary(Expr.Binary n) {
            int prec = n.op().precedence();
            // Comparisons sit between 'not' (3) and arithmetic; shift so that not < comparison.
            int p = effective(prec);
            boolean parens = context > p || (context == p && n.op().isComparison());
            if (parens) {
              sb.append('(');
            }
            print(n.left(), n.op().isComparison() ? p + 1 : p, sb);
            sb.append(' ').append(n.op().symbol()).append(' ');
            print(n.right(), p + 1, sb);
            if (parens) {
              sb.append(')');
            }
            return null;
          }

          @Override
          public Void visitCall(Expr.Call n) {
            StringJoiner j = new StringJoiner(", ", n.function().keyword() + "(", ")");
            for (Expr a : n.args()) {
              j.add(print(a));
            }
            sb.append(j);
            return null;
          }

          @Override
          public Void visitIn(Expr.In n) {
            boolean parens = context > effective(3);
            if (parens) {
              sb.append('(');
            }
            print(n.value(), effective(4), sb);
            StringJoiner j = new StringJoiner(", ", " in [", "]");
            for (Expr o : n.options()) {
              StringBuilder o1 = new StringBuilder();
              print(o, effective(4), o1);
              j.add(o1);
            }
            sb.append(j);
            if (parens) {
              sb.append(')');
            }
            return null;
          }

          @Override
          public Void visitIf(Expr.If n) {
            boolean parens = context > 0;
            if (parens) {
              sb.append('(');
            }
            sb.append("if ")
                .append(print(n.condition()))
                .append(" then ")
                .append(print(n.then()))
                .append(" else ");
            print(n.otherwise(), 0, sb);
            if (parens) {
              sb.append(')');
            }
            return null;
          }
        });
  }

  /**
   * Maps operator precedence to printing levels: or 1, and 2, not 3, comparison/in 4, additive 5,
   * multiplicative 6 (unary minus binds tighter still).
   */
  private static int effective(int precedence) {
    return precedence <= 2 ? precedence : precedence + 1;
  }
}
