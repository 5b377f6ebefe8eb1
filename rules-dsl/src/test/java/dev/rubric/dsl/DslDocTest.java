package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every example of the language reference, {@code docs/dsl.md}.
 *
 * <p>A {@code ```rubric} block is a whole catalog and must compile without diagnostics. A {@code
 * ```rubric-fragment} block is wrapped in a catalog skeleton first; comment lines at its top say
 * how:
 *
 * <ul>
 *   <li>{@code # context: criterion} (the default) puts the fragment in the body of a criterion,
 *       {@code area} in the body of an area, {@code bonus} or {@code penalty} in the body of such
 *       an item, {@code catalog} directly in the catalog;
 *   <li>{@code # max: 4} is the max of the wrapping criterion, bonus or penalty item (default 10; a
 *       criterion whose fragment has sub-criteria gets no max, so it sums them);
 *   <li>{@code # inputs: ratio ho_so_dung_han required, choice vai_tro(chu_tich|pho_chu_tich)} and
 *       {@code # attributes: flag co_mot_cua} declare what the fragment reads;
 *   <li>{@code # expect: RB303} says the fragment shows a mistake: compiling it must give errors,
 *       among them each listed code.
 * </ul>
 *
 * <p>Warnings fail an example unless the line before its fence is {@code <!-- warnings-ok -->}. A
 * whole catalog whose fence follows a line {@code prints as:} must be exactly the canonical text of
 * the catalog before it.
 */
class DslDocTest {
  private static final Path DOC = Path.of("../docs/dsl.md");
  private static final Pattern FENCE = Pattern.compile("^( *)```(\\S*)\\s*$");
  private static final Pattern DIRECTIVE =
      Pattern.compile("^\\s*#\\s*(context|max|inputs|attributes|expect)\\s*:(.*)$");
  private static final Pattern DECLARATION =
      Pattern.compile(
          "(\\w+)\\s+([\\p{L}_][\\p{L}\\p{M}\\p{N}_]*)(?:\\(([^)]*)\\))?(\\s+required)?");
  private static final Set<String> CONTEXTS =
      Set.of("criterion", "area", "catalog", "bonus", "penalty");

  /**
   * One example of the document: its number, the line of its fence, whether it is a fragment, its
   * text, whether warnings are intended and whether it shows how the example before it prints.
   */
  record Example(
      int number,
      int line,
      boolean fragment,
      String text,
      boolean warningsOk,
      boolean printOfPrevious) {

    String name() {
      return "dsl.md#" + number;
    }

    String describe() {
      return name() + " (docs/dsl.md line " + line + ")";
    }
  }

  // ---------------------------------------------------------------- extraction

  static String readDoc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  /**
   * Returns the {@code rubric} and {@code rubric-fragment} blocks of {@code markdown} in order.
   *
   * @throws IllegalArgumentException if a fence is not closed or a block names another rubric kind
   */
  static List<Example> examples(String markdown) {
    List<Example> out = new ArrayList<>();
    String[] lines = markdown.split("\r?\n", -1);
    int i = 0;
    while (i < lines.length) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches() || open.group(2).isEmpty()) {
        i++;
        continue;
      }
      // A block inside a list item is indented; its lines lose that indentation.
      String indent = open.group(1);
      String info = open.group(2);
      int start = i;
      StringBuilder body = new StringBuilder();
      i++;
      while (i < lines.length && !lines[i].equals(indent + "```")) {
        String line = lines[i];
        body.append(line.startsWith(indent) ? line.substring(indent.length()) : line.stripLeading())
            .append('\n');
        i++;
      }
      if (i >= lines.length) {
        throw new IllegalArgumentException(
            "line " + (start + 1) + ": ```" + info + " block is not closed");
      }
      i++;
      if (!info.startsWith("rubric")) {
        continue;
      }
      if (!info.equals("rubric") && !info.equals("rubric-fragment")) {
        throw new IllegalArgumentException(
            "line "
                + (start + 1)
                + ": expected ```rubric or ```rubric-fragment but found ```"
                + info);
      }
      String before = previousNonBlank(lines, start);
      out.add(
          new Example(
              out.size() + 1,
              start + 1,
              info.equals("rubric-fragment"),
              body.toString(),
              before.equals("<!-- warnings-ok -->"),
              before.equals("prints as:")));
    }
    return out;
  }

  private static String previousNonBlank(String[] lines, int index) {
    for (int k = index - 1; k >= 0; k--) {
      if (!lines[k].isBlank()) {
        return lines[k].strip();
      }
    }
    return "";
  }

  private static List<String> directive(String text, String name) {
    List<String> values = new ArrayList<>();
    for (String line : text.lines().toList()) {
      Matcher m = DIRECTIVE.matcher(line);
      if (m.matches() && m.group(1).equals(name)) {
        for (String part : m.group(2).split(",", -1)) {
          if (!part.isBlank()) {
            values.add(part.strip());
          }
        }
      }
    }
    return values;
  }

  /** Returns the codes a fragment's {@code # expect:} lines list; empty if it should compile. */
  static Set<String> expectedCodes(Example e) {
    return new LinkedHashSet<>(directive(e.text(), "expect"));
  }

  // ---------------------------------------------------------------- wrapping

  /** Returns the text to compile: a whole catalog as is, a fragment inside a catalog skeleton. */
  static String source(Example e) {
    if (!e.fragment()) {
      return e.text();
    }
    List<String> contexts = directive(e.text(), "context");
    String context = contexts.isEmpty() ? "criterion" : contexts.get(0);
    if (!CONTEXTS.contains(context)) {
      throw new IllegalArgumentException(e.describe() + ": unknown context '" + context + "'");
    }
    List<String> maxes = directive(e.text(), "max");
    String body = indent(e.text(), context.equals("catalog") ? "  " : "    ");
    StringBuilder sb = new StringBuilder();
    sb.append("catalog \"vi-du\" version \"1.0.0\" {\n");
    sb.append("  title \"Ví dụ\" en \"Example\"\n");
    sb.append("  applies-to commune\n");
    declarations(sb, "inputs", directive(e.text(), "inputs"), e);
    declarations(sb, "attributes", directive(e.text(), "attributes"), e);
    switch (context) {
      case "catalog" -> sb.append(body);
      case "area" -> sb.append("  area \"VD\" \"Lĩnh vực ví dụ\" {\n").append(body).append("  }\n");
      case "criterion" -> {
        boolean parent =
            maxes.isEmpty() && Pattern.compile("(?m)^\\s*criterion\\s").matcher(e.text()).find();
        String max = parent ? "" : " max " + (maxes.isEmpty() ? "10" : maxes.get(0));
        sb.append("  area \"VD\" \"Lĩnh vực ví dụ\" {\n");
        sb.append("    criterion \"VD.1\" \"Tiêu chí ví dụ\"").append(max).append(" {\n");
        sb.append(indent(e.text(), "      ")).append("    }\n  }\n");
      }
      default -> {
        String max = maxes.isEmpty() ? "10" : maxes.get(0);
        String title = context.equals("bonus") ? "Điểm thưởng ví dụ" : "Điểm trừ ví dụ";
        sb.append("  ")
            .append(context)
            .append(" \"")
            .append(context.toUpperCase(Locale.ROOT).charAt(0))
            .append(".VD\" \"")
            .append(title)
            .append("\" max ")
            .append(max)
            .append(" {\n")
            .append(body)
            .append("  }\n");
      }
    }
    sb.append("}\n");
    return sb.toString();
  }

  private static void declarations(StringBuilder sb, String block, List<String> specs, Example e) {
    if (specs.isEmpty()) {
      return;
    }
    sb.append("  ").append(block).append(" {\n");
    for (String spec : specs) {
      Matcher m = DECLARATION.matcher(spec);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            e.describe()
                + ": expected a declaration such as 'ratio ho_so_dung_han required' but found '"
                + spec
                + "'");
      }
      sb.append("    ")
          .append(m.group(1))
          .append(' ')
          .append(m.group(2))
          .append(" \"")
          .append(m.group(2))
          .append('"');
      if (m.group(3) != null) {
        sb.append(" options ").append(String.join(", ", m.group(3).strip().split("\\s*\\|\\s*")));
      }
      if (m.group(4) != null) {
        sb.append(" required");
      }
      sb.append('\n');
    }
    sb.append("  }\n");
  }

  private static String indent(String text, String prefix) {
    StringBuilder sb = new StringBuilder();
    text.lines().forEach(line -> sb.append(line.isBlank() ? "" : prefix + line).append('\n'));
    return sb.toString();
  }

  // ---------------------------------------------------------------- checking

  /** Compiles one example and returns what is wrong with it, or an empty string. */
  static String problems(Example e) {
    String source = source(e);
    Compilation c = Rubric.standard().compile(SourceText.of(e.name(), source));
    Set<String> expected = expectedCodes(e);
    List<String> errors =
        c.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList();
    String context = "\n--- compiled text ---\n" + source + "--- diagnostics ---\n" + c.render();
    if (!expected.isEmpty()) {
      if (errors.isEmpty() || !errors.containsAll(expected)) {
        return e.describe() + ": expected errors " + expected + " but found " + errors + context;
      }
      return "";
    }
    if (c.hasErrors()) {
      return e.describe() + ": expected no errors" + context;
    }
    if (!e.warningsOk() && !c.diagnostics().isEmpty()) {
      return e.describe()
          + ": expected no warnings (mark the block <!-- warnings-ok --> if they are intended)"
          + context;
    }
    if (!e.fragment()) {
      CompiledCatalog compiled = c.orElseThrow();
      Compilation again =
          Rubric.standard().compile(SourceText.of(e.name() + " printed", compiled.print()));
      if (again.hasErrors() || !again.orElseThrow().catalog().equals(compiled.catalog())) {
        return e.describe()
            + ": expected its canonical text to compile back to the same catalog"
            + context;
      }
    }
    return "";
  }

  @TestFactory
  Stream<DynamicTest> compile_everyDocExample_compilesAsDocumented() throws IOException {
    return examples(readDoc()).stream()
        .map(e -> DynamicTest.dynamicTest(e.describe(), () -> assertThat(problems(e)).isEmpty()));
  }

  @Test
  void print_canonicalPrintingExample_matchesTheDocumentedText() throws IOException {
    List<Example> all = examples(readDoc());
    List<Example> printed = all.stream().filter(Example::printOfPrevious).toList();
    assertThat(printed).isNotEmpty();

    for (Example e : printed) {
      Example original = all.get(e.number() - 2);
      String canonical =
          Rubric.standard()
              .compile(SourceText.of(original.name(), original.text()))
              .orElseThrow()
              .print();

      assertThat(canonical).as(e.describe()).isEqualTo(e.text());
    }
  }

  @Test
  void examples_referenceDoc_hasCatalogsFragmentsAndMistakes() throws IOException {
    List<Example> all = examples(readDoc());

    assertThat(all).filteredOn(e -> !e.fragment()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(all).filteredOn(Example::fragment).hasSizeGreaterThanOrEqualTo(20);
    assertThat(all).filteredOn(e -> !expectedCodes(e).isEmpty()).isNotEmpty();
  }

  @Test
  void examples_unclosedFence_throwsNamingTheLine() {
    assertThatThrownBy(() -> examples("text\n```rubric\ncatalog\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
  }

  @Test
  void examples_indentedFenceInListItem_isExtractedWithoutIndentation() {
    List<Example> found = examples("- a value:\n\n  ```rubric-fragment\n  let x = 1\n  ```\n");

    assertThat(found).singleElement().extracting(Example::text).isEqualTo("let x = 1\n");
  }

  @Test
  void examples_misspelledRubricFence_throws() {
    assertThatThrownBy(() -> examples("```rubric-fragmnet\nscore 1 when true\n```\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rubric-fragmnet");
  }

  @Test
  void source_fragmentWithDirectives_declaresInputsAndWrapsInCriterion() {
    Example e =
        new Example(
            1,
            1,
            true,
            "# inputs: ratio ho_so_dung_han required, choice vai_tro(chu_tich|pho_chu_tich)\n# max: 4\n"
                + "tiers ho_so_dung_han { >= 98%: 4, otherwise: 0 }\n",
            false,
            false);

    String source = source(e);

    assertThat(source)
        .contains("ratio ho_so_dung_han \"ho_so_dung_han\" required")
        .contains("choice vai_tro \"vai_tro\" options chu_tich, pho_chu_tich")
        .contains("criterion \"VD.1\" \"Tiêu chí ví dụ\" max 4 {");
  }

  @Test
  void problems_fragmentWithUnknownName_isReported() {
    Example e = new Example(1, 1, true, "score 1 when khong_khai_bao\notherwise 0\n", false, false);

    assertThat(problems(e)).contains("expected no errors").contains("RB204");
  }

  /** The builder example of the section "The Java builder API", kept in step with the document. */
  @Test
  void builder_docExample_compilesAndEvaluates() {
    CatalogBuilder b =
        CatalogBuilder.create("cchc-xa-mini", "2022.1.0")
            .title(
                LocalizedText.of(
                    "Bộ tiêu chí CCHC cấp xã (rút gọn)", "PAR criteria for communes (short)"))
            .appliesTo("commune")
            .input(
                InputDecl.of(
                        "nv_ke_hoach",
                        InputType.COUNT,
                        LocalizedText.of("Số nhiệm vụ trong kế hoạch"))
                    .asRequired())
            .input(
                InputDecl.of(
                        "nv_hoan_thanh",
                        InputType.COUNT,
                        LocalizedText.of("Số nhiệm vụ đã hoàn thành"))
                    .asRequired())
            .input(
                InputDecl.of(
                        "ho_so_dung_han",
                        InputType.RATIO,
                        LocalizedText.of("Hồ sơ đúng hạn / đã giải quyết"))
                    .asRequired())
            .attribute(
                InputDecl.of("co_mot_cua", InputType.FLAG, LocalizedText.of("Có bộ phận một cửa")))
            .area(
                "1",
                LocalizedText.of("Công tác chỉ đạo, điều hành", "Direction"),
                area ->
                    area.criterion(
                        "1.1",
                        LocalizedText.of("Mức độ hoàn thành kế hoạch CCHC"),
                        c ->
                            c.max("2")
                                .let(
                                    "ty_le",
                                    CatalogBuilder.parseExpr("nv_hoan_thanh / nv_ke_hoach"))
                                .rule("tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }")
                                .finding(
                                    Severity.MAJOR,
                                    null,
                                    LocalizedText.of("Mới hoàn thành {ty_le} nhiệm vụ"))))
            .area(
                "3",
                LocalizedText.of("Cải cách thủ tục hành chính"),
                area ->
                    area.criterion(
                        "3.2",
                        LocalizedText.of("Tỷ lệ hồ sơ giải quyết đúng hạn"),
                        c ->
                            c.max("4")
                                .appliesWhen(
                                    CatalogBuilder.parseExpr("unit.co_mot_cua"),
                                    NotApplicablePolicy.EXCLUDE_AND_RESCALE)
                                .rule(
                                    "tiers ho_so_dung_han { >= 100%: 4, >= 98%: 3, >= 95%: 2, otherwise: 0 }")))
            .band(LocalizedText.of("Tốt", "Good"), "90", null)
            .band(LocalizedText.of("Khá", "Fair"), "70", "90")
            .band(LocalizedText.of("Kém", "Poor"), null, "70");
    Unit unit =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .putAttributes("co_mot_cua", AttributeValue.of(true))
            .build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode("01969")
            .periodId("2022")
            .putEvidence("nv_ke_hoach", Evidence.provided(new EvidenceValue.Count(20)))
            .putEvidence("nv_hoan_thanh", Evidence.provided(new EvidenceValue.Count(17)))
            .putEvidence("ho_so_dung_han", Evidence.provided(EvidenceValue.Ratio.of(412, 420)))
            .build();

    Scorecard card =
        Rubric.standard().compile(b).orElseThrow().evaluate(unit, Period.year(2022), evidence);

    assertThat(card.indexRounded()).hasToString("66.67");
  }
}
