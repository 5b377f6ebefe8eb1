package dev.rubric.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Text helpers shared by value constructors. Not part of the API. */
public final class Text {
  private static final Pattern SEMANTIC_VERSION =
      Pattern.compile("\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.-]+)?");

  private Text() {}

  /**
   * Returns {@code s} in Unicode normalisation form C. Every string that enters a Rubric value
   * (codes, names, titles, messages) passes through here, so that text typed with combining marks
   * (NFD, as some keyboards and macOS file names produce) equals the precomposed form.
   *
   * @throws IllegalArgumentException if {@code s} holds a NUL character or a lone surrogate
   */
  public static String nfc(String s) {
    Objects.requireNonNull(s, "s");
    if (isPlainlyNfc(s)) {
      return s;
    }
    checkCharacters(s);
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Returns what makes {@code s} unfit to be text, if anything: {@code "a NUL character (U+0000)"}
   * or {@code "a lone surrogate U+D83D"}, which no Rubric value may hold.
   */
  public static Optional<String> badCharacter(String s) {
    int i = badCharacterAt(s);
    if (i < 0) {
      return Optional.empty();
    }
    return Optional.of(
        s.charAt(i) == 0
            ? "a NUL character (U+0000)"
            : String.format(Locale.ROOT, "a lone surrogate U+%04X", (int) s.charAt(i)));
  }

  /** Returns the index of the first NUL character or lone surrogate in {@code s}, or -1. */
  private static int badCharacterAt(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0) {
        return i;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Checks that {@code s} has no NUL character and no lone surrogate: text that no Rubric reader
   * accepts and that could not be written back as UTF-8 (or that a C string would cut short), so a
   * value holding it could be written but not read again.
   *
   * @throws IllegalArgumentException naming the character and its index if it has one
   */
  private static void checkCharacters(String s) {
    int i = badCharacterAt(s);
    if (i < 0) {
      return;
    }
    if (s.charAt(i) == 0) {
      throw new IllegalArgumentException(
          "text: expected no NUL character (U+0000) but found one at index " + i);
    }
    throw new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "text: expected Unicode characters but found a lone surrogate U+%04X at index %d",
            (int) s.charAt(i),
            i));
  }

  /*
   * A cheap sufficient test, run before the full check: every character below U+0300 and every
   * character of Latin Extended Additional (U+1E00–U+1EFF, the precomposed Vietnamese letters such
   * as ạ, ế, ữ) has NFC_Quick_Check=Yes and is not a combining mark, so a string made only of them
   * is already in NFC. Anything else (combining marks from U+0300 up, other scripts) takes the full
   * check. Most Vietnamese and English text passes here without touching the normaliser.
   */
  private static boolean isPlainlyNfc(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == 0 || (c >= 0x300 && (c < 0x1E00 || c > 0x1EFF))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether {@code s} is an identifier (an input, attribute, let or option name): a letter
   * or '_', then letters, digits or '_'. The model's constructors and the DSL's checker both use
   * this rule, so a name the checker accepts never fails construction.
   */
  public static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (!(Character.isLetter(first) || first == '_')) {
      return false;
    }
    return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }

  /**
   * Returns whether {@code s} is a semantic version such as {@code 2022.1.0} (the patch number is
   * optional, a pre-release or build suffix allowed). The catalog model and the DSL's checker both
   * use this rule.
   */
  public static boolean isSemanticVersion(String s) {
    return SEMANTIC_VERSION.matcher(s).matches();
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
