package dev.rubric.cli.command;

import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.report.ScorecardText;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code rubric explain}: how one criterion was scored, with its sub-criteria. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    footer = {
      "  rubric explain --catalog examples/data/catalogs/cchc-xa-2022.rubric \\",
      "      --evidence examples/data/evidence/bach-thong-2022/01969-phu-thong.json --criterion 1.5"
    })
final class ExplainCommand implements Callable<Integer> {

  @Mixin private Inputs inputs;

  @Option(names = "--criterion", paramLabel = "CODE", required = true, descriptionKey = "criterion")
  private String criterion;

  @Mixin private UnitOption unit;

  @ParentCommand private RubricCommand rubric;

  /**
   * Returns the codes nearest to the unknown one in the tree: the sub-criteria of its parent code
   * when that exists ({@code 1.9}: those of {@code 1}), else the top-level ones (areas, bonus and
   * penalty items).
   */
  private String nearest(Scorecard card) {
    int dot = criterion.lastIndexOf('.');
    Optional<NodeResult> parent =
        dot > 0 ? card.node(criterion.substring(0, dot)) : Optional.empty();
    if (parent.isPresent() && !parent.get().children().isEmpty()) {
      return "the criteria of "
          + parent.get().code()
          + " are "
          + parent.get().children().stream()
              .map(NodeResult::code)
              .collect(Collectors.joining(", "));
    }
    return "the top-level codes are "
        + card.nodes().stream().map(NodeResult::code).collect(Collectors.joining(", "));
  }

  @Override
  public Integer call() {
    Evaluated e = unit.evaluate(inputs.load());
    NodeResult node =
        e.card()
            .node(criterion)
            .orElseThrow(
                () -> {
                  List<String> codes =
                      e.card().nodes().stream()
                          .flatMap(n -> n.flatten().stream())
                          .map(NodeResult::code)
                          .toList();
                  return new InvalidInputException(
                      "unknown criterion '"
                          + criterion
                          + "' in catalog '"
                          + e.card().catalogId()
                          + "'; "
                          + Suggestions.didYouMean(criterion, codes)
                              .orElseGet(() -> nearest(e.card())));
                });
    PrintWriter out = rubric.out();
    out.print(ScorecardText.explain(node, e.card(), rubric.language(), rubric.ansi()));
    out.flush();
    return 0;
  }
}
