package dev.rubric.cli.command;

import static dev.rubric.report.Labels.tr;

import dev.rubric.cli.io.ErrorWords;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Lineage;
import dev.rubric.report.ScorecardText;
import java.io.PrintWriter;
import java.util.ArrayList;
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
  private String nearest(Scorecard card, Language lang) {
    int dot = criterion.lastIndexOf('.');
    Optional<NodeResult> parent =
        dot > 0 ? card.node(criterion.substring(0, dot)) : Optional.empty();
    if (parent.isPresent() && !parent.get().children().isEmpty()) {
      return ErrorWords.text(
          lang,
          "input.childCodes",
          parent.get().code(),
          parent.get().children().stream().map(NodeResult::code).collect(Collectors.joining(", ")));
    }
    return ErrorWords.text(
        lang,
        "input.topCodes",
        card.nodes().stream().map(NodeResult::code).collect(Collectors.joining(", ")));
  }

  /**
   * Returns which layer set each property of node {@code code} ({@code "max 4, set by
   * cchc-xa-bac-kan 2022.1.0 at line 24, overriding 3 from cchc-xa-khung 2022.1.0 (line 181)"}),
   * under a heading; empty for a catalog of one text.
   */
  static String provenance(Lineage lineage, String code, Language lang) {
    if (!lineage.isLayered()) {
      return "";
    }
    List<String> properties = new ArrayList<>();
    for (Lineage.Setting s : lineage.settings(code)) {
      if (!properties.contains(s.property())) {
        properties.add(s.property());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append('\n')
        .append(tr(lang, "NGUỒN GỐC (CÁC LỚP CỦA BỘ TIÊU CHÍ)", "PROVENANCE (CATALOG LAYERS)"))
        .append('\n');
    for (String property : properties) {
      List<Lineage.Setting> chain = lineage.settings(code, property);
      Lineage.Setting now = chain.get(chain.size() - 1);
      String what = property.equals("node") ? tr(lang, "tiêu chí", "criterion") : property;
      if (now.value().isPresent()) {
        what += " " + now.value().get();
      }
      b.append("  ")
          .append(what)
          .append(
              tr(
                  lang,
                  property.equals("node") ? ", thêm bởi " : ", đặt bởi ",
                  property.equals("node") ? ", added by " : ", set by "))
          .append(layer(now.layer()))
          .append(tr(lang, " tại dòng ", " at line "))
          .append(now.line())
          .append(" (")
          .append(fileName(now.layer()))
          .append(')');
      if (chain.size() > 1) {
        Lineage.Setting before = chain.get(chain.size() - 2);
        b.append(tr(lang, ", thay cho ", ", overriding "))
            .append(before.value().map(v -> v + " ").orElse(""))
            .append(tr(lang, "của ", "from "))
            .append(layer(before.layer()))
            .append(tr(lang, " (dòng ", " (line "))
            .append(before.line())
            .append(')');
      }
      b.append('\n');
    }
    return b.toString();
  }

  /** Returns the file name of the layer's text, without its folder. */
  private static String fileName(Lineage.Layer l) {
    String f = l.file().replace('\\', '/');
    return f.substring(f.lastIndexOf('/') + 1);
  }

  private static String layer(Lineage.Layer l) {
    return l.catalogId() + " " + l.catalogVersion();
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
                  Language lang = rubric.language();
                  return new InvalidInputException(
                      ErrorWords.text(
                              lang, "input.unknownCriterion", criterion, e.card().catalogId())
                          + "; "
                          + Suggestions.closest(criterion, codes)
                              .map(c -> ErrorWords.didYouMean(lang, c))
                              .orElseGet(() -> nearest(e.card(), lang)));
                });
    PrintWriter out = rubric.out();
    out.print(
        ScorecardText.explain(
            node, e.card(), e.catalog().catalog(), rubric.language(), rubric.ansi()));
    out.print(provenance(e.catalog().lineage(), node.code(), rubric.language()));
    out.flush();
    return 0;
  }
}
