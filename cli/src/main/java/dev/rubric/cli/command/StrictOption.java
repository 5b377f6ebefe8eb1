package dev.rubric.cli.command;

import dev.rubric.cli.io.ErrorWords;
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
      err.println(ErrorWords.line(lang, p.unitCode() + ": " + p.finding().message().in(lang)));
      printed++;
    }
    if (e.problemCount() > printed) {
      err.println(
          ErrorWords.line(lang, ErrorWords.text(lang, "strict.more", e.problemCount() - printed)));
    }
    String summary =
        e.problemCount() == 1
            ? "strict.summary.one.one"
            : e.unitCount() == 1 ? "strict.summary.many.one" : "strict.summary.many.many";
    err.println(
        ErrorWords.line(lang, ErrorWords.text(lang, summary, e.problemCount(), e.unitCount())));
    err.flush();
    return 1;
  }
}
