package dev.rubric.testkit;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An ordered set of characters (Unicode code points) for {@link Gen#strings string generators}.
 *
 * <p>Order matters: the first character is the simplest, so a shrunk string consists of early
 * characters. The predefined alphabets put lowercase letters first. Instances are immutable and
 * thread-safe.
 */
public final class Alphabet {

  private static final String VIETNAMESE_LOWER = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
  private static final String VIETNAMESE_MARKED_LOWER = "ăâêôơư";
  private static final String VIETNAMESE_TONED_LOWER =
      "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

  /** The ASCII letters {@code a–z} and {@code A–Z}, lowercase first. */
  public static final Alphabet ASCII_LETTERS =
      named("ASCII_LETTERS", "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

  /** The ASCII digits {@code 0–9}. */
  public static final Alphabet ASCII_DIGITS = named("ASCII_DIGITS", "0123456789");

  /**
   * The 95 printable ASCII characters: letters (lowercase first), digits, then space and
   * punctuation.
   */
  public static final Alphabet ASCII_PRINTABLE =
      named(
          "ASCII_PRINTABLE",
          ASCII_LETTERS.characters()
              + ASCII_DIGITS.characters()
              + " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

  /**
   * The Vietnamese letters, lowercase then uppercase, all precomposed (NFC): the 29 letters of the
   * alphabet ({@code a ă â b c d đ e ê … ư v x y}) followed by the 60 vowels carrying a tone mark
   * ({@code à á ả ã ạ}, {@code ằ ắ ẳ ẵ ặ}, … {@code ỳ ý ỷ ỹ ỵ}).
   */
  public static final Alphabet VIETNAMESE_LETTERS =
      named("VIETNAMESE_LETTERS", bothCases(VIETNAMESE_LOWER + VIETNAMESE_TONED_LOWER));

  /**
   * The Vietnamese letters whose canonical (NFD) decomposition differs from their precomposed form:
   * {@code ă â ê ô ơ ư}, the 60 tone-marked vowels, and their uppercase forms. {@code đ} and {@code
   * Đ} are not included: Unicode encodes their stroke as part of the letter, so they have no
   * decomposed form.
   */
  public static final Alphabet VIETNAMESE_DIACRITIC_LETTERS =
      named(
          "VIETNAMESE_DIACRITIC_LETTERS",
          bothCases(VIETNAMESE_MARKED_LOWER + VIETNAMESE_TONED_LOWER));

  private final String name;
  private final int[] codePoints;

  private Alphabet(String name, int[] codePoints) {
    this.name = name;
    this.codePoints = codePoints;
  }

  /**
   * Returns the alphabet of the distinct code points of {@code characters}, in order of first
   * occurrence.
   *
   * @param characters the characters of the alphabet
   * @return the alphabet
   * @throws IllegalArgumentException if {@code characters} is empty
   */
  public static Alphabet of(String characters) {
    Objects.requireNonNull(characters, "characters");
    return named("Alphabet.of(" + ValueFormat.format(characters) + ")", characters);
  }

  /**
   * Returns the alphabet of this alphabet's characters followed by those of {@code other} that are
   * not already in it.
   *
   * @param other the characters to append
   * @return the combined alphabet
   */
  public Alphabet plus(Alphabet other) {
    Objects.requireNonNull(other, "other");
    return named(name + ".plus(" + other.name + ")", characters() + other.characters());
  }

  /**
   * Returns the number of characters in this alphabet.
   *
   * @return the number of distinct code points
   */
  public int size() {
    return codePoints.length;
  }

  /**
   * Returns whether {@code codePoint} belongs to this alphabet.
   *
   * @param codePoint a Unicode code point
   * @return {@code true} if the alphabet contains it
   */
  public boolean contains(int codePoint) {
    for (int c : codePoints) {
      if (c == codePoint) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the characters of this alphabet, in order, as one string.
   *
   * @return the characters
   */
  public String characters() {
    return new String(codePoints, 0, codePoints.length);
  }

  int codePointAt(int index) {
    return codePoints[index];
  }

  /** Returns whether {@code other} is an alphabet with the same characters in the same order. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Alphabet alphabet && Arrays.equals(codePoints, alphabet.codePoints);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codePoints);
  }

  /** Returns the name of a predefined alphabet, or the expression that built this one. */
  @Override
  public String toString() {
    return name;
  }

  private static Alphabet named(String name, String characters) {
    int[] distinct = characters.codePoints().distinct().toArray();
    if (distinct.length == 0) {
      throw new IllegalArgumentException("an alphabet needs at least one character");
    }
    return new Alphabet(name, distinct);
  }

  private static String bothCases(String lowercase) {
    return lowercase + lowercase.toUpperCase(Locale.ROOT);
  }
}
