package dev.rubric.cohort.robust;

import dev.rubric.core.catalog.Catalog;
import java.util.List;
import java.util.Objects;

/**
 * An uncertainty and sensitivity analysis of a ranking: how each unit's rank holds when the areas'
 * weights move at random (Monte Carlo), when one area is left out, and how much each area's weight
 * moves the ranking. Made by {@link RobustnessAccumulator#analyse}.
 *
 * @param catalog the catalog the units were evaluated against
 * @param catalogHash the content hash of that catalog ({@code sha256:…}), as the units' scorecards
 *     carry it
 * @param options how the weights were perturbed
 * @param areas the areas whose weights were perturbed, in catalog order, with their influence
 * @param units the units by nominal rank, then unit code, then period
 */
public record RankRobustness(
    Catalog catalog,
    String catalogHash,
    RobustnessOptions options,
    List<AreaInfluence> areas,
    List<UnitRobustness> units) {

  /** Validates and copies the components. */
  public RankRobustness {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(catalogHash, "catalogHash");
    Objects.requireNonNull(options, "options");
    areas = List.copyOf(areas);
    units = List.copyOf(units);
    for (UnitRobustness u : units) {
      if (u.leaveOneOut().size() != areas.size()) {
        throw new IllegalArgumentException(
            "units: expected one leave-one-out rank per area ("
                + areas.size()
                + ") but unit '"
                + u.unitCode()
                + "' has "
                + u.leaveOneOut().size());
      }
    }
  }

  /** Returns the number of stable units. */
  public long stableCount() {
    return units.stream().filter(UnitRobustness::stable).count();
  }
}
