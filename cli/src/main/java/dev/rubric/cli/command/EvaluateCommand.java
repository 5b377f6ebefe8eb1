package dev.rubric.cli.command;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.cli.CommandSpec;
import dev.rubric.cli.cli.Option;
import java.util.List;
import java.util.Optional;

/** {@code rubric evaluate}: one unit's scorecard as text, JSON, CSV or HTML. */
final class EvaluateCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "evaluate",
          LocalizedText.of("Đánh giá một đơn vị", "Evaluate one unit"),
          LocalizedText.of(
              "Đánh giá một đơn vị theo bộ tiêu chí và in bảng điểm, phát hiện và khuyến nghị. Bằng"
                  + " chứng là\n"
                  + "tệp .json (rubric-evidence/1), tệp .csv hoặc thư mục; khi có nhiều đơn vị,"
                  + " chọn bằng --unit.",
              "Evaluates one unit against a catalog and prints its scorecard, findings and"
                  + " recommendations.\n"
                  + "The evidence is a .json file (rubric-evidence/1), a .csv file or a directory;"
                  + " when it holds\n"
                  + "several units, choose one with --unit."),
          Commands.withCommon(
              Commands.catalog(),
              Option.value(
                      Commands.EVIDENCE,
                      "FILE",
                      "Tệp bằng chứng .json, .csv hoặc thư mục",
                      "Evidence: a .json or .csv file, or a directory")
                  .asRequired(),
              Commands.unit(),
              Commands.format("text", "json", "csv", "html"),
              Commands.out()),
          Optional.empty(),
          List.of(
              "evaluate --catalog examples/data/catalogs/cchc-xa-2022.rubric"
                  + " --evidence examples/data/evidence/bach-thong-2022/01969-phu-thong.json",
              "evaluate --catalog examples/data/catalogs/cchc-xa-2022.rubric --evidence"
                  + " examples/data/evidence/bach-thong-2022.csv --unit 01969 --format html --out"
                  + " phu-thong.html"));

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments args, Context context) {
    Commands.Loaded loaded = Commands.load(args);
    CompiledCatalog catalog = loaded.catalog();
    String evidence = loaded.evidence();
    List<EvidenceFile> cohort = loaded.cohort();
    Commands.Evaluated e =
        Commands.evaluateOne(catalog, cohort, args.value(Commands.UNIT), evidence, SPEC);
    String format = args.value(Commands.FORMAT, "text");
    context.emit(
        args, Commands.report(format, e, catalog, Context.language(args), context.ansi(args)));
    return 0;
  }
}
