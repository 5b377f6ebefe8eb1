package dev.rubric.cohort.advice;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;

/** An exact fraction, reduced, with a positive denominator: the solver's arithmetic. */
final class Rational implements Comparable<Rational> {
  static final Rational ZERO = new Rational(BigInteger.ZERO, BigInteger.ONE);
  static final Rational ONE = new Rational(BigInteger.ONE, BigInteger.ONE);

  private final BigInteger num;
  private final BigInteger den;

  private Rational(BigInteger num, BigInteger den) {
    this.num = num;
    this.den = den;
  }

  static Rational of(BigInteger num, BigInteger den) {
    if (den.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (den.signum() < 0) {
      num = num.negate();
      den = den.negate();
    }
    BigInteger g = num.gcd(den);
    if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
      num = num.divide(g);
      den = den.divide(g);
    }
    return new Rational(num, den);
  }

  static Rational of(long value) {
    return new Rational(BigInteger.valueOf(value), BigInteger.ONE);
  }

  static Rational of(Decimal value) {
    BigDecimal b = value.toBigDecimal();
    if (b.scale() <= 0) {
      return new Rational(b.toBigIntegerExact(), BigInteger.ONE);
    }
    return of(b.unscaledValue(), BigInteger.TEN.pow(b.scale()));
  }

  Rational plus(Rational o) {
    return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
  }

  Rational minus(Rational o) {
    return plus(o.negate());
  }

  Rational times(Rational o) {
    return of(num.multiply(o.num), den.multiply(o.den));
  }

  Rational divide(Rational o) {
    return of(num.multiply(o.den), den.multiply(o.num));
  }

  Rational negate() {
    return new Rational(num.negate(), den);
  }

  int signum() {
    return num.signum();
  }

  boolean isInteger() {
    return den.equals(BigInteger.ONE);
  }

  /** Returns the largest integer not above this value. */
  BigInteger floor() {
    BigInteger[] qr = num.divideAndRemainder(den);
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  /** Returns the smallest integer not below this value. */
  BigInteger ceil() {
    BigInteger[] qr = num.divideAndRemainder(den);
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** Returns the value as a decimal if it has a finite decimal expansion. */
  Optional<Decimal> toDecimal() {
    try {
      BigDecimal b = new BigDecimal(num).divide(new BigDecimal(den));
      return Optional.of(Decimal.of(b));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** Returns the value rounded to {@code scale} decimals in {@code mode}. */
  Decimal round(int scale, RoundingMode mode) {
    return Decimal.of(new BigDecimal(num).divide(new BigDecimal(den), scale, mode));
  }

  Rational abs() {
    return num.signum() < 0 ? negate() : this;
  }

  @Override
  public int compareTo(Rational o) {
    return num.multiply(o.den).compareTo(o.num.multiply(den));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Rational r && compareTo(r) == 0;
  }

  @Override
  public int hashCode() {
    return num.hashCode() * 31 + den.hashCode();
  }

  @Override
  public String toString() {
    return isInteger() ? num.toString() : num + "/" + den;
  }
}
