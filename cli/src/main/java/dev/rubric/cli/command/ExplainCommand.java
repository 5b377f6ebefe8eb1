package dev.rubric.cli.command;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.NodeResult;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.cli.cli.Arguments;
import dev.rubric.cli.cli.CommandSpec;
import dev.rubric.cli.cli.Option;
import dev.rubric.cli.io.InvalidInputException;
import dev.rubric.report.ScorecardText;
import java.util.List;
import java.util.Optional;

/** {@code rubric explain}: how one criterion was scored, with its sub-criteria. */
final class ExplainCommand implements Command {

  private static final CommandSpec SPEC =
      new CommandSpec(
          "explain",
          LocalizedText.of(
              "Giải trình cách chấm một tiêu chí", "Explain how one criterion was scored"),
          LocalizedText.of(
              "Đánh giá một đơn vị rồi in cây giải trình của một tiêu chí (và các tiêu chí con):"
                  + " các giá trị\n"
                  + "đã quyết định điểm, cùng phát hiện và khuyến nghị.",
              "Evaluates one unit and prints the explanation tree of one criterion and its"
                  + " sub-criteria: the\n"
                  + "values that decided its points, with its findings and recommendations."),
          Commands.withCommon(
              Commands.catalog(),
              Option.value(
                      Commands.EVIDENCE,
                      "FILE",
                      "Tệp bằng chứng .json, .csv hoặc thư mục",
                      "Evidence: a .json or .csv file, or a directory")
                  .asRequired(),
              Option.value(
                      Commands.CRITERION,
                      "CODE",
                      "Mã tiêu chí, ví dụ 1.5",
                      "The criterion's code, e.g. 1.5")
                  .asRequired(),
              Commands.unit()),
          Optional.empty(),
          List.of(
              "explain --catalog examples/data/catalogs/cchc-xa-2022.rubric --evidence"
                  + " examples/data/evidence/bach-thong-2022/01969-phu-thong.json --criterion"
                  + " 1.5"));

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
    String code = args.required(Commands.CRITERION);
    NodeResult node =
        e.card()
            .node(code)
            .orElseThrow(
                () -> {
                  List<String> codes =
                      e.card().nodes().stream()
                          .flatMap(n -> n.flatten().stream())
                          .map(NodeResult::code)
                          .toList();
                  return new InvalidInputException(
                      "unknown criterion '"
                          + code
                          + "' in catalog '"
                          + e.card().catalogId()
                          + "'"
                          + Suggestions.didYouMean(code, codes).map(h -> "; " + h).orElse(""));
                });
    context.emit(
        args, ScorecardText.explain(node, e.card(), Context.language(args), context.ansi(args)));
    return 0;
  }
}
