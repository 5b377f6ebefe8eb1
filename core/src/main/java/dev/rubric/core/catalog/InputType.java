package dev.rubric.core.catalog;

import java.util.Locale;

/** The type of a declared catalog input, and of the evidence that answers it. */
public enum InputType {
  /** A document: number, title, issue date, issuer. */
  DOCUMENT,
  /** A non-negative whole number. */
  COUNT,
  /** A decimal amount with a unit (e.g. million VND). */
  QUANTITY,
  /** A proportion: numerator of denominator, e.g. 412 of 420 dossiers on time. */
  RATIO,
  /** Yes or no. */
  FLAG,
  /** One option of a declared list, e.g. the role of a committee head. */
  CHOICE,
  /** A calendar date. */
  DATE,
  /** Free text; never scored, only tested for presence. */
  TEXT;

  /** Returns the keyword used in {@code .rubric} files and JSON, e.g. {@code "ratio"}. */
  public String keyword() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the type for a keyword, if there is one. */
  public static java.util.Optional<InputType> fromKeyword(String keyword) {
    for (InputType t : values()) {
      if (t.keyword().equals(keyword)) {
        return java.util.Optional.of(t);
      }
    }
    return java.util.Optional.empty();
  }
}
