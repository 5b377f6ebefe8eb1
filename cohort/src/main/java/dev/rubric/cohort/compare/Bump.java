package dev.rubric.cohort.compare;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A semantic-version bump: what a change requires of the catalog's version, or what two versions
 * declare. Ordered from the smallest.
 */
public enum Bump {
  /** No change. */
  NONE,
  /** Wording only: titles, labels. Scores, findings and evidence are unaffected. */
  PATCH,
  /** Compatible additions: an optional input, finding or recommendation text. Scores unaffected. */
  MINOR,
  /**
   * Scores of the same evidence may differ, or codes and evidence that held no longer do: points,
   * rules, applicability, nodes, required inputs, index, rounding, bands.
   */
  MAJOR;

  /** Returns the code used in JSON and CSV, e.g. {@code major}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns the larger of this and {@code other}. */
  public Bump max(Bump other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * Returns the bump from version {@code from} to version {@code to} (semantic versions, {@code
   * major.minor.patch} with an optional suffix): {@link #NONE} when they are equal or {@code to} is
   * not newer.
   */
  public static Bump between(String from, String to) {
    long[] a = parts(from);
    long[] b = parts(to);
    for (int i = 0; i < 3; i++) {
      if (b[i] != a[i]) {
        return b[i] < a[i] ? NONE : values()[3 - i];
      }
    }
    return NONE;
  }

  private static final Pattern VERSION =
      Pattern.compile("(\\d{1,18})\\.(\\d{1,18})\\.(\\d{1,18}).*");

  private static long[] parts(String version) {
    Matcher m = VERSION.matcher(version);
    long[] out = new long[3];
    if (m.matches()) {
      for (int i = 0; i < 3; i++) {
        out[i] = Long.parseLong(m.group(i + 1));
      }
    }
    return out;
  }
}
