package dev.rubric.testkit;

import dev.rubric.core.Period;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A generator of {@link EvidenceSet}s for a catalog's declared inputs, created by {@link
 * EvidenceGens#evidence} and configured fluently: each configuration method returns a new generator
 * and leaves this one unchanged.
 *
 * <p>By default each input gets an item of any status ({@link EvidenceGens#items}) or no item at
 * all: required inputs are left out about one time in twenty, optional ones about one time in
 * seven. {@link #allProvided()} gives every input a provided value. Sets shrink towards every input
 * provided with its simplest value. Instances are immutable and thread-safe.
 */
public final class EvidenceSetGen extends Gen<EvidenceSet> {

  private final List<InputDecl> inputs;
  private final String unitCode;
  private final Period period;
  private final boolean allProvided;
  private final List<Gen<Optional<Evidence>>> items;

  EvidenceSetGen(List<InputDecl> inputs, String unitCode, Period period, boolean allProvided) {
    this(inputs, unitCode, period, allProvided, items(inputs, period, allProvided));
  }

  private EvidenceSetGen(
      List<InputDecl> inputs,
      String unitCode,
      Period period,
      boolean allProvided,
      List<Gen<Optional<Evidence>>> items) {
    super(
        "evidence("
            + inputs.size()
            + " inputs, unit "
            + unitCode
            + ", period "
            + period.id()
            + (allProvided ? ", all provided" : "")
            + ")",
        source -> build(source, inputs, items, unitCode, period));
    this.inputs = inputs;
    this.unitCode = unitCode;
    this.period = period;
    this.allProvided = allProvided;
    this.items = items;
  }

  /**
   * Returns a generator of sets for the unit with {@code code}.
   *
   * @param code the unit's administrative code
   * @return the reconfigured generator
   */
  public EvidenceSetGen unitCode(String code) {
    return new EvidenceSetGen(
        inputs, Objects.requireNonNull(code, "code"), period, allProvided, items);
  }

  /**
   * Returns a generator of sets for {@code period}; dates are generated around it.
   *
   * @param period the period
   * @return the reconfigured generator
   */
  public EvidenceSetGen period(Period period) {
    return new EvidenceSetGen(
        inputs, unitCode, Objects.requireNonNull(period, "period"), allProvided);
  }

  /**
   * Returns a generator of sets in which every declared input has a provided value.
   *
   * @return the reconfigured generator
   */
  public EvidenceSetGen allProvided() {
    return new EvidenceSetGen(inputs, unitCode, period, true);
  }

  /** Returns a set for unit {@code code} drawn from {@code source}; the body of this generator. */
  EvidenceSet generate(ChoiceSource source, String code) {
    return build(source, inputs, items, code, period);
  }

  private static List<Gen<Optional<Evidence>>> items(
      List<InputDecl> inputs, Period period, boolean allProvided) {
    List<Gen<Optional<Evidence>>> items = new ArrayList<>();
    for (InputDecl in : inputs) {
      Gen<EvidenceValue> values = EvidenceGens.values(in, period);
      if (allProvided) {
        items.add(values.map(v -> Optional.of(Evidence.provided(v))));
      } else {
        items.add(
            Gen.frequency(
                Weighted.of(in.required() ? 19 : 6, EvidenceGens.items(values).map(Optional::of)),
                Weighted.of(1, Gen.constant(Optional.<Evidence>empty()))));
      }
    }
    return items;
  }

  private static EvidenceSet build(
      ChoiceSource source,
      List<InputDecl> inputs,
      List<Gen<Optional<Evidence>>> items,
      String unitCode,
      Period period) {
    SortedMap<String, Evidence> map = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      String key = inputs.get(i).key();
      items.get(i).generate(source).ifPresent(e -> map.put(key, e));
    }
    return EvidenceSet.builder().unitCode(unitCode).periodId(period.id()).evidence(map).build();
  }
}
