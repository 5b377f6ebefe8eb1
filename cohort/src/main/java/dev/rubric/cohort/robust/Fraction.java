package dev.rubric.cohort.robust;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.math.BigInteger;

/** An exact fraction with a positive denominator, for building a unit's index terms. */
record Fraction(BigInteger numerator, BigInteger denominator) {

  static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  /** Reduces the fraction and makes its denominator positive. */
  Fraction {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("fraction: denominator 0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    BigInteger g = numerator.gcd(denominator);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      numerator = numerator.divide(g);
      denominator = denominator.divide(g);
    }
  }

  static Fraction of(Decimal d) {
    BigDecimal v = d.toBigDecimal();
    return v.scale() <= 0
        ? new Fraction(v.toBigIntegerExact(), BigInteger.ONE)
        : new Fraction(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
  }

  Fraction plus(Fraction o) {
    return new Fraction(
        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  Fraction times(Fraction o) {
    return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  Fraction dividedBy(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  int signum() {
    return numerator.signum();
  }

  /** Returns this fraction limited to [0, 1]. */
  Fraction clampToUnit() {
    if (numerator.signum() < 0) {
      return ZERO;
    }
    return numerator.compareTo(denominator) > 0 ? ONE : this;
  }

  /** Returns this fraction times {@code multiple}, which must be a multiple of its denominator. */
  BigInteger scaledBy(BigInteger multiple) {
    return numerator.multiply(multiple.divide(denominator));
  }
}
