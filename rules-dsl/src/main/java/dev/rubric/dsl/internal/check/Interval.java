package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import org.jspecify.annotations.Nullable;

/**
 * A closed range of numbers for static bound checks; a {@code null} bound is infinite. Used to
 * prove that a rule cannot award more than its max or less than its floor.
 */
record Interval(@Nullable Decimal lo, @Nullable Decimal hi) {
  static final Interval ALL = new Interval(null, null);
  static final Interval NON_NEGATIVE = new Interval(Decimal.ZERO, null);

  static Interval of(Decimal value) {
    return new Interval(value, value);
  }

  Interval union(Interval o) {
    return new Interval(
        lo == null || o.lo == null ? null : lo.min(o.lo),
        hi == null || o.hi == null ? null : hi.max(o.hi));
  }

  Interval plus(Interval o) {
    return new Interval(
        lo == null || o.lo == null ? null : lo.plus(o.lo),
        hi == null || o.hi == null ? null : hi.plus(o.hi));
  }

  Interval negate() {
    return new Interval(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
  }

  Interval minus(Interval o) {
    return plus(o.negate());
  }

  Interval minWith(Interval o) {
    return new Interval(
        lo == null || o.lo == null ? null : lo.min(o.lo),
        hi == null ? o.hi : o.hi == null ? hi : hi.min(o.hi));
  }

  Interval maxWith(Interval o) {
    return new Interval(
        lo == null ? o.lo : o.lo == null ? lo : lo.max(o.lo),
        hi == null || o.hi == null ? null : hi.max(o.hi));
  }

  Interval times(Interval o) {
    if (isZero() || o.isZero()) {
      return of(Decimal.ZERO);
    }
    if (lo == null || hi == null || o.lo == null || o.hi == null) {
      // Exact products for the common sign-definite cases; otherwise unbounded.
      if (lo != null && o.lo != null && lo.signum() >= 0 && o.lo.signum() >= 0) {
        return new Interval(lo.times(o.lo), hi == null || o.hi == null ? null : hi.times(o.hi));
      }
      if (lo != null && o.hi != null && lo.signum() >= 0 && o.hi.signum() <= 0) {
        return new Interval(hi == null || o.lo == null ? null : hi.times(o.lo), lo.times(o.hi));
      }
      if (isNonPositive() && o.isNonNegative()) {
        return o.times(this);
      }
      return ALL;
    }
    Decimal a = lo.times(o.lo);
    Decimal b = lo.times(o.hi);
    Decimal c = hi.times(o.lo);
    Decimal d = hi.times(o.hi);
    return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
  }

  Interval dividedBy(Interval o) {
    if (o.lo != null && o.hi != null && o.lo.equals(o.hi) && o.lo.signum() != 0) {
      return times(of(Decimal.ONE.divide(o.lo)));
    }
    if (isNonNegative() && o.isNonNegative()) {
      return NON_NEGATIVE;
    }
    return ALL;
  }

  /** Limits the range to between 0 and {@code cap} (a negative cap is a floor for penalties). */
  Interval clampTowardsZero(Interval cap) {
    if (cap.lo == null || cap.hi == null) {
      return ALL;
    }
    Decimal low = cap.lo.min(Decimal.ZERO);
    Decimal high = cap.hi.max(Decimal.ZERO);
    Decimal l = lo == null ? low : lo.max(low).min(high);
    Decimal h = hi == null ? high : hi.min(high).max(low);
    return new Interval(l, h);
  }

  private boolean isZero() {
    return lo != null && hi != null && lo.signum() == 0 && hi.signum() == 0;
  }

  private boolean isNonNegative() {
    return lo != null && lo.signum() >= 0;
  }

  private boolean isNonPositive() {
    return hi != null && hi.signum() <= 0;
  }
}
