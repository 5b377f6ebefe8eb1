package dev.rubric.cli.command;

import static dev.rubric.report.Labels.tr;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.dsl.Compilation;
import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.cli.CommandSpec;
import dev.rubric.cli.io.Catalogs;
import dev.rubric.cli.io.InvalidInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code rubric check}: compiles catalog files and prints their diagnostics, then one summary line
 * per file ({@code cchc-xa.rubric: ok}). Exits with 1 if any file has an error or cannot be read.
 */
final class CheckCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "check",
          LocalizedText.of(
              "Kiểm tra tệp bộ tiêu chí và in chẩn đoán",
              "Check catalog files and print diagnostics"),
          LocalizedText.of(
              "Biên dịch từng tệp bộ tiêu chí .rubric và in lỗi, cảnh báo kèm vị trí và gợi ý sửa;"
                  + " sau đó một\n"
                  + "dòng tóm tắt cho mỗi tệp. Thoát với mã 1 nếu có tệp bị lỗi.",
              "Compiles each .rubric catalog file and prints its errors and warnings with positions"
                  + " and hints,\n"
                  + "then one summary line per file. Exits with status 1 if any file has an"
                  + " error."),
          Commands.withCommon(),
          Optional.of(
              new CommandSpec.Operands(
                  "CATALOG",
                  1,
                  LocalizedText.of("Tệp bộ tiêu chí .rubric", "The .rubric catalog files"))),
          List.of("check examples/data/catalogs/cchc-xa-2022.rubric"));

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments args, Context context) {
    Language lang = Context.language(args);
    int status = 0;
    for (String file : args.operands()) {
      Compilation c;
      try {
        c = Catalogs.compile(Path.of(file), file);
      } catch (InvalidInputException e) {
        context.err().println("error: " + e.getMessage());
        status = 1;
        continue;
      }
      String rendered = c.render().stripTrailing();
      if (!rendered.isEmpty()) {
        context.out().println(rendered);
      }
      long errors = c.diagnostics().stream().filter(Diagnostic::isError).count();
      long warnings = c.diagnostics().size() - errors;
      context.out().println(file + ": " + summary(errors, warnings, lang));
      if (errors > 0) {
        status = 1;
      }
    }
    context.out().flush();
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
