package dev.rubric.cli.command;

import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A compiled catalog and the evidence of the units to evaluate against it.
 *
 * @param catalog the compiled catalog
 * @param source how the evidence is named in messages
 * @param cohort every unit's evidence, in file order
 */
record Loaded(CompiledCatalog catalog, String source, List<EvidenceFile> cohort) {

  /**
   * Returns the scorecard of one unit: the only unit, or the one with code {@code unit}. When the
   * catalog compares units with their cohort, the whole cohort is evaluated.
   *
   * @param command the command whose usage a usage error shows
   * @throws InvalidInputException if no unit or several have the code
   * @throws ParameterException if the cohort holds several units and none was chosen
   */
  Evaluated evaluate(Optional<String> unit, CommandSpec command) {
    int index;
    if (unit.isPresent()) {
      List<Integer> matches = new ArrayList<>();
      for (int i = 0; i < cohort.size(); i++) {
        if (cohort.get(i).unit().code().equals(unit.get())) {
          matches.add(i);
        }
      }
      if (matches.isEmpty()) {
        List<String> codes = cohort.stream().map(f -> f.unit().code()).toList();
        throw new InvalidInputException(
            "no unit with code '"
                + unit.get()
                + "' in '"
                + source
                + "'"
                + Suggestions.didYouMean(unit.get(), codes).map(h -> "; " + h).orElse(""));
      }
      if (matches.size() > 1) {
        throw new InvalidInputException(
            "unit '"
                + unit.get()
                + "' has evidence for "
                + matches.size()
                + " periods in '"
                + source
                + "'; keep one period per file");
      }
      index = matches.get(0);
    } else if (cohort.size() == 1) {
      index = 0;
    } else {
      throw new ParameterException(
          command.commandLine(),
          "'"
              + source
              + "' holds the evidence of "
              + cohort.size()
              + " units; choose one with '--unit CODE' or rank them with 'rubric rank'");
    }
    EvidenceFile file = cohort.get(index);
    Scorecard card =
        catalog.needsCohort() ? catalog.evaluateAll(cohort).get(index) : catalog.evaluate(file);
    return new Evaluated(file, card, catalog);
  }
}
