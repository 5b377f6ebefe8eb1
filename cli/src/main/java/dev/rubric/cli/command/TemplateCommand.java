package dev.rubric.cli.command;

import dev.rubric.cli.io.Catalogs;
import dev.rubric.cli.io.ErrorWords;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.xlsx.EvidenceWorkbook;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code rubric template}: the evidence template of a catalog, as an {@code .xlsx} workbook or CSV,
 * for offices to fill in; {@code evaluate} and {@code rank} read it back.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric template --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --units examples/data/evidence/bach-thong-2022.csv --period 2022 \\",
      "      --out bach-thong-2023.xlsx",
      "  rubric template --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --format csv --lang en --out template.csv"
    })
final class TemplateCommand implements Callable<Integer> {

  @Option(names = "--catalog", paramLabel = "FILE", required = true, descriptionKey = "catalog")
  private Path catalog;

  @Option(names = "--units", paramLabel = "FILE", descriptionKey = "units")
  private @Nullable Path units;

  @Option(names = "--period", paramLabel = "YEAR", descriptionKey = "period")
  private @Nullable String period;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.TemplateFormats.class,
      descriptionKey = "template-format")
  private String format = "xlsx";

  @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "template-out")
  private Path out;

  @ParentCommand private RubricCommand rubric;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    Optional<Period> year = period();
    CompiledCatalog compiled = Catalogs.compile(catalog, catalog.toString()).orElseThrow();
    List<Unit> listed = units(compiled);
    if (format.equals("csv")) {
      TextFiles.write(out, EvidenceWorkbook.csvTemplate(compiled, listed, year, rubric.language()));
    } else {
      write(EvidenceWorkbook.template(compiled, listed, year, rubric.language()));
    }
    return 0;
  }

  private Optional<Period> period() {
    if (period == null) {
      return Optional.empty();
    }
    try {
      if (period.matches("[0-9]{4}")) {
        return Optional.of(Period.year(Integer.parseInt(period)));
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(), ErrorWords.text(rubric.language(), "usage.period", period));
  }

  /** Returns the units of {@code --units} in file order, each once; none without the option. */
  private List<Unit> units(CompiledCatalog compiled) {
    if (units == null) {
      return List.of();
    }
    List<Unit> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (EvidenceFile f :
        EvidenceLoader.source(units, units.toString(), compiled.catalog(), Inputs.FORMATS)) {
      if (seen.add(f.unit().code())) {
        out.add(f.unit());
      }
    }
    return out;
  }

  private void write(byte[] bytes) {
    if (Files.isDirectory(out)) {
      throw new InvalidInputException(
          Message.of(MessageKey.WRITE_DIRECTORY, Arg.text(out.toString())));
    }
    try {
      Files.write(out, bytes);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          Message.of(MessageKey.WRITE_NO_DIRECTORY, Arg.text(out.toString())));
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(
          Message.of(MessageKey.WRITE_DENIED, Arg.text(out.toString())));
    } catch (IOException e) {
      throw new InvalidInputException(
          Message.of(
              MessageKey.WRITE_FAILED,
              Arg.text(out.toString()),
              Arg.text(String.valueOf(e.getMessage()))));
    }
  }
}
