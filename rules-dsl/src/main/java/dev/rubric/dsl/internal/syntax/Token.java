package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.diagnostic.SourceSpan;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One token of {@code .rubric} source.
 *
 * <p>{@code text} is the source text of the token, except for {@link TokenKind#IDENT} (the name in
 * Unicode NFC, so that an identifier typed with combining marks equals the precomposed one) and
 * {@link TokenKind#STRING} (the decoded value without quotes, in NFC). {@code span} always covers
 * the token in the source as written.
 *
 * @param kind the kind
 * @param text the text, as described above
 * @param span where the token is in the source
 * @param number the exact value of a {@link TokenKind#NUMBER} or {@link TokenKind#PERCENT} ({@code
 *     98%} is {@code 0.98}); {@code null} for other kinds
 * @param date the value of a {@link TokenKind#DATE}; {@code null} for other kinds
 */
public record Token(
    TokenKind kind,
    String text,
    SourceSpan span,
    @Nullable BigDecimal number,
    @Nullable LocalDate date) {

  /**
   * Checks that the value components match the kind.
   *
   * @throws IllegalArgumentException if {@code number} is missing for a numeric kind or present for
   *     another, or likewise {@code date} for {@link TokenKind#DATE}
   */
  public Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if ((number != null) != kind.isNumeric() || (date != null) != (kind == TokenKind.DATE)) {
      throw new IllegalArgumentException(
          "token: value does not match kind "
              + kind
              + " (number="
              + number
              + ", date="
              + date
              + ")");
    }
  }

  /** Returns a token without a value, of any kind except NUMBER, PERCENT and DATE. */
  public static Token of(TokenKind kind, String text, SourceSpan span) {
    return new Token(kind, text, span, null, null);
  }

  /** Returns a NUMBER or PERCENT token with its exact value. */
  public static Token ofNumber(TokenKind kind, String text, SourceSpan span, BigDecimal value) {
    return new Token(kind, text, span, Objects.requireNonNull(value, "value"), null);
  }

  /** Returns a DATE token with its value. */
  public static Token ofDate(String text, SourceSpan span, LocalDate value) {
    return new Token(TokenKind.DATE, text, span, null, Objects.requireNonNull(value, "value"));
  }

  /**
   * Returns the value of a {@link TokenKind#NUMBER} or {@link TokenKind#PERCENT} token.
   *
   * @throws IllegalStateException if the token is of another kind
   */
  public BigDecimal numberValue() {
    if (number == null) {
      throw new IllegalStateException("token: " + kind + " has no number");
    }
    return number;
  }

  /**
   * Returns the value of a {@link TokenKind#DATE} token.
   *
   * @throws IllegalStateException if the token is of another kind
   */
  public LocalDate dateValue() {
    if (date == null) {
      throw new IllegalStateException("token: " + kind + " has no date");
    }
    return date;
  }

  /** Returns whether this token is an {@link TokenKind#IDENT} with text {@code word}. */
  public boolean isWord(String word) {
    return kind == TokenKind.IDENT && text.equals(word);
  }
}
