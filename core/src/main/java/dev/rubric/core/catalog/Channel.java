package dev.rubric.core.catalog;

/** How a criterion's points are obtained. */
public enum Channel {
  /** Scored by an appraisal council from the unit's evidence (thẩm định). */
  APPRAISAL,
  /** Supplied by a sociological survey of citizens and organisations (điều tra xã hội học). */
  SURVEY,
  /** Measured automatically by an information system (e.g. the one-stop software). */
  SYSTEM_MEASURED;

  /**
   * Returns the keyword used in catalog text: {@code appraisal}, {@code survey}, {@code system}.
   */
  public String keyword() {
    return this == SYSTEM_MEASURED ? "system" : name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Returns the channel for a keyword.
   *
   * @throws IllegalArgumentException if {@code keyword} names no channel
   */
  public static Channel fromKeyword(String keyword) {
    for (Channel c : values()) {
      if (c.keyword().equals(keyword)) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "channel: expected appraisal, survey or system but found '" + keyword + "'");
  }
}
