package dev.rubric.dsl;

import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import java.util.List;
import java.util.Objects;

/**
 * One unit evaluated twice from the same evidence: without waivers and with them, so that the
 * effect of the waivers is always visible beside the index they produce.
 *
 * <p>In {@link #withWaivers()} each waived node carries its waiver ({@link Scorecard#waivers()},
 * {@code "waiver"} in JSON), its parents' points, the channel totals, the index and the band are
 * recomputed from the waived points, and the findings list every waiver applied (RB754) and every
 * waiver of the unit that was not in force on the period's as-of date (RB755). {@link
 * #withoutWaivers()} is exactly what {@link
 * CompiledCatalog#evaluate(dev.rubric.core.evidence.EvidenceFile)} returns.
 *
 * @param withoutWaivers the scorecard of the evidence alone
 * @param withWaivers the scorecard with the unit's waivers in force applied
 */
public record WaivedEvaluation(Scorecard withoutWaivers, Scorecard withWaivers) {

  /** Validates the components. */
  public WaivedEvaluation {
    Objects.requireNonNull(withoutWaivers, "withoutWaivers");
    Objects.requireNonNull(withWaivers, "withWaivers");
  }

  /** Returns the waivers applied, in catalog order. */
  public List<Waiver> applied() {
    return List.copyOf(withWaivers.waivers().values());
  }
}
