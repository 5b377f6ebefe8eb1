package dev.rubric.cli.command;

import dev.rubric.core.Language;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.DataQualityException;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/**
 * The option {@code --strict} of {@code evaluate} and {@code rank}: data-quality findings (evidence
 * or unit data that do not fit the catalog) fail the run instead of staying in the scorecard. A
 * picocli mixin.
 */
final class StrictOption {

  /** The most problems a failed strict run prints; the rest are counted. */
  static final int MAX_PRINTED = 20;

  @Option(names = "--strict", descriptionKey = "strict")
  private boolean strict;

  /** Returns {@code catalog}, {@linkplain CompiledCatalog#strict() strict} when asked for. */
  CompiledCatalog apply(CompiledCatalog catalog) {
    return strict ? catalog.strict() : catalog;
  }

  /**
   * Prints the problems of a failed strict run to standard error, one {@code error:} line each in
   * the run's language, then a summary line, and returns the exit status 1. Nothing else has been
   * written.
   */
  static int fail(DataQualityException e, RubricCommand rubric) {
    rubric.out().flush();
    PrintWriter err = rubric.err();
    Language lang = rubric.language();
    int printed = 0;
    for (DataQualityException.Problem p : e.problems()) {
      if (printed == MAX_PRINTED) {
        break;
      }
      err.println("error: " + p.unitCode() + ": " + p.finding().message().in(lang));
      printed++;
    }
    if (e.problemCount() > printed) {
      err.println("error: … and " + (e.problemCount() - printed) + " more");
    }
    err.println(
        "error: --strict: "
            + e.problemCount()
            + (e.problemCount() == 1 ? " data-quality finding" : " data-quality findings")
            + " in "
            + e.unitCount()
            + (e.unitCount() == 1 ? " unit" : " units")
            + "; nothing was written");
    err.flush();
    return 1;
  }
}
