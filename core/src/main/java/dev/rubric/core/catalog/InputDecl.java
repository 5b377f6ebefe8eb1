package dev.rubric.core.catalog;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.internal.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A typed input a catalog declares; evidence answers inputs by key.
 *
 * @param key the identifier used in rules and evidence files, e.g. {@code ho_so_dung_han}
 * @param type the input's type
 * @param label what the input is, for people
 * @param direction whether more is better, for monotonicity checks
 * @param required whether missing evidence makes the criteria that use it insufficient-evidence
 * @param options the allowed option codes of a {@link InputType#CHOICE}; empty for other types
 * @param unit the unit of a {@link InputType#QUANTITY}, e.g. {@code "triệu đồng"}
 * @param range the interval a {@link InputType#COUNT} or {@link InputType#QUANTITY} must lie in,
 *     when the catalog declares one ({@code in 0..1}); evidence outside it is a data finding
 * @param awarded whether the {@link InputType#QUANTITY} carries points awarded elsewhere (by a
 *     council or a survey) for the one node whose rule reads it; its range is that node's
 */
public record InputDecl(
    String key,
    InputType type,
    LocalizedText label,
    Direction direction,
    boolean required,
    List<String> options,
    Optional<String> unit,
    Optional<InputRange> range,
    boolean awarded) {

  /**
   * Validates the key, the options and the unit against the type.
   *
   * @throws IllegalArgumentException if {@code key} is not an identifier; an option is blank, has
   *     surrounding whitespace or repeats; a choice input has no options or another type has some;
   *     {@code unit} is blank or given for a type other than {@link InputType#QUANTITY}; a range is
   *     given for a type other than count or quantity; or {@code awarded} is set on a type other
   *     than quantity or together with a range
   * @throws NullPointerException if a component or option is null
   */
  public InputDecl {
    key = Text.code("input.key", key);
    if (!Text.isIdentifier(key)) {
      throw new IllegalArgumentException(
          "input.key: expected an identifier (letters, digits, '_') but found '" + key + "'");
    }
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(direction, "direction");
    String field = "input." + key;
    options = options.stream().map(o -> Text.code(field + ".options", o)).toList();
    Objects.requireNonNull(unit, "unit");
    unit = unit.map(u -> Text.nonBlank(field + ".unit", u));
    if (type == InputType.CHOICE && options.isEmpty()) {
      throw new IllegalArgumentException(
          "input."
              + key
              + ".options: expected at least one option for a choice input but found none");
    }
    if (type != InputType.CHOICE && !options.isEmpty()) {
      throw new IllegalArgumentException(
          "input."
              + key
              + ".options: expected no options for a "
              + type.keyword()
              + " input but found "
              + options);
    }
    Set<String> seen = new HashSet<>();
    for (String o : options) {
      if (!seen.add(o)) {
        throw new IllegalArgumentException(
            "input." + key + ".options: duplicate option '" + o + "'");
      }
    }
    if (unit.isPresent() && type != InputType.QUANTITY) {
      throw new IllegalArgumentException(
          "input."
              + key
              + ".unit: expected no unit for a "
              + type.keyword()
              + " input but found '"
              + unit.get()
              + "'");
    }
    Objects.requireNonNull(range, "range");
    if (range.isPresent() && type != InputType.COUNT && type != InputType.QUANTITY) {
      throw new IllegalArgumentException(
          "input."
              + key
              + ".range: expected no range for a "
              + type.keyword()
              + " input but found "
              + range.get());
    }
    if (awarded && (type != InputType.QUANTITY || range.isPresent())) {
      throw new IllegalArgumentException(
          "input."
              + key
              + ".awarded: expected awarded points on a quantity without a range but found a "
              + type.keyword()
              + (range.isPresent() ? " in " + range.get() : ""));
    }
  }

  /** Returns an optional input of {@code type} with no direction, options or unit. */
  public static InputDecl of(String key, InputType type, LocalizedText label) {
    return new InputDecl(
        key,
        type,
        label,
        Direction.NONE,
        false,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false);
  }

  /** Returns a copy that is required evidence. */
  public InputDecl asRequired() {
    return new InputDecl(key, type, label, direction, true, options, unit, range, awarded);
  }

  /** Returns a copy with {@code direction}. */
  public InputDecl withDirection(Direction direction) {
    return new InputDecl(key, type, label, direction, required, options, unit, range, awarded);
  }

  /** Returns a copy whose evidence must lie in {@code range}. */
  public InputDecl withRange(InputRange range) {
    return new InputDecl(
        key, type, label, direction, required, options, unit, Optional.of(range), awarded);
  }

  /** Returns a copy that carries points awarded elsewhere. */
  public InputDecl asAwarded() {
    return new InputDecl(key, type, label, direction, required, options, unit, range, true);
  }
}
