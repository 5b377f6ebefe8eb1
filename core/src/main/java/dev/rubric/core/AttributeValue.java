package dev.rubric.core;

import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A typed attribute of a {@link Unit}, such as its population, whether it has a one-stop desk or
 * the date it was established; applicability rules read these.
 *
 * <p>Four kinds exist, each a record: {@link Flag}, {@link NumberValue}, {@link TextValue} and
 * {@link DateValue}. In JSON an attribute is {@code {"type": "<typeName>", "value": ...}}.
 */
public sealed interface AttributeValue
    permits AttributeValue.Flag,
        AttributeValue.NumberValue,
        AttributeValue.TextValue,
        AttributeValue.DateValue {

  /**
   * Returns the stable name of this kind of attribute, used as the JSON {@code "type"}: {@code
   * "flag"}, {@code "number"}, {@code "text"} or {@code "date"}.
   */
  String typeName();

  /** Returns a flag attribute. */
  static AttributeValue of(boolean value) {
    return new Flag(value);
  }

  /** Returns a number attribute. */
  static AttributeValue of(Decimal value) {
    return new NumberValue(value);
  }

  /**
   * Returns a text attribute.
   *
   * @throws IllegalArgumentException if {@code value} is blank
   */
  static AttributeValue of(String value) {
    return new TextValue(value);
  }

  /**
   * Returns a date attribute.
   *
   * @throws IllegalArgumentException if {@code value} lies outside 1900-01-01..2199-12-31
   */
  static AttributeValue of(LocalDate value) {
    return new DateValue(value);
  }

  /**
   * Yes or no, e.g. whether the unit has a one-stop desk.
   *
   * @param value the flag
   */
  record Flag(boolean value) implements AttributeValue {
    /** Returns {@code "flag"}. */
    @Override
    public String typeName() {
      return "flag";
    }
  }

  /**
   * An exact number of any sign, e.g. a population or an area.
   *
   * @param value the number
   */
  record NumberValue(Decimal value) implements AttributeValue {
    /** Checks that {@code value} is present. */
    public NumberValue {
      Objects.requireNonNull(value, "value");
    }

    /** Returns {@code "number"}. */
    @Override
    public String typeName() {
      return "number";
    }
  }

  /**
   * Non-blank text, NFC-normalised, e.g. a region name.
   *
   * @param value the text
   */
  record TextValue(String value) implements AttributeValue {
    /**
     * Normalises {@code value} to NFC.
     *
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public TextValue {
      value = Text.nonBlank("text.value", value);
    }

    /** Returns {@code "text"}. */
    @Override
    public String typeName() {
      return "text";
    }
  }

  /**
   * A calendar date within 1900-01-01..2199-12-31, e.g. the date the unit was established.
   *
   * @param value the date
   */
  record DateValue(LocalDate value) implements AttributeValue {
    /**
     * Checks the date range.
     *
     * @throws IllegalArgumentException if {@code value} lies outside 1900-01-01..2199-12-31
     */
    public DateValue {
      Checks.date("date.value", value);
    }

    /** Returns {@code "date"}. */
    @Override
    public String typeName() {
      return "date";
    }
  }
}
