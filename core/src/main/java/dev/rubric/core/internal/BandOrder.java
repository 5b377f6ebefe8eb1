package dev.rubric.core.internal;

import dev.rubric.core.Decimal;
import java.util.Optional;

/**
 * The rule for a catalog's classification bands, in one place: bands run from the highest down, the
 * first unbounded above, and each band ends exactly where the band above it starts (no gap, no
 * overlap); a band's lower bound is below its upper bound. The catalog model enforces it and the
 * DSL checker reports it (RB308); both ask here. Not part of the API.
 */
public final class BandOrder {
  private BandOrder() {}

  /** How a band meets the band above it (for the first band, the top of the scale). */
  public enum Join {
    /** It fits: the first band is unbounded above, or a band ends where the band above starts. */
    FITS,
    /** It is the first band but has an upper bound. */
    FIRST_BOUNDED_ABOVE,
    /** The band above it has no lower bound, so that band already covers every lower index. */
    AFTER_UNBOUNDED_BELOW,
    /** It is not the first band but has no upper bound. */
    UNBOUNDED_ABOVE,
    /** It ends below where the band above starts: the indexes in between have no band. */
    GAP,
    /** It ends above where the band above starts: the indexes in between are in both bands. */
    OVERLAP
  }

  /** Returns how the first (highest) band, ending at {@code to}, meets the top of the scale. */
  public static Join first(Optional<Decimal> to) {
    return to.isPresent() ? Join.FIRST_BOUNDED_ABOVE : Join.FITS;
  }

  /**
   * Returns how a band ending at {@code to} meets the band above it, which starts at {@code
   * aboveFrom}.
   */
  public static Join below(Optional<Decimal> aboveFrom, Optional<Decimal> to) {
    if (aboveFrom.isEmpty()) {
      return Join.AFTER_UNBOUNDED_BELOW;
    }
    if (to.isEmpty()) {
      return Join.UNBOUNDED_ABOVE;
    }
    int cmp = to.get().compareTo(aboveFrom.get());
    return cmp < 0 ? Join.GAP : cmp > 0 ? Join.OVERLAP : Join.FITS;
  }

  /**
   * Returns whether the band {@code [from, to)} holds no index: {@code from} is not below {@code
   * to}.
   */
  public static boolean isEmpty(Decimal from, Decimal to) {
    return !from.isLessThan(to);
  }
}
