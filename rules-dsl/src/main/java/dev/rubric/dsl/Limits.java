package dev.rubric.dsl;

/**
 * Limits on catalog text, enforced while parsing so that no text can exhaust memory or the stack.
 * Exceeding one gives an RB4xx diagnostic, never an exception.
 *
 * @param maxSourceChars the largest source, in UTF-16 characters (RB401)
 * @param maxDepth the deepest nesting of nodes, rules and expressions together (RB403)
 * @param maxNodes the most areas, criteria, bonus and penalty items (RB404)
 * @param maxExpressionNodes the most expression parts in the whole catalog (RB405)
 * @param maxExpressionDepth the deepest expression tree (RB403): {@code a / b / c} is 3 levels
 *     deep, one per operator of a chain and one per nested call, parenthesis or operand, since
 *     every pass after the parser walks expressions recursively
 */
public record Limits(
    int maxSourceChars,
    int maxDepth,
    int maxNodes,
    int maxExpressionNodes,
    int maxExpressionDepth) {

  /** The default {@link #maxExpressionDepth}: 256 levels. */
  public static final int DEFAULT_MAX_EXPRESSION_DEPTH = 256;

  /**
   * 4 Mi (4,194,304) UTF-16 characters of source, depth 64, 10,000 nodes, 200,000 expression parts,
   * expressions 256 levels deep.
   */
  public static final Limits DEFAULT =
      new Limits(4 << 20, 64, 10_000, 200_000, DEFAULT_MAX_EXPRESSION_DEPTH);

  /**
   * Returns limits with the default {@link #maxExpressionDepth}, {@value
   * #DEFAULT_MAX_EXPRESSION_DEPTH}.
   *
   * @throws IllegalArgumentException if a limit is less than 1
   */
  public Limits(int maxSourceChars, int maxDepth, int maxNodes, int maxExpressionNodes) {
    this(maxSourceChars, maxDepth, maxNodes, maxExpressionNodes, DEFAULT_MAX_EXPRESSION_DEPTH);
  }

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
    check("maxExpressionDepth", maxExpressionDepth);
  }

  private static void check(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(field + ": expected a positive limit but found " + value);
    }
  }
}
