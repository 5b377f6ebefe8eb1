package dev.rubric.cohort;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The encodings of a {@link UnitStore} record's fields: unsigned variable-length integers, exact
 * decimals and strings, written by a {@link Writer} and read back by a {@link Reader}.
 *
 * <ul>
 *   <li><b>Variable-length integer</b>: 7 bits a byte, least significant first, the high bit set on
 *       every byte but the last (LEB128); signed values are zigzag-encoded first (0, -1, 1, -2 … as
 *       0, 1, 2, 3 …), so that small negative numbers take one byte too.
 *   <li><b>Decimal</b>: a {@link Decimal} is an unscaled integer and a scale (the number of
 *       fractional digits, at least 0 and without trailing zeros), and is written in one of three
 *       forms, told apart by the low 3 bits of its first integer. <i>Short</i> (0 to 5, the scale),
 *       for a scale up to 5 and at most 17 digits: that one integer, {@code zigzag(unscaled) × 8 +
 *       scale} (2 and 0.5 take one byte, 2.5 and 100 two, 44.44 three). <i>Fraction</i> (6), for a
 *       decimal that {@link Decimal#divide} gives for two integers {@code p / q}, as the engine's
 *       points and indexes often are (400/9 is 44.44444444444444444444), when that is shorter than
 *       the long form: {@code zigzag(p) × 8 + 6}, then {@code q}; the writer looks for {@code p}
 *       and {@code q} by continued fractions ({@link #fraction}) and writes them only after
 *       dividing them exactly has given the decimal back. <i>Long</i> (7), anything else: {@code
 *       (zigzag(scale − 20) × 2 + big) × 8 + 7}, then the unscaled value as a zigzag integer, or,
 *       if {@code big}, as its length and its two's-complement bytes. Decoding gives a decimal
 *       equal to the one encoded, with the same scale; no value stored or read goes through {@code
 *       double}.
 *   <li><b>String</b>: its length in bytes, then each UTF-16 code unit ({@code char}) as UTF-8
 *       encodes a code point of the basic plane: one byte below U+0080, two below U+0800, else
 *       three (a supplementary character, a surrogate pair, takes six bytes). Vietnamese letters
 *       take the bytes they take in UTF-8, unpaired surrogates survive the round trip, and the
 *       unsigned byte order of two encoded strings is the order of {@link String#compareTo}, so
 *       that the ranking compares unit codes without decoding them.
 * </ul>
 */
final class Bytes {
  private Bytes() {}

  /** The low 3 bits of a decimal's first integer for a fraction. */
  private static final int FRACTION = 6;

  /** The low 3 bits of a decimal's first integer for the long form. */
  private static final int LONG = 7;

  /** The largest denominator of a fraction, exclusive: 2^40. */
  private static final int DENOMINATOR_BITS = 40;

  /** The largest numerator of a fraction, exclusive: 2^58 (its zigzag × 8 fits a long). */
  private static final int NUMERATOR_BITS = 58;

  /** The powers of ten a {@code double} holds exactly, 10^0 to 10^22. */
  private static final double[] POWERS_OF_TEN = new double[23];

  static {
    POWERS_OF_TEN[0] = 1;
    for (int i = 1; i < POWERS_OF_TEN.length; i++) {
      POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
    }
  }

  /**
   * Returns {@code {p, q}}, {@code q ≥ 2}, such that {@code Decimal.of(p).divide(Decimal.of(q))}
   * equals {@code d}, or null when none is found with {@code |p| < 2^58} and {@code q < 2^40}.
   *
   * <p>A fraction close to {@code d} with a small {@code q} is one of the convergents of the
   * continued fraction of {@code d}. These are computed in {@code double}, which is quick and
   * accurate enough to propose the fractions of small denominators the engine divides by; a
   * proposal within 10<sup>−12</sup> of {@code d}, relatively, is then divided exactly and taken
   * only if that gives {@code d} back. So {@code double} only proposes: a fraction it misses (for a
   * large {@code q}) leaves {@code d} in the long form, and no rounding error can reach a stored
   * value.
   */
  static long @Nullable [] fraction(Decimal d) {
    BigDecimal v = d.toBigDecimal();
    if (v.scale() < 1 || v.scale() > Decimal.DIVISION_SCALE) {
      return null; // an integer, or more digits than a division keeps
    }
    double x = Math.abs(v.unscaledValue().doubleValue()) / POWERS_OF_TEN[v.scale()];
    double rest = x;
    long h1 = 1;
    long h2 = 0;
    long k1 = 0;
    long k2 = 1;
    for (int step = 0; step < 64; step++) {
      double a = Math.floor(rest);
      if (!(a < 0x1p58)) {
        return null;
      }
      long h;
      long k;
      try {
        h = Math.addExact(Math.multiplyExact((long) a, h1), h2);
        k = Math.addExact(Math.multiplyExact((long) a, k1), k2);
      } catch (ArithmeticException e) {
        return null;
      }
      if (k >= (1L << DENOMINATOR_BITS) || h >= (1L << NUMERATOR_BITS)) {
        return null;
      }
      if (k > 1 && Math.abs((double) h / k - x) <= 1e-12 * x) {
        long p = v.signum() < 0 ? -h : h;
        if (Decimal.of(p).divide(Decimal.of(k)).equals(d)) {
          return new long[] {p, k};
        }
      }
      double fraction = rest - a;
      if (fraction < 1e-15) {
        return null;
      }
      rest = 1 / fraction;
      h2 = h1;
      h1 = h;
      k2 = k1;
      k1 = k;
    }
    return null;
  }

  /** Returns the zigzag encoding of {@code n}. */
  static long zigzag(long n) {
    return (n << 1) ^ (n >> 63);
  }

  /** Returns the value whose zigzag encoding is {@code z}. */
  static long unzigzag(long z) {
    return (z >>> 1) ^ -(z & 1);
  }

  /** Returns the number of bytes of the variable-length encoding of {@code v}. */
  static int varLongSize(long v) {
    int n = 1;
    for (long rest = v >>> 7; rest != 0; rest >>>= 7) {
      n++;
    }
    return n;
  }

  /**
   * Writes the variable-length encoding of {@code v} into {@code into} at {@code at}; returns the
   * position after it.
   */
  static int putVarLong(byte[] into, int at, long v) {
    int i = at;
    long rest = v;
    while ((rest & ~0x7FL) != 0) {
      into[i++] = (byte) ((rest & 0x7F) | 0x80);
      rest >>>= 7;
    }
    into[i++] = (byte) rest;
    return i;
  }

  /** A growable buffer a record is written into before it is stored. */
  static final class Writer {
    private byte[] bytes = new byte[256];
    private int length;

    /** Empties the buffer. */
    void clear() {
      length = 0;
    }

    /** Returns the number of bytes written. */
    int length() {
      return length;
    }

    /** Returns the buffer; its first {@link #length()} bytes are those written. */
    byte[] bytes() {
      return bytes;
    }

    private void ensure(int more) {
      if (bytes.length - length < more) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
      }
    }

    /** Writes one byte. */
    void u8(int b) {
      ensure(1);
      bytes[length++] = (byte) b;
    }

    /** Writes {@code v} as an unsigned variable-length integer. */
    void varLong(long v) {
      ensure(10);
      length = putVarLong(bytes, length, v);
    }

    /**
     * Writes {@code d} exactly, as a fraction when that is shorter; see the class comment. {@link
     * Reader#decimalKey} cannot read the fraction form; write a decimal that must be read so with
     * {@link #plainDecimal}.
     */
    void decimal(Decimal d) {
      write(d, true);
    }

    /** Writes {@code d} exactly, never as a fraction; see the class comment. */
    void plainDecimal(Decimal d) {
      write(d, false);
    }

    private void write(Decimal d, boolean fractions) {
      BigDecimal v = d.toBigDecimal();
      int scale = v.scale();
      // precision ≤ 17 bounds the unscaled value below 10^17 < 2^57 without making a BigInteger
      if (scale >= 0 && scale < FRACTION && v.precision() <= 17) {
        varLong((zigzag(v.unscaledValue().longValue()) << 3) | scale);
        return;
      }
      BigInteger unscaled = v.unscaledValue();
      boolean big = unscaled.bitLength() >= 64;
      long head =
          (((zigzag((long) scale - Decimal.DIVISION_SCALE) << 1) | (big ? 1 : 0)) << 3) | LONG;
      byte[] magnitude = big ? unscaled.toByteArray() : new byte[0];
      int size =
          varLongSize(head)
              + (big
                  ? varLongSize(magnitude.length) + magnitude.length
                  : varLongSize(zigzag(unscaled.longValue())));
      if (fractions && scale >= FRACTION) {
        long @Nullable [] f = fraction(d);
        if (f != null) {
          long fractionHead = (zigzag(f[0]) << 3) | FRACTION;
          if (varLongSize(fractionHead) + varLongSize(f[1]) < size) {
            varLong(fractionHead);
            varLong(f[1]);
            return;
          }
        }
      }
      varLong(head);
      if (!big) {
        varLong(zigzag(unscaled.longValue()));
        return;
      }
      varLong(magnitude.length);
      ensure(magnitude.length);
      System.arraycopy(magnitude, 0, bytes, length, magnitude.length);
      length += magnitude.length;
    }

    /** Writes {@code s}; see the class comment. */
    void string(String s) {
      int n = s.length();
      int size = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        size += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
      varLong(size);
      ensure(size);
      byte[] b = bytes;
      int at = length;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 0x80) {
          b[at++] = (byte) c;
        } else if (c < 0x800) {
          b[at++] = (byte) (0xC0 | (c >> 6));
          b[at++] = (byte) (0x80 | (c & 0x3F));
        } else {
          b[at++] = (byte) (0xE0 | (c >> 12));
          b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          b[at++] = (byte) (0x80 | (c & 0x3F));
        }
      }
      length = at;
    }
  }

  /** Reads the fields of a record in order, from a position in one array. */
  static final class Reader {
    private final byte[] bytes;
    private int at;

    /** Reads {@code bytes} from {@code at}. */
    Reader(byte[] bytes, int at) {
      this.bytes = bytes;
      this.at = at;
    }

    /** Reads one byte, unsigned. */
    int u8() {
      return bytes[at++] & 0xFF;
    }

    /** Reads an unsigned variable-length integer. */
    long varLong() {
      long v = 0;
      int shift = 0;
      while (true) {
        byte b = bytes[at++];
        v |= (long) (b & 0x7F) << shift;
        if (b >= 0) {
          return v;
        }
        shift += 7;
      }
    }

    /** Reads an unsigned variable-length integer that fits an {@code int}. */
    int varInt() {
      return Math.toIntExact(varLong());
    }

    /** Reads a decimal. */
    Decimal decimal() {
      long head = varLong();
      int form = (int) (head & 7);
      if (form < FRACTION) {
        return Decimal.of(BigDecimal.valueOf(unzigzag(head >>> 3), form));
      }
      if (form == FRACTION) {
        long numerator = unzigzag(head >>> 3);
        return Decimal.of(numerator).divide(Decimal.of(varLong()));
      }
      long rest = head >>> 3;
      int scale = Math.toIntExact(unzigzag(rest >>> 1) + Decimal.DIVISION_SCALE);
      if ((rest & 1) == 0) {
        return Decimal.of(BigDecimal.valueOf(unzigzag(varLong()), scale));
      }
      int size = varInt();
      BigInteger unscaled = new BigInteger(bytes, at, size);
      at += size;
      return Decimal.of(new BigDecimal(unscaled, scale));
    }

    /**
     * Reads a decimal written by {@link Writer#plainDecimal} as an integer key at {@code scale}
     * fractional digits: its value × 10^{@code scale}, exactly. Returns {@link Long#MIN_VALUE},
     * having read the decimal, when that does not fit a {@code long} (or is that value), when the
     * decimal has more than {@code scale} fractional digits, or when it was written as a fraction.
     */
    long decimalKey(int scale) {
      long head = varLong();
      int form = (int) (head & 7);
      long unscaled;
      long own;
      if (form < FRACTION) {
        unscaled = unzigzag(head >>> 3);
        own = form;
      } else if (form == FRACTION) {
        varLong();
        return Long.MIN_VALUE;
      } else {
        long rest = head >>> 3;
        own = unzigzag(rest >>> 1) + Decimal.DIVISION_SCALE;
        if ((rest & 1) != 0) {
          int size = varInt(); // read first: `at += varInt()` would add to the old position
          at += size;
          return Long.MIN_VALUE;
        }
        unscaled = unzigzag(varLong());
      }
      if (own > scale || scale - own > 18) {
        return Long.MIN_VALUE;
      }
      long factor = 1;
      for (long i = own; i < scale; i++) {
        factor *= 10;
      }
      try {
        return Math.multiplyExact(unscaled, factor);
      } catch (ArithmeticException e) {
        return Long.MIN_VALUE;
      }
    }

    /** Skips a decimal. */
    void skipDecimal() {
      long head = varLong();
      int form = (int) (head & 7);
      if (form == FRACTION || (form == LONG && ((head >>> 3) & 1) == 0)) {
        varLong();
      } else if (form == LONG) {
        int size = varInt();
        at += size;
      }
    }

    /** Reads a string. */
    String string() {
      int size = varInt();
      int end = at + size;
      byte[] b = bytes;
      int i = at;
      while (i < end && b[i] >= 0) {
        i++;
      }
      if (i == end) {
        String ascii = new String(b, at, size, StandardCharsets.ISO_8859_1);
        at = end;
        return ascii;
      }
      char[] chars = new char[size];
      int n = 0;
      for (int j = at; j < end; ) {
        int c = b[j++] & 0xFF;
        if (c < 0x80) {
          chars[n++] = (char) c;
        } else if (c < 0xE0) {
          chars[n++] = (char) (((c & 0x1F) << 6) | (b[j++] & 0x3F));
        } else {
          int c2 = b[j++] & 0x3F;
          int c3 = b[j++] & 0x3F;
          chars[n++] = (char) (((c & 0x0F) << 12) | (c2 << 6) | c3);
        }
      }
      at = end;
      return new String(chars, 0, n);
    }

    /** Skips a string. */
    void skipString() {
      int size = varInt();
      at += size;
    }

    /**
     * Compares the strings at this reader's and {@code other}'s positions as {@link
     * String#compareTo} compares them (by sign), and moves both past them.
     */
    int compareString(Reader other) {
      int size = varInt();
      int otherSize = other.varInt();
      int c =
          Arrays.compareUnsigned(bytes, at, at + size, other.bytes, other.at, other.at + otherSize);
      at += size;
      other.at += otherSize;
      return c;
    }
  }
}
