package dev.rubric.testkit;

import java.text.Normalizer;

/**
 * A generator of strings over an {@link Alphabet}, created by {@link Gen#strings}.
 *
 * <p>Values are built character by character with a "one more character?" choice before each
 * optional character, so they shrink towards shorter strings of earlier alphabet characters. By
 * default strings are in the alphabet's own form (precomposed for the predefined alphabets); {@link
 * #nfd()} decomposes them, which is how text often arrives from macOS file names, some keyboards
 * and copy-paste. Instances are immutable and thread-safe.
 */
public final class StringGen extends Gen<String> {

  private final Alphabet alphabet;
  private final int minLength;
  private final int maxLength;

  StringGen(Alphabet alphabet, int minLength, int maxLength, boolean nfd) {
    super(
        description(alphabet, minLength, maxLength, nfd),
        draw(alphabet, minLength, maxLength, nfd));
    this.alphabet = alphabet;
    this.minLength = minLength;
    this.maxLength = maxLength;
  }

  /**
   * Returns a generator of the same strings in Unicode normalisation form D: every precomposed
   * letter is decomposed into its base letter and combining marks ({@code "ế"} becomes {@code "e"}
   * followed by U+0302 and U+0301). Lengths still count the characters before decomposition.
   * Normalising a value to NFC gives back a string over the alphabet.
   *
   * @return the decomposing generator
   */
  public StringGen nfd() {
    return new StringGen(alphabet, minLength, maxLength, true);
  }

  private static String description(Alphabet alphabet, int minLength, int maxLength, boolean nfd) {
    return "strings("
        + alphabet
        + ", "
        + minLength
        + ", "
        + maxLength
        + ")"
        + (nfd ? ".nfd()" : "");
  }

  private static Draw<String> draw(Alphabet alphabet, int minLength, int maxLength, boolean nfd) {
    double more = continueProbability(minLength, maxLength);
    return source -> {
      StringBuilder text = new StringBuilder();
      int length = 0;
      while (length < minLength || (length < maxLength && source.chooseBoolean(more))) {
        text.appendCodePoint(alphabet.codePointAt(Draws.index(source, alphabet.size())));
        length++;
      }
      String value = text.toString();
      return nfd ? Normalizer.normalize(value, Normalizer.Form.NFD) : value;
    };
  }
}
