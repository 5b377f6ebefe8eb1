package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A generator of {@link EvidenceFile}s for a catalog, created by {@link EvidenceGens#files} and
 * configured fluently: each configuration method returns a new generator and leaves this one
 * unchanged. Each file holds a unit, a period and an evidence set for that unit and period, so it
 * can be evaluated directly with {@code compiled.evaluate(file)}.
 *
 * <p>Files shrink towards the simplest unit and every input provided with its simplest value.
 * Instances are immutable and thread-safe.
 */
public final class EvidenceFileGen extends Gen<EvidenceFile> {

  static final Period DEFAULT_PERIOD = Period.year(2022);

  private final Catalog catalog;
  private final Gen<Unit> units;
  private final Period period;
  private final boolean allProvided;

  EvidenceFileGen(Catalog catalog, Gen<Unit> units, Period period, boolean allProvided) {
    super(
        "files(catalog "
            + catalog.id()
            + ", "
            + units
            + ", period "
            + period.id()
            + (allProvided ? ", all provided" : "")
            + ")",
        draw(catalog.inputs(), units, period, allProvided));
    this.catalog = catalog;
    this.units = units;
    this.period = period;
    this.allProvided = allProvided;
  }

  /**
   * Returns a generator of files for {@code period}.
   *
   * @param period the period
   * @return the reconfigured generator
   */
  public EvidenceFileGen period(Period period) {
    return new EvidenceFileGen(
        catalog, units, Objects.requireNonNull(period, "period"), allProvided);
  }

  /**
   * Returns a generator of files whose units come from {@code units}, for example {@code
   * UnitGens.units().kinds("thi_tran").attributesOf(catalog)}.
   *
   * @param units the unit generator
   * @return the reconfigured generator
   */
  public EvidenceFileGen units(Gen<Unit> units) {
    return new EvidenceFileGen(
        catalog, Objects.requireNonNull(units, "units"), period, allProvided);
  }

  /**
   * Returns a generator of files in which every declared input has a provided value.
   *
   * @return the reconfigured generator
   */
  public EvidenceFileGen allProvided() {
    return new EvidenceFileGen(catalog, units, period, true);
  }

  /**
   * Returns a generator of deliberately invalid files: a file from this generator with one to three
   * items that do not fit the catalog, each listed as an {@link InvalidEvidence.Problem} with the
   * data-quality code an evaluation must report for it:
   *
   * <ul>
   *   <li>{@code RB601}: a value of the wrong type for a declared input (a count for a ratio);
   *   <li>{@code RB602}: an item for a key the catalog does not declare;
   *   <li>{@code RB603}: a quantity in another unit than the declared one;
   *   <li>{@code RB604}: a choice option the input does not declare.
   * </ul>
   *
   * <p>Impossible values such as the ratio {@code 5/0} cannot be constructed at all ({@link
   * EvidenceValue.Ratio} rejects them), so "invalid" means a mismatch between well-formed evidence
   * and the catalog. Shrinks towards a single problem.
   *
   * @return the generator
   */
  public Gen<InvalidEvidence> invalid() {
    List<InputDecl> inputs = catalog.inputs();
    Set<String> keys = inputs.stream().map(InputDecl::key).collect(Collectors.toSet());
    List<InputDecl> choices = inputs.stream().filter(i -> i.type() == InputType.CHOICE).toList();
    List<InputDecl> quantities =
        inputs.stream()
            .filter(i -> i.type() == InputType.QUANTITY && i.unit().isPresent())
            .toList();
    List<Gen<Map.Entry<String, Mutation>>> kinds = new ArrayList<>();
    kinds.add(unknownKeys(keys));
    if (!inputs.isEmpty()) {
      kinds.add(wrongTypes(inputs));
    }
    if (!choices.isEmpty()) {
      kinds.add(undeclaredOptions(choices));
    }
    if (!quantities.isEmpty()) {
      kinds.add(wrongUnits(quantities));
    }
    Gen<Map.Entry<String, Mutation>> mutation = Gen.elements(kinds).flatMap(g -> g);
    Gen<List<Map.Entry<String, Mutation>>> mutations = Gen.listOf(mutation, 1, 3);
    return Gen.combine(
        this,
        mutations,
        (file, list) -> {
          Map<String, Mutation> byKey = new LinkedHashMap<>();
          list.forEach(e -> byKey.put(e.getKey(), e.getValue()));
          TreeMap<String, Evidence> items = new TreeMap<>(file.evidence().evidence());
          List<InvalidEvidence.Problem> problems = new ArrayList<>();
          new TreeMap<>(byKey)
              .forEach(
                  (key, m) -> {
                    items.put(key, Evidence.provided(m.value()));
                    problems.add(new InvalidEvidence.Problem(key, m.code(), m.description()));
                  });
          EvidenceSet evidence =
              EvidenceSet.builder()
                  .unitCode(file.evidence().unitCode())
                  .periodId(file.evidence().periodId())
                  .evidence(items)
                  .build();
          return new InvalidEvidence(
              new EvidenceFile(file.unit(), file.period(), evidence), problems);
        });
  }

  /**
   * One deliberate mismatch: the value to put under a key and the code it must be reported with.
   */
  private record Mutation(EvidenceValue value, String code, String description) {}

  private Gen<Map.Entry<String, Mutation>> unknownKeys(Set<String> declared) {
    return Gen.combine(
        Gen.strings(Alphabet.of("abcdefghijklmnopqrstuvwxyz"), 1, 6),
        Gen.integers(0, MAX_UNKNOWN_COUNT),
        (suffix, n) -> {
          String key = "khong_khai_bao_" + suffix;
          while (declared.contains(key)) {
            key = key + "_x";
          }
          return Map.entry(
              key,
              new Mutation(
                  new EvidenceValue.Count(n),
                  DiagnosticCode.EVIDENCE_FOR_NO_INPUT.code(),
                  "an undeclared input key"));
        });
  }

  private static final int MAX_UNKNOWN_COUNT = 9;

  private Gen<Map.Entry<String, Mutation>> wrongTypes(List<InputDecl> inputs) {
    return Gen.elements(inputs)
        .flatMap(
            in -> {
              List<InputType> others = new ArrayList<>(List.of(InputType.values()));
              others.remove(in.type());
              return Gen.elements(others)
                  .flatMap(
                      t ->
                          EvidenceGens.valuesOf(
                                  t, List.of("lua_chon_khac"), Optional.empty(), period)
                              .map(
                                  v ->
                                      Map.entry(
                                          in.key(),
                                          new Mutation(
                                              v,
                                              DiagnosticCode.EVIDENCE_OF_WRONG_TYPE.code(),
                                              "a "
                                                  + t.keyword()
                                                  + " for a "
                                                  + in.type().keyword()
                                                  + " input"))));
            });
  }

  private Gen<Map.Entry<String, Mutation>> undeclaredOptions(List<InputDecl> choices) {
    return Gen.combine(
        Gen.elements(choices),
        Gen.strings(Alphabet.of("abcdefghijklmnopqrstuvwxyz"), 1, 6),
        (in, suffix) -> {
          String option = "khong_co_" + suffix;
          while (in.options().contains(option)) {
            option = option + "_x";
          }
          return Map.entry(
              in.key(),
              new Mutation(
                  new EvidenceValue.Choice(option),
                  DiagnosticCode.UNDECLARED_OPTION.code(),
                  "the undeclared option " + option));
        });
  }

  private Gen<Map.Entry<String, Mutation>> wrongUnits(List<InputDecl> quantities) {
    return Gen.combine(
        Gen.elements(quantities),
        Gen.decimals(BigDecimal.ZERO, BigDecimal.valueOf(10_000), 2),
        (in, amount) -> {
          String declared = in.unit().orElseThrow();
          String unit = declared.equals("nghìn đồng") ? "tỷ đồng" : "nghìn đồng";
          return Map.entry(
              in.key(),
              new Mutation(
                  new EvidenceValue.Quantity(Decimal.of(amount), unit),
                  DiagnosticCode.QUANTITY_IN_OTHER_UNIT.code(),
                  "a quantity in " + unit + " instead of " + declared));
        });
  }

  /** Returns the period of the generated files. */
  Period period() {
    return period;
  }

  private static Draw<EvidenceFile> draw(
      List<InputDecl> inputs, Gen<Unit> units, Period period, boolean allProvided) {
    EvidenceSetGen sets = new EvidenceSetGen(inputs, "00001", period, allProvided);
    return source -> {
      Unit unit = units.generate(source);
      return new EvidenceFile(unit, period, sets.generate(source, unit.code()));
    };
  }
}
