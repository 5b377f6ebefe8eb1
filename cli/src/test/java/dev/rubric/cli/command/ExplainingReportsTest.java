package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports that explain themselves: the index's formula with the unit's numbers in text, {@code
 * explain} and HTML (a weighted index with its weights, the PAR percentage), a total that says it
 * is not the index's, the ranking page's band legend and its links to each unit's page, and the
 * scorecard's explanations in a copy that print shows.
 */
class ExplainingReportsTest {

  private static final String WEIGHTED = Cli.fixture("weighted.rubric");
  private static final String WEIGHTED_UNIT = Cli.fixture("weighted.json");

  private static Result weighted(String command, String... more) {
    List<String> args =
        new ArrayList<>(List.of(command, "--catalog", WEIGHTED, "--evidence", WEIGHTED_UNIT));
    args.addAll(List.of(more));
    Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    return r;
  }

  @Test
  void weightedIndex_text_showsTheWeightsAndTheFormulaWithTheUnitsNumbers() {
    String vi = weighted("evaluate").out();
    String en = weighted("evaluate", "--lang", "en").out();

    assertThat(vi)
        .contains("Chỉ số: 0,3726")
        .contains("  • CQS Chính quyền số: trọng số 0,4, tỷ lệ đạt 3/9\n")
        .contains("  • KTS Kinh tế số: trọng số 0,35, tỷ lệ đạt 0,83/4\n")
        .contains("  0,4 × 3/9 + 0,35 × 0,83/4 + 0,25 × 2/3 = 0,3726\n")
        .contains("Tổng điểm (cộng không theo trọng số, không dùng để tính chỉ số): 5,83");
    assertThat(en)
        .contains("  • XHS Digital society: weight 0.25, share 2/3\n")
        .contains("  0.4 × 3/9 + 0.35 × 0.83/4 + 0.25 × 2/3 = 0.3726\n")
        .contains("Total (unweighted sum of points, not used for the index): 5.83")
        .contains("How: Weighted index: Σ wᵢ × vᵢ / Σ wᵢ");
  }

  @Test
  void weightedIndex_explainOfAnArea_showsItsPartInTheIndex() {
    String en = weighted("explain", "--criterion", "KTS", "--lang", "en").out();

    assertThat(en)
        .contains("KTS Digital economy: 0.83/4 points (Partially met)")
        .contains(
            "with van_ban_ky_so = 83/400 = 20.75% and max = 4,"
                + " it scores van_ban_ky_so * max = 0.83\n")
        .contains("IN THE INDEX\n")
        .contains("  • KTS Digital economy: weight 0.35, share 0.83/4\n")
        .contains("  0.4 × 3/9 + 0.35 × 0.83/4 + 0.25 × 2/3 = 0.3726\n");
    // a criterion below an area has no part of its own in the index
    assertThat(weighted("explain", "--criterion", "KTS.1").out()).doesNotContain("TRONG CHỈ SỐ");
  }

  @Test
  void weightedIndex_html_showsTheWeightsTableAndNoTotalTile() {
    String vi = weighted("evaluate", "--format", "html").out();
    String en = weighted("evaluate", "--format", "html", "--lang", "en").out();

    assertThat(vi)
        .contains("<section id=\"index-formula\">")
        .contains("<table id=\"index-weights\">")
        .contains(
            "<tr><td class=\"code\">KTS</td><td>Kinh tế số</td><td class=\"num\">0,35</td>"
                + "<td class=\"num\">0,83/4</td></tr>")
        .contains("<p class=\"working\">0,4 × 3/9 + 0,35 × 0,83/4 + 0,25 × 2/3 = 0,3726</p>")
        .doesNotContain(">Tổng điểm<");
    assertThat(en)
        .contains("<p class=\"working\">0.4 × 3/9 + 0.35 × 0.83/4 + 0.25 × 2/3 = 0.3726</p>")
        .doesNotContain(">Total points<");
  }

  @Test
  void percentIndex_everyFormat_saysWhichFormulaAndShowsTheNumbers() {
    String text = Cli.run("demo").out();
    String html = Cli.run("demo", "--format", "html", "--lang", "en").out();

    assertThat(text)
        .contains(
            "Cách tính: Chỉ số = 100 × (điểm đạt + điểm thưởng − điểm trừ) / tổng điểm tối đa")
        .contains("  100 × (≈75,52 + 0 − 0) / 98 = 77,06\n")
        .startsWith("Thị trấn Phủ Thông");
    assertThat(html)
        .contains("Index = 100 × (earned + bonus − penalty) / applicable maximum")
        .contains("<p class=\"working\">100 × (≈75.52 + 0 − 0) / 98 = 77.06</p>")
        .contains(">Total points<");
  }

