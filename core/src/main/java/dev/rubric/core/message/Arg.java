package dev.rubric.core.message;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.result.NodeStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One typed argument of a {@link Message}: a value that decided a result, kept as the value it is
 * and shown in a language only when the message is rendered.
 *
 * <p>Each kind knows how it reads in Vietnamese and English ({@link #in}): numbers take a decimal
 * comma in Vietnamese and a point in English, dates {@code 15/03/2022} and {@code 2022-03-15}, a
 * yes/no {@code có}/{@code yes}. Every kind is an immutable value with value equality; an {@link
 * Amount} equals another of the same exact value whatever its representation.
 */
public sealed interface Arg {

  /** Returns how this argument reads in {@code language}. */
  String in(Language language);

  /** Returns the kind of placeholder this argument fills. */
  ArgType type();

  /** Returns a verbatim text argument: a code, an input key, the source of an expression. */
  static Arg text(String value) {
    return new Text(value);
  }

  /**
   * Text shown as it is in every language: a node code, an input key, the source of an expression.
   *
   * @param value the text; NFC-normalised
   */
  record Text(String value) implements Arg {
    /** Normalises {@code value} to NFC. */
    public Text {
      value = dev.rubric.core.internal.Text.nfc(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String in(Language language) {
      return value;
    }

    @Override
    public ArgType type() {
      return ArgType.TEXT;
    }
  }

  /**
   * A text that exists in several languages, such as a criterion's title from the catalog; shown in
   * the reader's language, or in Vietnamese when it has no translation.
   *
   * @param value the text
   */
  record Title(LocalizedText value) implements Arg {
    /** Checks that {@code value} is present. */
    public Title {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String in(Language language) {
      return value.in(language);
    }

    @Override
    public ArgType type() {
      return ArgType.TITLE;
    }
  }

  /**
   * Points as a scorecard reports them, by the rule of {@link DisplayNumbers#points}: at most 2
   * decimals, rounded half-up ({@code 1.5}, Vietnamese {@code 1,5}).
   *
   * @param value the points
   */
  record Points(Decimal value) implements Arg {
    /** Checks that {@code value} is present. */
    public Points {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String in(Language language) {
      return DisplayNumbers.points(value, language);
    }

    @Override
    public ArgType type() {
      return ArgType.POINTS;
    }
  }

  /**
   * An exact rational number {@code numerator / denominator}, as the evaluator computed it, shown
   * as a number ({@code 98.1}, exact up to 4 decimals, else 2 decimals and {@code ≈} when rounded)
   * or, when {@code percent}, as a percentage with up to 2 decimals ({@code 98.10%}). Two amounts
   * are equal when they have the same value and display, whatever their numerators and
   * denominators.
   *
   * @param numerator the numerator
   * @param denominator the denominator; positive
   * @param percent whether the amount is shown as a percentage
   */
  record Amount(BigDecimal numerator, BigDecimal denominator, boolean percent) implements Arg {
    /**
     * Checks the denominator.
     *
     * @throws IllegalArgumentException if {@code denominator} is not positive
     */
    public Amount {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
      if (denominator.signum() <= 0) {
        throw new IllegalArgumentException(
            "denominator: expected a positive number but found " + denominator);
      }
    }

    /** Returns the whole or decimal number {@code value}, shown as a number. */
    public static Amount of(BigDecimal value) {
      return new Amount(value, BigDecimal.ONE, false);
    }

    @Override
    public String in(Language language) {
      return localize(
          percent
              ? Numbers.percent(numerator, denominator)
              : Numbers.number(numerator, denominator),
          language);
    }

    @Override
    public ArgType type() {
      return ArgType.VALUE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Amount a
          && percent == a.percent
          && numerator.multiply(a.denominator).compareTo(a.numerator.multiply(denominator)) == 0;
    }

    @Override
    public int hashCode() {
      return Boolean.hashCode(percent) * 31 + Numbers.valueHash(numerator, denominator);
    }
  }

  /**
   * A proportion from evidence, shown as both of its parts and, unless the denominator is zero, the
   * percentage: {@code 412/420 = 98.10%}.
   *
   * @param numerator the part
   * @param denominator the whole; may be zero
   */
  record Rate(Amount numerator, Amount denominator) implements Arg {
    /** Checks that both parts are present. */
    public Rate {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
    }

    @Override
    public String in(Language language) {
      String en =
          Numbers.number(numerator.numerator(), numerator.denominator())
              + "/"
              + Numbers.number(denominator.numerator(), denominator.denominator());
      if (denominator.numerator().signum() != 0) {
        en +=
            " = "
                + Numbers.percent(
                    numerator.numerator().multiply(denominator.denominator()),
                    numerator.denominator().multiply(denominator.numerator()));
      }
      return localize(en, language);
    }

    @Override
    public ArgType type() {
      return ArgType.VALUE;
    }
  }

  /**
   * A yes/no value: {@code có}/{@code không}, {@code yes}/{@code no}.
   *
   * @param value the value
   */
  record YesNo(boolean value) implements Arg {
    @Override
    public String in(Language language) {
      return language == Language.VI ? (value ? "có" : "không") : (value ? "yes" : "no");
    }

    @Override
    public ArgType type() {
      return ArgType.VALUE;
    }
  }

  /**
   * A date: {@code 15/03/2022} in Vietnamese, {@code 2022-03-15} in English.
   *
   * @param value the date
   */
  record Day(LocalDate value) implements Arg {
    /** Checks that {@code value} is present. */
    public Day {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String in(Language language) {
      return date(value, language);
    }

    @Override
    public ArgType type() {
      return ArgType.VALUE;
    }
  }

  /**
   * A document, with its issue date when it has one: {@code văn bản ngày 15/03/2022}, {@code
   * document of 2022-03-15}.
   *
   * @param issued the date the document was issued, if known
   */
  record Document(Optional<LocalDate> issued) implements Arg {
    /** Checks that {@code issued} is present (it may be empty). */
    public Document {
      Objects.requireNonNull(issued, "issued");
    }

    @Override
    public String in(Language language) {
      if (issued.isEmpty()) {
        return language == Language.VI ? "có văn bản (không rõ ngày)" : "document (no date)";
      }
      return (language == Language.VI ? "văn bản ngày " : "document of ")
          + date(issued.get(), language);
    }

    @Override
    public ArgType type() {
      return ArgType.VALUE;
    }
  }

  /**
   * A text value from evidence or a unit attribute, shown in single quotes: {@code 'xa'}.
   *
   * @param value the text; NFC-normalised
   */
  record Quoted(String value) implements Arg {
    /** Normalises {@code value} to NFC. */
    public Quoted {
      value = dev.rubric.core.internal.Text.nfc(Objects.requireNonNull(value, "value"));
    }

    @Override
    public String in(Language language) {
      return "'" + value + "'";
    }

    @Override
    public ArgType type() {
      return ArgType.VALUE;
    }
  }

  /** A value that is not there: evidence missing, or a value that could not be computed. */
  enum Absent implements Arg {
    /** No usable evidence: {@code (thiếu)}, {@code (missing)}. */
    MISSING,
    /**
     * A value whose computation failed: {@code (không tính được)}, {@code (cannot be computed)}.
     */
    FAILED;

    @Override
    public String in(Language language) {
      if (this == MISSING) {
        return language == Language.VI ? "(thiếu)" : "(missing)";
      }
      return language == Language.VI ? "(không tính được)" : "(cannot be computed)";
    }

    @Override
    public ArgType type() {
      return ArgType.VALUE;
    }
  }

  /** Whether a condition holds: true, false, or undecided for lack of data. */
  enum Verdict implements Arg {
    /** The condition holds: {@code thỏa mãn}, {@code holds}. */
    TRUE,
    /** The condition does not hold: {@code không thỏa mãn}, {@code does not hold}. */
    FALSE,
    /**
     * The condition could not be decided: {@code chưa xác định được (thiếu dữ liệu)}, {@code cannot
     * be decided (missing data)}.
     */
    UNDECIDED;

    @Override
    public String in(Language language) {
      return switch (this) {
        case TRUE -> language == Language.VI ? "thỏa mãn" : "holds";
        case FALSE -> language == Language.VI ? "không thỏa mãn" : "does not hold";
        case UNDECIDED ->
            language == Language.VI
                ? "chưa xác định được (thiếu dữ liệu)"
                : "cannot be decided (missing data)";
      };
    }

    @Override
    public ArgType type() {
      return ArgType.VERDICT;
    }
  }

  /**
   * A node's status, shown by its label for the kind of node: {@code đạt}, {@code met}; for a bonus
   * item not earned {@code not earned}, for a penalty item without deduction {@code no deduction}
   * ({@link NodeStatus#label(Language, NodeKind)}).
   *
   * @param value the status
   * @param kind the kind of node whose status it is
   */
  record Status(NodeStatus value, NodeKind kind) implements Arg {
    /** Checks that {@code value} and {@code kind} are present. */
    public Status {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(kind, "kind");
    }

    /** Returns the status of a criterion (not a bonus or penalty item). */
    public Status(NodeStatus value) {
      this(value, NodeKind.CRITERION);
    }

    @Override
    public String in(Language language) {
      return value.label(language, kind);
    }

    @Override
    public ArgType type() {
      return ArgType.STATUS;
    }
  }

  /**
   * A position counted from one, such as the second alternative of a rule.
   *
   * @param value the position; at least 1
   */
  record Ordinal(int value) implements Arg {
    /**
     * Checks the position.
     *
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Ordinal {
      if (value < 1) {
        throw new IllegalArgumentException("value: expected a position from 1 but found " + value);
      }
    }

    @Override
    public String in(Language language) {
      return Integer.toString(value);
    }

    @Override
    public ArgType type() {
      return ArgType.ORDINAL;
    }
  }

  /**
   * Several texts shown as they are, joined by {@code separator}: the inputs a node lacks, {@code
   * "ho_so (missing), quy_che (incomplete)"}.
   *
   * @param items the texts, in order; NFC-normalised
   * @param separator what goes between two items, such as {@code ", "}
   */
  record Items(List<String> items, String separator) implements Arg {
    /** Copies and normalises the items. */
    public Items {
      items = items.stream().map(dev.rubric.core.internal.Text::nfc).toList();
      Objects.requireNonNull(separator, "separator");
    }

    @Override
    public String in(Language language) {
      return String.join(separator, items);
    }

    @Override
    public ArgType type() {
      return ArgType.ITEMS;
    }
  }

  /**
   * A whole message inside another, such as the reason an evaluation failed inside the finding that
   * reports it.
   *
   * @param message the inner message
   */
  record Nested(Message message) implements Arg {
    /** Checks that {@code message} is present. */
    public Nested {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String in(Language language) {
      return message.in(language);
    }

    @Override
    public ArgType type() {
      return ArgType.MESSAGE;
    }
  }

  private static String localize(String english, Language language) {
    return DisplayNumbers.localize(english, language);
  }

  private static String date(LocalDate d, Language language) {
    return language == Language.VI ? Numbers.VI_DATE.format(d) : d.toString();
  }
}
