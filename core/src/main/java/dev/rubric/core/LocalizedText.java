package dev.rubric.core;

import dev.rubric.core.internal.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * Text in Vietnamese, the authoritative language, with an optional English translation. Both are
 * NFC-normalised on construction.
 *
 * @param vi the Vietnamese text; never blank
 * @param en the English translation, if any
 */
public record LocalizedText(String vi, Optional<String> en) {

  /**
   * Checks that neither text is blank and normalises both to NFC.
   *
   * @throws IllegalArgumentException if {@code vi} or the translation is blank
   * @throws NullPointerException if {@code vi} or {@code en} is null
   */
  public LocalizedText {
    vi = Text.nonBlank("vi", vi);
    Objects.requireNonNull(en, "en");
    en = en.map(e -> Text.nonBlank("en", e));
  }

  /** Returns Vietnamese text with no translation. */
  public static LocalizedText of(String vi) {
    return new LocalizedText(vi, Optional.empty());
  }

  /** Returns Vietnamese text with its English translation. */
  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, Optional.of(en));
  }

  /**
   * Returns the text in {@code language}, falling back to Vietnamese when there is no translation.
   */
  public String in(Language language) {
    return language == Language.EN ? en.orElse(vi) : vi;
  }
}
