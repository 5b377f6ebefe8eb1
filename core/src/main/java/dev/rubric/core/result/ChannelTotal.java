package dev.rubric.core.result;

import dev.rubric.core.Decimal;
import java.util.Objects;

/**
 * The points a unit earned in one {@link dev.rubric.core.catalog.Channel channel} (appraisal,
 * survey, system-measured) out of that channel's applicable maximum.
 *
 * @param earned the points earned; may be negative when the channel holds penalty nodes
 * @param applicableMax the channel's maximum after excluding not-applicable nodes; never negative
 */
public record ChannelTotal(Decimal earned, Decimal applicableMax) {

  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if {@code applicableMax} is negative
   */
  public ChannelTotal {
    Objects.requireNonNull(earned, "earned");
    Objects.requireNonNull(applicableMax, "applicableMax");
    if (applicableMax.signum() < 0) {
      throw new IllegalArgumentException(
          "applicableMax: expected a non-negative number of points but found " + applicableMax);
    }
  }
}
