package dev.rubric.core.diagnostic;

import dev.rubric.core.internal.Text;
import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * "Did you mean" suggestions for unknown names.
 *
 * <p>{@link #closest} compares names case-insensitively, both as written and with Vietnamese
 * diacritics removed ({@code đ} becomes {@code d}), so {@code ho_so_dung_hn} suggests {@code
 * ho_so_dung_han} and {@code hồ_sơ} suggests {@code ho_so}. Distances are Damerau–Levenshtein
 * distances in the optimal-string-alignment variant (an adjacent transposition costs 1), counted in
 * code points of the NFC text.
 */
public final class Suggestions {

  /*
   * Implementation notes: the distance of a candidate is the smaller of its distance to the found
   * name with and without diacritics, both lowercased (Locale.ROOT). A candidate qualifies when that
   * distance is at most max(1, length / 3), where length is the code-point length of the found
   * name. The winner has the smallest distance, then the smallest distance as written (so an
   * accented candidate that matches the accents typed wins over one that only matches without
   * them), then the smallest String.compareTo order; the result is therefore independent of the
   * iteration order of the candidates. Candidates whose length differs from the found name's by
   * more than the threshold are skipped without computing a distance.
   */

  private Suggestions() {}

  /**
   * Returns the candidate closest to {@code found}, if one is close enough to be a likely typo.
   * Candidates equal to {@code found} are ignored.
   */
  public static Optional<String> closest(String found, Collection<String> candidates) {
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(candidates, "candidates");
    String name = Text.nfc(found);
    int[] plain = codePoints(name.toLowerCase(Locale.ROOT));
    int[] stripped = codePoints(stripDiacritics(name));
    int threshold = Math.max(1, plain.length / 3);
    @Nullable String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int bestPlain = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      Objects.requireNonNull(candidate, "candidate");
      String c = Text.nfc(candidate);
      if (c.equals(name)) {
        continue;
      }
      int[] cPlain = codePoints(c.toLowerCase(Locale.ROOT));
      int[] cStripped = codePoints(stripDiacritics(c));
      if (Math.abs(cPlain.length - plain.length) > threshold
          && Math.abs(cStripped.length - stripped.length) > threshold) {
        continue;
      }
      int dPlain = distance(plain, cPlain);
      int d = Math.min(dPlain, distance(stripped, cStripped));
      if (d > threshold) {
        continue;
      }
      if (best == null
          || d < bestDistance
          || (d == bestDistance && dPlain < bestPlain)
          || (d == bestDistance && dPlain == bestPlain && c.compareTo(best) < 0)) {
        best = c;
        bestDistance = d;
        bestPlain = dPlain;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns the hint {@code "did you mean 'x'?"} for the {@linkplain #closest closest} candidate,
   * if there is one.
   */
  public static Optional<String> didYouMean(String found, Collection<String> candidates) {
    return closest(found, candidates).map(c -> "did you mean '" + c + "'?");
  }

  /**
   * Returns the optimal-string-alignment distance between {@code a} and {@code b}: the number of
   * insertions, deletions, substitutions and adjacent transpositions of code points, where no
   * substring is edited twice.
   */
  static int distance(String a, String b) {
    return distance(codePoints(a), codePoints(b));
  }

  private static int distance(int[] a, int[] b) {
    int[] prev2 = new int[b.length + 1];
    int[] prev = new int[b.length + 1];
    int[] cur = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int cost = a[i - 1] == b[j - 1] ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
          d = Math.min(d, prev2[j - 2] + 1);
        }
        cur[j] = d;
      }
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length];
  }

  /**
   * Returns {@code s} lowercased without combining marks, with {@code đ} and {@code Đ} as {@code
   * d}.
   */
  static String stripDiacritics(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue;
      }
      if (cp == '\u0111' || cp == '\u0110') {
        cp = 'd';
      }
      out.appendCodePoint(cp);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static int[] codePoints(String s) {
    return s.codePoints().toArray();
  }
}
