package dev.rubric.cli.command;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.cli.CommandSpec;
import dev.rubric.cli.io.BundledData;
import dev.rubric.cli.io.Catalogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code rubric demo}: the Phủ Thông inspection. Evaluates the bundled evidence of Thị trấn Phủ
 * Thông against the bundled sample catalog and prints the scorecard, findings and recommendations.
 */
final class DemoCommand implements Command {

  /** The name of the bundled unit the demo evaluates. */
  static final String UNIT_NAME = "Thị trấn Phủ Thông";

  private static final CommandSpec SPEC =
      new CommandSpec(
          "demo",
          LocalizedText.of(
              "Đánh giá thị trấn Phủ Thông theo bộ tiêu chí mẫu (mặc định)",
              "Evaluate Phủ Thông town against the sample catalog (the default)"),
          LocalizedText.of(
              "Đánh giá dữ liệu mẫu (giả lập) của thị trấn Phủ Thông, huyện Bạch Thông, theo bộ"
                  + " tiêu chí\n"
                  + "Chỉ số CCHC cấp xã mẫu, rồi in bảng điểm, các phát hiện và khuyến nghị. Dữ"
                  + " liệu và bộ tiêu chí\n"
                  + "đi kèm chương trình.",
              "Evaluates the bundled (synthetic) evidence of Phủ Thông town, Bạch Thông district,"
                  + " against the\n"
                  + "bundled sample commune PAR Index catalog, and prints the scorecard, findings"
                  + " and\n"
                  + "recommendations."),
          Commands.withCommon(Commands.format("text", "json", "html"), Commands.out()),
          Optional.empty(),
          List.of("", "demo --lang en", "demo --format html --out phu-thong.html"));

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public int run(Arguments args, Context context) {
    Path catalogFile = BundledData.catalog();
    CompiledCatalog catalog =
        Catalogs.compile(catalogFile, BundledData.name(catalogFile)).orElseThrow();
    List<EvidenceFile> cohort = BundledData.cohortOf(UNIT_NAME);
    Commands.Evaluated e =
        Commands.evaluateOne(
            catalog,
            cohort,
            Optional.of(cohort.get(0).unit().code()),
            "data/" + BundledData.EVIDENCE,
            SPEC);
    String format = args.value(Commands.FORMAT, "text");
    context.emit(
        args, Commands.report(format, e, catalog, Context.language(args), context.ansi(args)));
    return 0;
  }
}