  @Test
  void scorecardHtml_printCopy_holdsEveryExplanationLine() {
    String html = Cli.run("demo", "--format", "html").out();

    int print = html.indexOf("<div class=\"print-only\">");
    assertThat(print).isPositive();
    String copy = html.substring(print, html.indexOf("</section>", print));
    String screen = html.substring(html.indexOf("<div class=\"screen-only\">"), print);
    Matcher why = Pattern.compile("<pre class=\"why\">([^<]*)</pre>").matcher(screen);
    int lines = 0;
    while (why.find()) {
      for (String line : why.group(1).split("\n", -1)) {
        assertThat(copy).contains(line.strip());
        lines++;
      }
    }
    assertThat(lines).isGreaterThan(100);
    assertThat(copy)
        .contains("ho_so_dung_han là 1284/1302 = 98,62%, thấp hơn 100%")
        .contains("nhưng không thấp hơn 98% nên được 3 điểm")
        .contains("với hai_long = 258/300 = 86% và max = 30 thì được hai_long * max = 25,8 điểm")
        .contains("1.1.1 Ban hành kế hoạch CCHC năm đúng hạn: 1/1 điểm (Đạt)");
    assertThat(html).contains("@media print{.screen-only{display:none}.print-only{display:block}");
  }

  @Test
  void dslDoc_explanationExamples_areTheDemosOwnLines() throws IOException {
    String doc = Files.readString(Path.of("../docs/dsl.md"), StandardCharsets.UTF_8);
    String en = Cli.run("demo", "--format", "html", "--lang", "en").out();
    String vi = Cli.run("demo", "--format", "html").out();
    Matcher block = Pattern.compile("(?s)\n```text\n(.*?)```\n").matcher(doc);
    List<String> shown = new ArrayList<>();
    while (block.find()) {
      for (String line : block.group(1).split("\n", -1)) {
        if (line.contains("it scores") || line.startsWith("ho_so_dung_han is")) {
          shown.add(line);
        }
      }
    }
    // the tier chain (§9.2) and the formula with its values (§9.3)
    assertThat(shown).hasSize(3);
    for (String line : shown) {
      assertThat(en).containsPattern("\n  " + Pattern.quote(line) + "(\n|</pre>)");
    }
    assertThat(vi)
        .contains("\n  ho_so_dung_han là 1284/1302 = 98,62%, thấp hơn 100%\n")
        .contains("\n  nhưng không thấp hơn 98% nên được 3 điểm</pre>")
        .contains(
            "\n  không điều kiện nào thỏa mãn; với ho_so_truc_tuyen = 342/1316 = 25,99%,"
                + " muc_tieu_truc_tuyen = 50% và max = 4 thì được"
                + " min(1, ho_so_truc_tuyen / muc_tieu_truc_tuyen) * max = ≈2,08 điểm</pre>");
  }

  @Test
  void rankBundle_linksEveryUnitToItsOwnScorecardPage(@TempDir Path tmp) throws IOException {
    // given
    Path dir = tmp.resolve("bach-thong");
    // when
    Result r =
        Cli.run(
            "rank",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_DIR,
            "--format",
            "html",
            "--out",
            dir + "/");
    // then
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    String index = Files.readString(dir.resolve("index.html"), StandardCharsets.UTF_8);
    Matcher link = Pattern.compile("<td><a href=\"([^\"]+)\">([^<]+)</a></td>").matcher(index);
    List<String> linked = new ArrayList<>();
    while (link.find()) {
      Path page = dir.resolve(link.group(1));
      assertThat(page).as("page of %s", link.group(2)).isRegularFile();
      assertThat(Files.readString(page, StandardCharsets.UTF_8))
          .contains("<h1 id=\"unit-name\">" + link.group(2) + "</h1>")
          .contains(
              "<p class=\"back screen-only\"><a id=\"back-to-ranking\" href=\"index.html\">← Bảng xếp"
                  + " hạng</a></p>");
      linked.add(link.group(1));
    }
    assertThat(linked).hasSize(14).doesNotHaveDuplicates().contains("unit-01969-2022.html");
    try (Stream<Path> files = Files.list(dir)) {
      // the pages and the index, no staging folder left behind
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .hasSize(15)
          .contains("index.html")
          .allSatisfy(name -> assertThat(name).endsWith(".html"));
    }
    assertThat(index)
        .contains("<ul id=\"band-legend\" class=\"legend\">")
        .contains("<li><span class=\"swatch fill b0\"></span>Tốt: từ 90 trở lên</li>")
        .contains("<li><span class=\"swatch fill b1\"></span>Khá: từ 70 đến dưới 90</li>")
        .contains("<li><span class=\"swatch fill b3\"></span>Kém: dưới 50</li>");
  }

  @Test
  void rankToOneFile_hasTheLegendAndNoLinks() {
    String en =
        Cli.run(
                "rank",
                "--catalog",
                Cli.CATALOG,
                "--evidence",
                Cli.EVIDENCE_CSV,
                "--format",
                "html",
                "--lang",
                "en")
            .out();
    assertThat(en)
        .contains("<li><span class=\"swatch fill b2\"></span>Average: 50 to under 70</li>")
        .contains("Good: 90 and above")
        .doesNotContain("<a href");
  }

  @Test
  void pageName_keepsSafeCharactersAndNeverRepeats() {
    java.util.Set<String> taken = new java.util.HashSet<>(java.util.Set.of("index.html"));
    assertThat(RankCommand.pageName("01969", "2022", taken)).isEqualTo("unit-01969-2022.html");
    assertThat(RankCommand.pageName("01969", "2022", taken)).isEqualTo("unit-01969-2022-2.html");
    assertThat(RankCommand.pageName("../<x>", "2022", taken)).isEqualTo("unit-..__x_-2022.html");
  }
}
