package dev.rubric.testkit;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.InputDecl;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generator of {@link Unit}s, created by {@link UnitGens#units()} and configured fluently: each
 * configuration method returns a new generator and leaves this one unchanged.
 *
 * <pre>{@code
 * UnitGen towns = UnitGens.units().kinds("thi_tran").attributesOf(catalog);
 * }</pre>
 *
 * <p>Units shrink towards code {@code "00001"}, the first configured kind, the shortest name and
 * the simplest attribute values (false, 0, the first option, the earliest date). Declared
 * attributes of type {@code document} or {@code ratio} have no unit-attribute form and are left
 * out. Instances are immutable and thread-safe.
 */
public final class UnitGen extends Gen<Unit> {

  static final UnitGen DEFAULT = new UnitGen("commune", UnitGens.COMMUNE_KINDS, List.of(), false);

  private static final LocalDate FIRST_DATE = LocalDate.of(1945, 9, 2);
  private static final LocalDate LAST_DATE = LocalDate.of(2030, 12, 31);

  private final String level;
  private final List<String> kinds;
  private final List<InputDecl> attributes;
  private final boolean sometimesMissing;

  private UnitGen(
      String level, List<String> kinds, List<InputDecl> attributes, boolean sometimesMissing) {
    super(
        "units(level "
            + level
            + ", kinds "
            + kinds
            + ", "
            + attributes.size()
            + " attributes"
            + (sometimesMissing ? ", some missing" : "")
            + ")",
        draw(level, kinds, attributes, sometimesMissing));
    this.level = level;
    this.kinds = kinds;
    this.attributes = attributes;
    this.sometimesMissing = sometimesMissing;
  }

  /**
   * Returns a generator of units of {@code level}, such as {@code "district"}.
   *
   * @param level a lowercase code ({@code a-z}, {@code 0-9}, {@code '_'})
   * @return the reconfigured generator
   */
  public UnitGen level(String level) {
    return new UnitGen(Objects.requireNonNull(level, "level"), kinds, attributes, sometimesMissing);
  }

  /**
   * Returns a generator of units of one of {@code kinds}, shrinking towards the first.
   *
   * @param kinds lowercase kind codes such as {@code "xa"} and {@code "phuong"}, at least one
   * @return the reconfigured generator
   * @throws IllegalArgumentException if {@code kinds} is empty
   */
  public UnitGen kinds(String... kinds) {
    if (kinds.length == 0) {
      throw new IllegalArgumentException("kinds: expected at least one kind but found none");
    }
    return new UnitGen(level, List.of(kinds), attributes, sometimesMissing);
  }

  /**
   * Returns a generator of units that carry a valid value for every attribute {@code catalog}
   * declares: a flag for a {@code flag}, a number for a {@code count} (0 to 200,000) or {@code
   * quantity}, text for a {@code text}, one of the options for a {@code choice}, a date for a
   * {@code date}.
   *
   * @param catalog the catalog whose {@link Catalog#attributes()} to fill
   * @return the reconfigured generator
   */
  public UnitGen attributesOf(Catalog catalog) {
    return new UnitGen(level, kinds, catalog.attributes(), sometimesMissing);
  }

  /**
   * Returns a generator that sometimes leaves a declared attribute out, which an evaluation reports
   * as a data-quality finding (RB605).
   *
   * @return the reconfigured generator
   */
  public UnitGen withMissingAttributes() {
    return new UnitGen(level, kinds, attributes, true);
  }

  private static Draw<Unit> draw(
      String level, List<String> kinds, List<InputDecl> attributes, boolean sometimesMissing) {
    Gen<Integer> codes = Gen.integers(1, 32_000);
    Gen<String> kindGen = Gen.elements(kinds);
    Gen<Boolean> coin = Gen.booleans();
    Gen<Integer> parents = Gen.integers(1, 999);
    Gen<Integer> oneInFive = Gen.integers(0, 4);
    List<Optional<Gen<AttributeValue>>> values =
        attributes.stream().map(UnitGen::attribute).toList();
    return source -> {
      int code = codes.generate(source);
      String kind = kindGen.generate(source);
      Unit.Builder b =
          Unit.builder()
              .code(String.format("%05d", code))
              .name(UnitGens.names(kind).generate(source))
              .level(level)
              .kind(kind);
      if (coin.generate(source)) {
        b.parentCode(String.format("%03d", parents.generate(source)));
      }
      for (int i = 0; i < attributes.size(); i++) {
        if (sometimesMissing && oneInFive.generate(source) == 4) {
          continue;
        }
        String key = attributes.get(i).key();
        values.get(i).ifPresent(g -> b.putAttributes(key, g.generate(source)));
      }
      return b.build();
    };
  }

  /** Returns a generator of valid values of attribute {@code a}, if the type has a unit form. */
  static Optional<Gen<AttributeValue>> attribute(InputDecl a) {
    return switch (a.type()) {
      case FLAG -> Optional.of(Gen.booleans().map(AttributeValue::of));
      case COUNT ->
          Optional.of(Gen.integers(0, 200_000).map(n -> AttributeValue.of(Decimal.of(n))));
      case QUANTITY ->
          Optional.of(
              Gen.decimals(BigDecimal.ZERO, BigDecimal.valueOf(100_000), 2)
                  .map(d -> AttributeValue.of(Decimal.of(d))));
      case TEXT -> Optional.of(UnitGens.phrases().map(AttributeValue::of));
      case CHOICE -> Optional.of(Gen.elements(a.options()).map(AttributeValue::of));
      case DATE -> Optional.of(Gen.dates(FIRST_DATE, LAST_DATE).map(AttributeValue::of));
      default -> Optional.empty();
    };
  }
}
