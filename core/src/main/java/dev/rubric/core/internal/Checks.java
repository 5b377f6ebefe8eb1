package dev.rubric.core.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Invariant checks shared by value constructors. Not part of the API.
 *
 * <p>Every failure is an {@link IllegalArgumentException} whose message names the field, the rule
 * and the value: {@code "<field>: expected <rule> but found <value>"}.
 */
public final class Checks {
  private Checks() {}

  /** The earliest date a Rubric value accepts. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date a Rubric value accepts. */
  public static final LocalDate MAX_DATE = LocalDate.of(2199, 12, 31);

  /**
   * Returns {@code date} after checking it lies within {@link #MIN_DATE} and {@link #MAX_DATE}.
   * Dates outside that range are typing errors (a year {@code 202} or {@code 20222}), never data.
   */
  public static LocalDate date(String field, LocalDate date) {
    Objects.requireNonNull(date, field);
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new IllegalArgumentException(
          field
              + ": expected a date between "
              + MIN_DATE
              + " and "
              + MAX_DATE
              + " but found "
              + date);
    }
    return date;
  }

  /** Returns {@code dateTime} after checking its local date with {@link #date}. */
  public static OffsetDateTime dateTime(String field, OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, field);
    if (dateTime.toLocalDate().isBefore(MIN_DATE) || dateTime.toLocalDate().isAfter(MAX_DATE)) {
      throw new IllegalArgumentException(
          field
              + ": expected a date-time between "
              + MIN_DATE
              + " and "
              + MAX_DATE
              + " but found "
              + dateTime);
    }
    return dateTime;
  }

  /**
   * Returns {@code s} in NFC after checking it is an identifier: a letter or {@code '_'} followed
   * by letters, digits or {@code '_'} (the rule the catalog applies to input keys).
   */
  public static String identifier(String field, String s) {
    String n = Text.code(field, s);
    if (!isIdentifier(n)) {
      throw new IllegalArgumentException(
          field + ": expected an identifier (letters, digits, '_') but found '" + n + "'");
    }
    return n;
  }

  /**
   * Returns whether {@code s} is an identifier: a letter or {@code '_'} followed by letters, digits
   * or {@code '_'}, letters and digits in the Unicode sense.
   */
  public static boolean isIdentifier(String s) {
    return !s.isEmpty()
        && (Character.isLetter(s.codePointAt(0)) || s.charAt(0) == '_')
        && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  /**
   * Returns {@code s} in NFC after checking it is a lowercase ASCII code such as {@code "commune"}
   * or {@code "thi_tran"}: a letter {@code a-z} followed by {@code a-z}, {@code 0-9} or {@code
   * '_'}.
   */
  public static String lowercaseCode(String field, String s) {
    String n = Text.code(field, s);
    if (!n.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException(
          field
              + ": expected a lowercase code such as 'commune' or 'thi_tran' (a-z, 0-9, '_') but found '"
              + n
              + "'");
    }
    return n;
  }
}
