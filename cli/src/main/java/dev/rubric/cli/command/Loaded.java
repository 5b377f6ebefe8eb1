package dev.rubric.cli.command;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waivers;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.WaivedEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A compiled catalog and the evidence of the units to evaluate against it.
 *
 * @param catalog the compiled catalog
 * @param source how the evidence is named in messages
 * @param cohort every unit's evidence, in file order; read a unit at a time, as often as needed,
 *     and never held whole here (an {@link dev.rubric.core.io.EvidenceSource} of the user's files,
 *     or a list)
 */
record Loaded(CompiledCatalog catalog, String source, Iterable<EvidenceFile> cohort) {

  /** Returns the same inputs with the catalog as {@code option} wants it (strict or not). */
  Loaded strict(StrictOption option) {
    return new Loaded(option.apply(catalog), source, cohort);
  }

  /**
   * Returns the scorecard of one unit: the only unit, or the one with code {@code unit}. The cohort
   * is read through once to find the unit and count the units, keeping only the unit found; when
   * the catalog compares units with their cohort, the whole cohort is then evaluated as a stream. A
   * problem in the evidence is reported before any of these checks, as the reading meets it.
   *
   * @param command the command whose usage a usage error shows
   * @throws InvalidInputException if no unit or several have the code, or the evidence is malformed
   * @throws ParameterException if the cohort holds several units and none was chosen
   */
  Evaluated evaluate(Optional<String> unit, CommandSpec command) {
    return evaluate(unit, command, Optional.empty());
  }

  /**
   * Returns the scorecard of one unit as {@link #evaluate(Optional, CommandSpec)} does, and with
   * {@code waivers} its scorecard with waivers too. Every waiver must name a unit of the evidence
   * and fit the catalog; the chosen unit's waivers are applied.
   *
   * @throws dev.rubric.dsl.InvalidWaiversException if a waiver names a unit outside the evidence or
   *     does not fit the catalog; nothing is evaluated then
   */
  Evaluated evaluate(Optional<String> unit, CommandSpec command, Optional<Waivers> waivers) {
    List<String> unitCodes = new ArrayList<>();
    int units = 0;
    int matches = 0;
    int index = -1;
    @Nullable EvidenceFile chosen = null;
    for (EvidenceFile f : cohort) {
      if (waivers.isPresent()) {
        unitCodes.add(f.unit().code());
      }
      if (unit.isPresent() ? f.unit().code().equals(unit.get()) : units == 0) {
        if (matches == 0) {
          chosen = f;
          index = units;
        }
        matches++;
      }
      units++;
    }
    if (unit.isPresent()) {
      if (matches == 0) {
        // only on this error path are the codes gathered, from a second reading
        List<String> codes = new ArrayList<>();
        for (EvidenceFile f : cohort) {
          codes.add(f.unit().code());
        }
        Language lang = RubricCommand.languageOf(command);
        throw new InvalidInputException(
            ErrorWords.text(lang, "input.noSuchUnit", unit.get(), source)
                + Suggestions.closest(unit.get(), codes)
                    .map(c -> "; " + ErrorWords.didYouMean(lang, c))
                    .orElse(""));
      }
      if (matches > 1) {
        throw ErrorWords.input("input.manyPeriods", unit.get(), matches, source);
      }
    } else if (units != 1) {
      throw new ParameterException(
          command.commandLine(),
          ErrorWords.text(RubricCommand.languageOf(command), "usage.manyUnits", source, units));
    }
    EvidenceFile file = Objects.requireNonNull(chosen);
    if (waivers.isPresent()) {
      return evaluateWaived(file, index, unitCodes, waivers.get());
    }
    Scorecard card;
    if (catalog.needsCohort()) {
      ScorecardAt at = new ScorecardAt(index);
      catalog.evaluateAll(cohort, at);
      Scorecard found = at.card;
      if (found == null || !found.unitCode().equals(file.unit().code())) {
        throw ErrorWords.input("input.changed", source);
      }
      card = found;
    } else {
      card = catalog.evaluate(file);
    }
    return new Evaluated(file, card, Optional.empty(), catalog, source);
  }

  /**
   * Evaluates {@code file}, the unit at {@code index} of the cohort whose unit codes are {@code
   * codes}, without and with its waivers, after checking every waiver against the catalog and the
   * codes. A catalog that compares units with their cohort evaluates the whole cohort, held in
   * memory.
   */
  private Evaluated evaluateWaived(
      EvidenceFile file, int index, List<String> codes, Waivers waivers) {
    catalog.checkWaivers(waivers, codes);
    WaivedEvaluation e;
    if (catalog.needsCohort()) {
      List<EvidenceFile> all = new ArrayList<>();
      cohort.forEach(all::add);
      if (all.size() != codes.size()) {
        throw ErrorWords.input("input.changed", source);
      }
      e = catalog.evaluateAll(all, waivers).get(index);
    } else {
      e = catalog.evaluate(file, Waivers.of(waivers.forUnit(file.unit().code())));
    }
    return new Evaluated(file, e.withWaivers(), Optional.of(e.withoutWaivers()), catalog, source);
  }

  /** Keeps the scorecard at one index of a streamed evaluation. */
  private static final class ScorecardAt implements Consumer<Scorecard> {
    private final int index;
    private int seen;
    private @Nullable Scorecard card;

    ScorecardAt(int index) {
      this.index = index;
    }

    @Override
    public void accept(Scorecard c) {
      if (seen++ == index) {
        card = c;
      }
    }
  }
}
