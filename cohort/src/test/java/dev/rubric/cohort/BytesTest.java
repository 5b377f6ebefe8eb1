package dev.rubric.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Decimal;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Bytes}: decimals and strings come back exactly as written, and encoded strings compare as
 * {@link String#compareTo} compares them.
 */
class BytesTest {

  private static final List<String> DECIMALS =
      List.of(
          "0",
          "1",
          "-1",
          "2.5",
          "-2.5",
          "44.44",
          "100",
          "0.000001",
          "0.0000001",
          "-0.00000000000000000001",
          "44.44444444444444444444",
          "-9223372036854775808",
          "9223372036854775807",
          "9223372036854775808",
          "-9223372036854775809",
          "576460752303423487",
          "576460752303423488",
          "99999999999999999.999999",
          "123456789012345678901234567890.123456789",
          "-123456789012345678901234567890.123456789",
          "1" + "0".repeat(999),
          "-0." + "0".repeat(60) + "7");

  private static Bytes.Reader reader(Bytes.Writer w) {
    return new Bytes.Reader(java.util.Arrays.copyOf(w.bytes(), w.length()), 0);
  }

  @Test
  void decimal_written_readsBackEqualWithTheSameScale() {
    Bytes.Writer w = new Bytes.Writer();
    List<Decimal> values = new ArrayList<>();
    for (String s : DECIMALS) {
      values.add(s.length() > 64 ? Decimal.of(new BigDecimal(s)) : Decimal.parse(s));
    }
    values.add(Decimal.of(17).divide(Decimal.of(3)));
    values.add(Decimal.of(Long.MIN_VALUE).times(Decimal.of(Long.MIN_VALUE)).negate());
    values.add(Decimal.of(-400).divide(Decimal.of(7)));
    values.add(Decimal.parse("0.1").divide(Decimal.of(3)));
    for (Decimal d : values) {
      w.decimal(d);
      w.plainDecimal(d);
    }

    Bytes.Reader r = reader(w);
    for (Decimal expected : values) {
      for (int form = 0; form < 2; form++) {
        Decimal read = r.decimal();
        assertThat(read).isEqualTo(expected);
        assertThat(read.toBigDecimal().scale()).isEqualTo(expected.toBigDecimal().scale());
        assertThat(read.toString()).isEqualTo(expected.toString());
      }
    }
  }

  @Test
  void decimal_smallValues_takeOneOrTwoBytes() {
    Bytes.Writer w = new Bytes.Writer();
    for (String oneByte : List.of("0", "2", "-8", "0.5", "0.00007")) {
      w.clear();
      w.decimal(Decimal.parse(oneByte));
      assertThat(w.length()).as(oneByte).isOne();
    }
    for (String twoBytes : List.of("2.5", "10", "100", "99.9")) {
      w.clear();
      w.decimal(Decimal.parse(twoBytes));
      assertThat(w.length()).as(twoBytes).isEqualTo(2);
    }
    w.clear();
    w.decimal(Decimal.parse("44.44"));
    assertThat(w.length()).isEqualTo(3);
  }

  @Test
  void decimal_quotientOfSmallIntegers_isWrittenAsTheFraction() {
    Decimal fourHundredNinths = Decimal.of(400).divide(Decimal.of(9));
    Decimal negative = Decimal.of(-17).divide(Decimal.of(3));
    Decimal large = Decimal.of(123_456_789_012L).divide(Decimal.of(987_654_321L));
    Decimal notAQuotient = Decimal.parse("0.123456789012345678901234567891"); // > 20 decimals
    Bytes.Writer w = new Bytes.Writer();

    w.decimal(fourHundredNinths);
    assertThat(fourHundredNinths).hasToString("44.44444444444444444444");
    assertThat(w.length()).as("400, 9").isEqualTo(3);
    w.clear();
    w.plainDecimal(fourHundredNinths);
    assertThat(w.length()).as("plain").isGreaterThan(10);
    w.clear();
    for (Decimal d : List.of(fourHundredNinths, negative, large, notAQuotient)) {
      w.decimal(d);
      w.plainDecimal(d);
    }

    Bytes.Reader r = reader(w);
    for (Decimal d : List.of(fourHundredNinths, negative, large, notAQuotient)) {
      assertThat(r.decimal()).isEqualTo(d);
      assertThat(r.decimal()).isEqualTo(d);
    }
    assertThat(Bytes.fraction(negative)).containsExactly(-17, 3);
    assertThat(Bytes.fraction(notAQuotient)).isNull();
  }

  @Test
  void decimalKey_fraction_isNoKeyButPlainIs() {
    Decimal oneIn128 = Decimal.of(1).divide(Decimal.of(128));
    Bytes.Writer w = new Bytes.Writer();
    w.decimal(oneIn128);
    w.plainDecimal(oneIn128);
    w.u8(0x5A);

    Bytes.Reader r = reader(w);

    assertThat(oneIn128).hasToString("0.0078125");
    assertThat(r.decimalKey(7)).isEqualTo(Long.MIN_VALUE);
    assertThat(r.decimalKey(7)).isEqualTo(78_125);
    assertThat(r.u8()).isEqualTo(0x5A);
  }

  @Test
  void decimalKey_atAScale_isTheValueTimesTenToIt() {
    Bytes.Writer w = new Bytes.Writer();
    for (String s : List.of("44.44", "44.4", "-3", "0", "9223372036854775807", "0.001")) {
      w.decimal(Decimal.parse(s));
    }
    Bytes.Reader r = reader(w);

    assertThat(r.decimalKey(2)).isEqualTo(4444);
    assertThat(r.decimalKey(2)).isEqualTo(4440);
    assertThat(r.decimalKey(2)).isEqualTo(-300);
    assertThat(r.decimalKey(2)).isZero();
    assertThat(r.decimalKey(2)).as("overflows").isEqualTo(Long.MIN_VALUE);
    assertThat(r.decimalKey(2)).as("too many decimals").isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void skipDecimal_skipsExactlyOneDecimal() {
    Bytes.Writer w = new Bytes.Writer();
    List<Decimal> values = new ArrayList<>();
    for (String s : DECIMALS) {
      values.add(s.length() > 64 ? Decimal.of(new BigDecimal(s)) : Decimal.parse(s));
    }
    values.add(Decimal.of(400).divide(Decimal.of(9)));
    for (Decimal d : values) {
      w.decimal(d);
      w.u8(0x5A);
      w.plainDecimal(d);
      w.u8(0xA5);
    }
    Bytes.Reader r = reader(w);
    for (int i = 0; i < values.size(); i++) {
      r.skipDecimal();
      assertThat(r.u8()).isEqualTo(0x5A);
      r.skipDecimal();
      assertThat(r.u8()).isEqualTo(0xA5);
    }
  }

  @Test
  void string_written_readsBackEqual() {
    List<String> strings =
        List.of(
            "",
            "01",
            "Xã Đồng Tâm 17",
            "Thị trấn Ỷ La",
            "Phường Bến Nghé, Quận 1",
            "Đơn vị thử nghiệm số 123456",
            "\u0000nul\u0000",
            "\u007F\u0080\u07FF\u0800\uFFFF",
            "emoji \uD83D\uDE00 and U+E000 \uE000",
            "lone \uD800 high, lone \uDC00 low, reversed \uDC00\uD800",
            "ＡＢＣ",
            "x".repeat(70_000));
    Bytes.Writer w = new Bytes.Writer();
    strings.forEach(w::string);
    Bytes.Reader r = reader(w);
    for (String s : strings) {
      assertThat(r.string()).isEqualTo(s);
    }
  }

  @Test
  void string_vietnameseLetters_takeTheirUtf8Bytes() {
    Bytes.Writer w = new Bytes.Writer();
    String name = "Xã Đồng Tâm";
    w.string(name);
    int utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertThat(w.length()).isEqualTo(1 + utf8);
  }

  @Test
  void compareString_randomStrings_ordersAsStringCompareTo() {
    // characters around every boundary of the encoding, and both orders of BMP and surrogates
    char[] alphabet = {
      '\u0000', 'A', 'a', '\u007F', '\u0080', 'ã', 'Đ', '\u07FF', '\u0800', 'ệ', '\uD7FF', '\uD800',
      '\uDBFF', '\uDC00', '\uDFFF', '\uE000', 'Ａ', '\uFFFF'
    };
    Random random = new Random(11);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(5);
      for (int j = 0; j < length; j++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      strings.add(b.toString());
    }
    strings.add("U000001");
    strings.add("U000010");
    strings.add("\uD83D\uDE00");
    strings.add("\uFF21");

    for (String a : strings) {
      for (String b : strings) {
        Bytes.Writer w = new Bytes.Writer();
        w.string(a);
        w.string(b);
        Bytes.Reader first = reader(w);
        Bytes.Reader second = reader(w);
        second.skipString();
        assertThat(Integer.signum(first.compareString(second)))
            .as("'%s' vs '%s'", a, b)
            .isEqualTo(Integer.signum(a.compareTo(b)));
      }
    }
  }

  @Test
  void varLong_boundaries_roundTrip() {
    long[] values = {0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE, Long.MAX_VALUE, -1};
    Bytes.Writer w = new Bytes.Writer();
    for (long v : values) {
      w.varLong(v);
      w.varLong(Bytes.zigzag(-v));
    }
    Bytes.Reader r = reader(w);
    for (long v : values) {
      assertThat(r.varLong()).isEqualTo(v);
      assertThat(Bytes.unzigzag(r.varLong())).isEqualTo(-v);
    }
    assertThat(Bytes.varLongSize(127)).isOne();
    assertThat(Bytes.varLongSize(128)).isEqualTo(2);
    assertThat(Bytes.varLongSize(-1)).isEqualTo(10);
  }
}
