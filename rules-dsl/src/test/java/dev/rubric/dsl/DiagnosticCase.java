package dev.rubric.dsl;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The golden diagnostic cases: one constant per {@code
 * src/test/resources/diagnostics/<case>.rubric} file, whose rendered diagnostics are pinned in
 * {@code <case>.expected}. A constant's name starts with the code the case must report ({@code
 * RB204_UNKNOWN_NAME} reports RB204); its file name is the constant's name in lowercase with
 * hyphens ({@code rb204-unknown-name}). Cases for the RB4xx limits compile with small {@link
 * Limits}; every other case uses {@link Limits#DEFAULT}.
 */
enum DiagnosticCase {
  RB100_UNEXPECTED_CHARACTER,
  RB101_UNTERMINATED_STRING,
  RB102_INVALID_ESCAPE,
  RB103_INVALID_DATE,
  RB110_EXPECTED_TOKEN,
  RB110_DECIMAL_COMMA,
  RB111_UNKNOWN_CATALOG_STATEMENT,
  RB111_UNKNOWN_CRITERION_STATEMENT,
  RB111_MISSPELT_OTHERWISE,
  RB112_TEXT_AFTER_CATALOG,
  RB113_NO_TITLE,
  RB114_UNKNOWN_INPUT_TYPE,
  RB115_UNKNOWN_INDEX_FORMULA,
  RB116_UNKNOWN_ROUNDING_MODE,
  RB117_BAND_BOUND,
  RB118_SECOND_RULE,
  RB119_UNKNOWN_CHANNEL,
  RB120_UNKNOWN_POLICY,
  RB121_UNKNOWN_SEVERITY,
  RB122_TIER_WITHOUT_COMPARISON,
  RB122_MISSPELT_OTHERWISE,
  RB123_NO_TIERS,
  RB124_EXPECTED_RULE,
  RB125_ONE_ALTERNATIVE,
  RB126_CHAINED_COMPARISON,
  RB127_EXPECTED_VALUE,
  RB128_EMPTY_STRING,
  RB128_SURROUNDING_SPACES,
  RB129_HYPHEN_IN_NAME,
  RB130_DUPLICATE_STATEMENT,
  RB202_UNUSED_ATTRIBUTE,
  RB202_UNUSED_INPUT,
  RB203_DUPLICATE_INPUT,
  RB203_RESERVED_NAME,
  RB204_ATTRIBUTE_WITHOUT_UNIT,
  RB204_UNKNOWN_NAME,
  RB205_DUPLICATE_CODE,
  RB206_NO_FIELDS,
  RB206_UNKNOWN_FIELD,
  RB207_UNKNOWN_FUNCTION,
  RB208_UNKNOWN_ATTRIBUTE,
  RB209_WEIGHT_FOR_UNKNOWN_AREA,
  RB210_UNKNOWN_OPTION,
  RB211_UNKNOWN_PLACEHOLDER,
  RB301_DATE_COMPARED_WITH_RATIO,
  RB301_DOCUMENT_AS_CONDITION,
  RB301_ROUNDING_DECIMALS,
  RB302_ARGUMENT_COUNT,
  RB303_DUPLICATE_OPTION_TIER,
  RB303_UNREACHABLE_TIER,
  RB304_OVERLAPPING_TIERS,
  RB305_RULE_ABOVE_MAX,
  RB305_UNBOUNDED_RULE,
  RB306_BELOW_FLOOR,
  RB306_UNBOUNDED_PENALTY,
  RB307_CHILDREN_SUM,
  RB308_BAND_AFTER_OTHERWISE,
  RB308_BAND_GAP,
  RB308_BAND_OVERLAP,
  RB309_APPLIES_TO_NOTHING,
  RB310_BAD_VERSION,
  RB311_DECISION_DATE,
  RB312_CHOICE_WITHOUT_OPTIONS,
  RB312_UNIT_ON_COUNT,
  RB313_NEGATIVE_MAX,
  RB314_NO_RULE,
  RB314_RULE_AND_CHILDREN,
  RB315_NO_MAX,
  RB316_DIVISION_BY_ZERO,
  RB317_WEIGHT_IGNORED,
  RB318_WEIGHTED_TWICE,
  RB319_AWARDED_INPUT_MISPLACED,
  RB320_UNGUARDED_RATIO,
  RB401_SOURCE_TOO_LARGE(new Limits(100, 64, 10_000, 200_000)),
  RB402_NUMBER_TOO_LONG,
  RB403_TOO_DEEP(new Limits(1 << 20, 6, 10_000, 200_000)),
  RB404_TOO_MANY_NODES(new Limits(1 << 20, 64, 2, 200_000)),
  RB405_TOO_MANY_EXPRESSION_PARTS(new Limits(1 << 20, 64, 10_000, 6)),
  // Layering: bases live in src/test/resources/diagnostics-bases.
  RB701_BASE_NOT_FOUND,
  RB702_BASE_OUTSIDE_RANGE,
  RB703_EXTENDS_CYCLE,
  RB704_UNKNOWN_NODE,
  RB705_REMOVED_NODE_REFERENCED,
  RB706_LAYER_MAXIMA,
  RB707_BANDS_WITHOUT_OVERRIDE,
  RB707_NODE_AGAIN,
  RB708_LAYER_WITHOUT_BASE,
  RB709_INVALID_VERSION_RANGE;

  /** Where the case files live, relative to the module directory (the tests' working directory). */
  static final Path DIRECTORY = Path.of("src/test/resources/diagnostics");

  /** Where the base catalogs of the layering cases (RB7xx) live. */
  static final Path BASES = Path.of("src/test/resources/diagnostics-bases");

  @SuppressWarnings("ImmutableEnumChecker") // Limits is a record of four ints
  private final Limits limits;

  DiagnosticCase() {
    this(Limits.DEFAULT);
  }

  DiagnosticCase(Limits limits) {
    this.limits = limits;
  }

  /** Returns the limits the case compiles with. */
  Limits limits() {
    return limits;
  }

  /** Returns the code the case is about, such as {@code "RB204"}. */
  String code() {
    return name().substring(0, 5);
  }

  /** Returns the base name of the case's files, such as {@code "rb204-unknown-name"}. */
  String fileName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Returns the catalog text. */
  Path source() {
    return DIRECTORY.resolve(fileName() + ".rubric");
  }

  /** Returns the file holding the exact output of {@link Compilation#render()}. */
  Path expected() {
    return DIRECTORY.resolve(fileName() + ".expected");
  }

  /** Returns the file of the diagnostics rendered in Vietnamese. */
  Path expectedVi() {
    return DIRECTORY.resolve(fileName() + ".vi.expected");
  }
}
