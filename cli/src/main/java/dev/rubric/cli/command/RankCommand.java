package dev.rubric.cli.command;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.cli.CommandSpec;
import dev.rubric.cli.cli.Option;
import dev.rubric.cli.io.InvalidInputException;
import dev.rubric.cohort.Ranking;
import dev.rubric.report.RankingCsv;
import dev.rubric.report.RankingHtml;
import dev.rubric.report.RankingJson;
import dev.rubric.report.RankingText;
import java.util.List;
import java.util.Optional;

/** {@code rubric rank}: evaluates many units and ranks them by index. */
final class RankCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "rank",
          LocalizedText.of("Đánh giá và xếp hạng nhiều đơn vị", "Evaluate and rank many units"),
          LocalizedText.of(
              "Đánh giá mọi đơn vị trong tệp .csv, tệp .json hoặc thư mục bằng chứng, xếp hạng theo"
                  + " chỉ số đã\n"
                  + "làm tròn (bằng chỉ số thì cùng hạng: 1, 2, 2, 4), in phân bố xếp loại và điểm"
                  + " trung bình\n"
                  + "theo lĩnh vực.",
              "Evaluates every unit of a .csv file, a .json file or a directory of evidence, ranks"
                  + " them by\n"
                  + "rounded index (equal indexes share a rank: 1, 2, 2, 4), and prints the band"
                  + " distribution\n"
                  + "and the average points by area."),
          Commands.withCommon(
              Commands.catalog(),
              Option.value(
                      Commands.EVIDENCE,
                      "FILE",
                      "Bằng chứng: tệp .csv, tệp .json hoặc thư mục",
                      "Evidence: a .csv file, a .json file or a directory")
                  .asRequired(),
              Commands.format("text", "json", "csv", "html"),
              Commands.out()),
          Optional.empty(),
          List.of(
              "rank --catalog examples/data/catalogs/cchc-xa-2022.rubric --evidence"
                  + " examples/data/evidence/bach-thong-2022.csv",
              "rank --catalog examples/data/catalogs/cchc-xa-2022.rubric --evidence"
                  + " examples/data/evidence/bach-thong-2022 --format html --out bach-thong.html"));

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
    if (cohort.isEmpty()) {
      throw new InvalidInputException("'" + evidence + "' holds no unit to rank");
    }
    List<Scorecard> cards = catalog.evaluateAll(cohort);
    Ranking ranking = Ranking.of(catalog.catalog(), cards);
    Language lang = Context.language(args);
    String report;
    switch (args.value(Commands.FORMAT, "text")) {
      case "json":
        report = RankingJson.render(ranking);
        break;
      case "csv":
        report = RankingCsv.render(ranking, lang);
        break;
      case "html":
        report = RankingHtml.render(ranking, lang);
        break;
      default:
        report = RankingText.render(ranking, lang, context.ansi(args));
        break;
    }
    context.emit(args, report);
    return 0;
  }
}
