package dev.rubric.core.internal;

import java.text.Normalizer;
import java.util.Objects;

/** Text helpers shared by value constructors. Not part of the API. */
public final class Text {
  private Text() {}

  /**
   * Returns {@code s} in Unicode normalisation form C. Every string that enters a Rubric value
   * (codes, names, titles, messages) passes through here, so that text typed with combining marks
   * (NFD, as some keyboards and macOS file names produce) equals the precomposed form.
   */
  public static String nfc(String s) {
    Objects.requireNonNull(s, "s");
    return Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Returns {@code s} in NFC after checking it is a non-blank code without surrounding whitespace.
   *
   * @param field the field name used in the exception message
   * @throws IllegalArgumentException if {@code s} is blank or has leading or trailing whitespace
   */
  public static String code(String field, String s) {
    Objects.requireNonNull(s, field);
    String n = nfc(s);
    if (n.isBlank() || !n.strip().equals(n)) {
      throw new IllegalArgumentException(
          field + ": expected a non-blank code without surrounding spaces but found '" + n + "'");
    }
    return n;
  }

  /** Returns {@code s} in NFC after checking it is not blank. */
  public static String nonBlank(String field, String s) {
    Objects.requireNonNull(s, field);
    String n = nfc(s);
    if (n.isBlank()) {
      throw new IllegalArgumentException(field + ": expected non-blank text but found '" + n + "'");
    }
    return n;
  }
}
