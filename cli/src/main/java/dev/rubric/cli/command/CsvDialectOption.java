package dev.rubric.cli.command;

import dev.rubric.core.csv.CsvDialect;
import picocli.CommandLine.Option;

/**
 * The option {@code --csv-dialect} of the commands that write CSV ({@code evaluate}, {@code rank},
 * {@code advise}, {@code reconcile}, {@code diff}, {@code compare}; not {@code template}): {@code
 * standard} ({@code ','} and decimal points), {@code vi} ({@code ';'} and decimal commas, as a
 * spreadsheet program in a Vietnamese locale expects) or {@code vi-sep} ({@code vi} with a first
 * line {@code sep=;} for Microsoft Excel). A picocli mixin.
 */
final class CsvDialectOption {

  @Option(
      names = "--csv-dialect",
      paramLabel = "DIALECT",
      completionCandidates = Choices.CsvDialects.class,
      descriptionKey = "csvDialect")
  private String dialect = CsvDialect.STANDARD.keyword();

  /** Returns the chosen dialect; the parser has already checked it is one of the keywords. */
  CsvDialect dialect() {
    return CsvDialect.of(dialect).orElseThrow();
  }
}
