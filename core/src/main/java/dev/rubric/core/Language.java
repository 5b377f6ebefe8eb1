package dev.rubric.core;

import java.util.Locale;

/** The languages Rubric renders text in. Vietnamese is authoritative; English is a translation. */
public enum Language {
  /** Vietnamese ({@code vi}). */
  VI,
  /** English ({@code en}). */
  EN;

  /** Returns the BCP 47 tag, {@code "vi"} or {@code "en"}. */
  public String tag() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns the language for a tag such as {@code "vi"} or {@code "en"}.
   *
   * @throws IllegalArgumentException for any other tag
   */
  public static Language fromTag(String tag) {
    for (Language l : values()) {
      if (l.tag().equalsIgnoreCase(tag)) {
        return l;
      }
    }
    throw new IllegalArgumentException("language: expected 'vi' or 'en' but found '" + tag + "'");
  }
}
