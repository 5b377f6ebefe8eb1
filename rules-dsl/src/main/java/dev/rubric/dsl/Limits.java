package dev.rubric.dsl;

/**
 * Limits on catalog text, enforced while parsing so that no text can exhaust memory or the stack.
 * Exceeding one gives an RB4xx diagnostic, never an exception.
 *
 * @param maxSourceChars the largest source, in UTF-16 characters (RB401)
 * @param maxDepth the deepest nesting of nodes, rules and expressions together (RB403)
 * @param maxNodes the most areas, criteria, bonus and penalty items (RB404)
 * @param maxExpressionNodes the most expression parts in the whole catalog (RB405)
 */
public record Limits(int maxSourceChars, int maxDepth, int maxNodes, int maxExpressionNodes) {

  /**
   * 4 Mi (4,194,304) UTF-16 characters of source, depth 64, 10,000 nodes, 200,000 expression parts.
   */
  public static final Limits DEFAULT = new Limits(4 << 20, 64, 10_000, 200_000);

  /**
   * Checks that every limit is positive.
   *
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public Limits {
    check("maxSourceChars", maxSourceChars);
    check("maxDepth", maxDepth);
    check("maxNodes", maxNodes);
    check("maxExpressionNodes", maxExpressionNodes);
  }

  private static void check(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + ": expected a positive limit but found " + value);
    }
  }
}
