package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.evidence.Provenance;
import dev.rubric.dsl.CompiledCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Generators of evidence that fits a compiled catalog's declared inputs: single values, items with
 * any {@link EvidenceStatus}, whole evidence sets and evidence files, and deliberately invalid
 * evidence.
 *
 * <pre>{@code
 * CompiledCatalog compiled = Rubric.standard().compile(source).orElseThrow();
 * Properties.forAll(EvidenceGens.files(compiled))
 *     .check(file -> assertThat(compiled.evaluate(file).index()).isNotNull());
 * }</pre>
 *
 * <p>Values stay in sensible ranges: counts 0 to 50, ratios with the numerator never above the
 * denominator (including {@code 0/0}), quantities 0 to 10,000 in the declared unit, dates within 90
 * days of the period, choices from the declared options, text and explanations in Vietnamese. Every
 * generator returned here is immutable and thread-safe.
 */
public final class EvidenceGens {

  /** The largest generated count. */
  public static final int MAX_COUNT = 50;

  /** The unit given to quantities whose input declares none. */
  static final String DEFAULT_UNIT = "đơn vị";

  private static final List<String> EXPLANATIONS =
      List.of(
          "Chưa tổ chức khảo sát trong năm",
          "Hồ sơ đang chờ cấp trên phê duyệt",
          "Tài liệu bị hư hỏng do bão lũ",
          "Đơn vị mới thành lập sau sắp xếp",
          "Phần mềm một cửa gặp sự cố, chưa trích xuất được số liệu");

  private EvidenceGens() {}

  /**
   * Returns a generator of ratios: mostly percentages on a grid ({@code p×k / 100×k}), sometimes
   * {@code 0/0} (nothing occurred) and sometimes any {@code n/d} with {@code d} up to 500. Shrinks
   * towards {@code 0/100}.
   *
   * @return the generator
   */
  public static Gen<EvidenceValue.Ratio> ratios() {
    return Gen.frequency(
        Weighted.of(
            6,
            Gen.combine(
                Gen.integers(0, 100),
                Gen.integers(1, 20),
                (p, k) -> EvidenceValue.Ratio.of((long) p * k, 100L * k))),
        Weighted.of(1, Gen.constant(EvidenceValue.Ratio.of(0, 0))),
        Weighted.of(
            3,
            Gen.integers(1, 500)
                .flatMap(d -> Gen.integers(0, d).map(n -> EvidenceValue.Ratio.of(n, d)))));
  }

