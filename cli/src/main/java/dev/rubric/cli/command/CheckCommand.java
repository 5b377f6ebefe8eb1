package dev.rubric.cli.command;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cli.Version;
import dev.rubric.cli.io.Catalogs;
import dev.rubric.cli.io.ErrorWords;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.dsl.Compilation;
import dev.rubric.report.Sarif;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code rubric check}: compiles catalog files and prints their diagnostics, then one summary line
 * per file ({@code cchc-xa.rubric: ok}); with {@code --format sarif}, one SARIF log of every file's
 * diagnostics instead. Exits with 1 if any file has an error or cannot be read; a file that cannot
 * be read is also reported on standard error.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric check examples/data/catalogs/cchc-xa-2022.rubric",
      "  rubric check --format sarif --out cchc-xa.sarif examples/data/catalogs/cchc-xa-2022.rubric"
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(paramLabel = "CATALOG", arity = "1..*", descriptionKey = "catalogs")
  private List<Path> files = List.of();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      completionCandidates = Choices.CheckFormats.class,
      descriptionKey = "format")
  private String format = "text";

  @Option(names = "--bases", paramLabel = "DIR", descriptionKey = "bases")
  private @Nullable Path bases;

  @Option(names = "--print", descriptionKey = "print")
  private boolean print;

  @Mixin private Output output;

  @ParentCommand private RubricCommand rubric;

  @Override
  public Integer call() {
    Language lang = rubric.language();
    boolean sarif = format.equals("sarif");
    PrintWriter out = rubric.out();
    List<Sarif.Source> sources = new ArrayList<>();
    StringBuilder flat = new StringBuilder();
    int status = 0;
    for (Path path : files) {
      String file = path.toString();
      Compilation c;
      try {
        c = Catalogs.compile(path, file, Optional.ofNullable(bases));
      } catch (InvalidInputException e) {
        String problem = e.message(lang);
        out.flush();
        rubric.err().println(ErrorWords.line(lang, problem));
        sources.add(Sarif.Source.unreadable(file, problem));
        status = 1;
        continue;
      }
      for (SourceText s : c.sources()) {
        List<Diagnostic> own =
            c.diagnostics().stream().filter(d -> c.sourceOf(d).equals(s)).toList();
        if (s.equals(c.source()) || !own.isEmpty()) {
          sources.add(Sarif.Source.compiled(s, own));
        }
      }
      long errors = c.diagnostics().stream().filter(Diagnostic::isError).count();
      long warnings = c.diagnostics().size() - errors;
      if (print) {
        // The flat catalog goes to the output; diagnostics and the summary, if any, to standard
        // error, so that a clean catalog prints nothing else.
        String rendered = c.render(lang).stripTrailing();
        if (!rendered.isEmpty()) {
          out.flush();
          rubric.err().println(rendered);
          rubric.err().println(file + ": " + summary(errors, warnings, lang));
          rubric.err().flush();
        }
        c.catalog().ifPresent(compiled -> flat.append(compiled.print()));
      } else if (!sarif) {
        String rendered = c.render(lang).stripTrailing();
        if (!rendered.isEmpty()) {
          out.println(rendered);
        }
        out.println(file + ": " + summary(errors, warnings, lang));
      }
      if (errors > 0) {
        status = 1;
      }
    }
    out.flush();
    if (sarif) {
      output.emit(rubric, Sarif.diagnostics(Sarif.Tool.rubric(Version.number()), sources, lang));
    } else if (print && status == 0) {
      output.emit(rubric, flat.toString());
    }
    return status;
  }

  /** Returns e.g. {@code ok}, {@code ok, 2 warnings} or {@code 3 errors, 1 warning}. */
  static String summary(long errors, long warnings, Language lang) {
    String w =
        warnings == 0
            ? ""
            : warnings + tr(lang, " cảnh báo", warnings == 1 ? " warning" : " warnings");
    if (errors == 0) {
      return w.isEmpty() ? "ok" : "ok, " + w;
    }
    String e = errors + tr(lang, " lỗi", errors == 1 ? " error" : " errors");
    return w.isEmpty() ? e : e + ", " + w;
  }
}