  /**
   * Returns a generator of valid values for {@code input}: a value of the input's type within the
   * ranges described in the class documentation, for evaluation in {@code period}.
   *
   * @param input the declared input
   * @param period the period the evidence is for; dates lie within 90 days of it
   * @return the generator
   */
  public static Gen<EvidenceValue> values(InputDecl input, Period period) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(period, "period");
    return valuesOf(input.type(), input.options(), input.unit(), period);
  }

  /**
   * Returns a generator of evidence items for {@code input}: mostly provided values, sometimes
   * incomplete (with or without a partial value and explanation), missing with an explanation, or
   * missing. Shrinks towards a provided, simple value.
   *
   * @param input the declared input
   * @param period the period the evidence is for
   * @return the generator
   */
  public static Gen<Evidence> items(InputDecl input, Period period) {
    return items(values(input, period));
  }

  /**
   * Returns a generator of explanations (giải trình) a unit gives for missing or incomplete
   * evidence: non-blank Vietnamese sentences.
   *
   * @return the generator
   */
  public static Gen<String> explanations() {
    return Gen.oneOf(Gen.elements(EXPLANATIONS), UnitGens.phrases());
  }

  /**
   * Returns a generator of evidence sets for the inputs {@code catalog} declares, for unit {@code
   * "00001"} and {@link Period#year(int) the year 2022}; configure it with {@link EvidenceSetGen}'s
   * methods.
   *
   * @param catalog the compiled catalog
   * @return the generator
   */
  public static EvidenceSetGen evidence(CompiledCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return new EvidenceSetGen(
        catalog.catalog().inputs(), "00001", EvidenceFileGen.DEFAULT_PERIOD, false);
  }

  /**
   * Returns a generator of evidence files for {@code catalog}: a commune-level unit with every
   * declared attribute, {@link Period#year(int) the year 2022}, and an evidence set for that unit;
   * configure it with {@link EvidenceFileGen}'s methods.
   *
   * @param catalog the compiled catalog
   * @return the generator
   */
  public static EvidenceFileGen files(CompiledCatalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return new EvidenceFileGen(
        catalog.catalog(),
        UnitGens.units().attributesOf(catalog.catalog()),
        EvidenceFileGen.DEFAULT_PERIOD,
        false);
  }

  /**
   * Returns a generator of deliberately invalid evidence files for {@code catalog}: {@code
   * files(catalog).invalid()}.
   *
   * @param catalog the compiled catalog
   * @return the generator
   * @see EvidenceFileGen#invalid()
   */
  public static Gen<InvalidEvidence> invalid(CompiledCatalog catalog) {
    return files(catalog).invalid();
  }

  // ---------------------------------------------------------------------------------------------

  static Gen<Evidence> items(Gen<EvidenceValue> values) {
    Gen<String> explanations = explanations();
    Gen<Optional<String>> maybeExplanation =
        Gen.oneOf(Gen.constant(Optional.<String>empty()), explanations.map(Optional::of));
    Gen<Optional<EvidenceValue>> maybeValue =
        Gen.oneOf(Gen.constant(Optional.<EvidenceValue>empty()), values.map(Optional::of));
    return Gen.frequency(
        Weighted.of(
            16,
            Gen.combine(values, provenances(), (v, p) -> Evidence.provided(v).withProvenance(p))),
        Weighted.of(
            1,
            Gen.combine(
                maybeValue,
                maybeExplanation,
                (v, e) -> new Evidence(EvidenceStatus.INCOMPLETE, v, e, Provenance.NONE))),
        Weighted.of(1, explanations.map(Evidence::missingExplained)),
        Weighted.of(1, Gen.constant(Evidence.missing())));
  }

  static Gen<Provenance> provenances() {
    OffsetDateTime submitted =
        OffsetDateTime.of(LocalDate.of(2023, 1, 15), LocalTime.of(8, 30), ZoneOffset.ofHours(7));
    return Gen.frequency(
        Weighted.of(8, Gen.constant(Provenance.NONE)),
        Weighted.of(
            1,
            Gen.constant(
                Provenance.fromSource("Hệ thống một cửa điện tử tỉnh")
                    .withVerifiedBy("Sở Nội vụ"))),
        Weighted.of(
            1,
            Gen.integers(0, 364)
                .map(
                    d ->
                        Provenance.fromSource("Phần mềm chấm điểm CCHC")
                            .withSubmittedBy("Văn phòng UBND")
                            .withSubmittedAt(submitted.plusDays(d)))));
  }

  /** Returns the earliest date generated for {@code period}. */
  static LocalDate firstDate(Period period) {
    LocalDate d = period.start().minusDays(90);
    return d.isBefore(dev.rubric.core.catalog.Provenance.EARLIEST)
        ? dev.rubric.core.catalog.Provenance.EARLIEST
        : d;
  }

  /** Returns the latest date generated for {@code period}. */
  static LocalDate lastDate(Period period) {
    LocalDate d = period.end().plusDays(90);
    return d.isAfter(dev.rubric.core.catalog.Provenance.LATEST)
        ? dev.rubric.core.catalog.Provenance.LATEST
        : d;
  }

  static Gen<EvidenceValue> valuesOf(
      InputType type, List<String> options, Optional<String> unit, Period period) {
    Gen<LocalDate> dates = Gen.dates(firstDate(period), lastDate(period));
    switch (type) {
      case DOCUMENT -> {
        return documents(dates).map(d -> d);
      }
      case COUNT -> {
        return Gen.integers(0, MAX_COUNT).map(n -> new EvidenceValue.Count(n));
      }
      case QUANTITY -> {
        String u = unit.orElse(DEFAULT_UNIT);
        return Gen.decimals(BigDecimal.ZERO, BigDecimal.valueOf(10_000), 2)
            .map(d -> new EvidenceValue.Quantity(Decimal.of(d), u));
      }
      case RATIO -> {
        return ratios().map(r -> r);
      }
      case FLAG -> {
        return Gen.booleans().map(b -> new EvidenceValue.Flag(b));
      }
      case CHOICE -> {
        return Gen.elements(options).map(o -> new EvidenceValue.Choice(o));
      }
      case DATE -> {
        return dates.map(d -> new EvidenceValue.DateValue(d));
      }
      case TEXT -> {
        return UnitGens.phrases().map(t -> new EvidenceValue.TextValue(t));
      }
      default -> throw new IllegalStateException("bug: unhandled input type " + type);
    }
  }

  static Gen<EvidenceValue.Document> documents(Gen<LocalDate> dates) {
    Gen<Optional<LocalDate>> issued =
        Gen.frequency(
            Weighted.of(9, dates.map(Optional::of)),
            Weighted.of(1, Gen.constant(Optional.<LocalDate>empty())));
    Gen<Optional<String>> titles =
        Gen.oneOf(
            Gen.constant(Optional.<String>empty()),
            UnitGens.phrases().map(p -> Optional.of("Kế hoạch " + p)));
    return Gen.combine(
        Gen.integers(1, 300),
        titles,
        issued,
        (n, title, date) ->
            EvidenceValue.Document.builder()
                .number(n + "/KH-UBND")
                .title(title)
                .issued(date)
                .build());
  }
}
