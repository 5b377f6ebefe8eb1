package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One number everywhere: every bundled unit, rendered in every format, shows the same value for the
 * same quantity. The JSON document's exact values, put through the display rule of docs/cli.md
 * ("Numbers shown to people": at most two decimals, half-up, no trailing zeros, a decimal comma in
 * Vietnamese, the minus sign U+2212), must be what the text, explain and HTML reports show; the CSV
 * must hold the exact values themselves. The rule is written out again here rather than taken from
 * the code, so that a change to the code's rule shows as a failure.
 */
class CrossFormatNumbersTest {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  /** A number as the reports write it: digits with a point or comma, maybe a minus sign. */
  private static final String NUM = "[−-]?[0-9]+(?:[.,][0-9]+)?";

  /** A scorecard table row of the text report: code, title, points, status. */
  private static final Pattern TEXT_ROW =
      Pattern.compile(
          "^ *([0-9A-Z][0-9A-Z.]*) {2,}.*? (" + NUM + ")/(" + NUM + ") {2}(\\S.*?)$",
          Pattern.MULTILINE);

  /** An area row of the HTML report's table. */
  private static final Pattern HTML_AREA =
      Pattern.compile(
          "<tr><td class=\"code\">([^<]+)</td><td>.*?<td class=\"num\">([^<]+)/([^<]+)</td>"
              + "<td><span class=\"status ([^\"]+)\">([^<]+)</span>");

  /** A node's summary line in the HTML report's explanations. */
  private static final Pattern HTML_NODE =
      Pattern.compile(
          "<summary><span class=\"code\">([^<]+)</span>.*?<span class=\"pts\">([^<]+)/([^<]+)"
              + "</span><span class=\"status ([^\"]+)\">([^<]+)</span>");

  static Stream<Arguments> units() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(Cli.EVIDENCE_DIR))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        for (String lang : List.of("vi", "en")) {
          out.add(Arguments.of(p.getFileName().toString(), lang));
        }
      }
    }
    assertThat(out).hasSize(28);
    return out.stream();
  }

  /** The display rule of docs/cli.md, applied to an exact value. */
  static String shown(BigDecimal exact, String lang) {
    BigDecimal r = exact.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    String s = (r.scale() < 0 ? r.setScale(0) : r).toPlainString().replace('-', '−');
    return lang.equals("vi") ? s.replace('.', ',') : s;
  }

  /** An index as shown: rounded by the catalog, with the catalog's decimals. */
  static String shownIndex(BigDecimal rounded, int decimals, String lang) {
    String s = rounded.setScale(decimals, RoundingMode.UNNECESSARY).toPlainString();
    return lang.equals("vi") ? s.replace('.', ',') : s;
  }

  /** One node of the JSON document. */
  record Node(String code, BigDecimal earned, BigDecimal applicableMax, String status) {}

  static void nodes(JsonNode array, Map<String, Node> out) {
    for (JsonNode n : array) {
      String code = n.get("code").asText();
      out.put(
          code,
          new Node(
              code,
              n.get("earned").decimalValue(),
              n.get("applicableMax").decimalValue(),
              n.get("status").asText()));
      nodes(n.get("children"), out);
    }
  }

  static String run(String... args) {
    Cli.Result r = Cli.run(args);
    assertThat(r.status()).as("%s: %s", String.join(" ", args), r.err()).isZero();
    return r.out();
  }

  static String evaluate(String file, String format, String lang) {
    return evaluate(Cli.CATALOG, Cli.EVIDENCE_DIR + "/" + file, format, lang);
  }

  static String evaluate(String catalog, String evidence, String format, String lang) {
    return run(
        "evaluate",
        "--catalog",
        catalog,
        "--evidence",
        evidence,
        "--format",
        format,
        "--lang",
        lang);
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("units")
  void theScorecardShowsTheSameNumbersInEveryFormat(String file, String lang) {
    sameInEveryFormat(Cli.CATALOG, Cli.EVIDENCE_DIR + "/" + file, lang);
  }

  /**
   * A parent whose only child lacks evidence is "insufficient evidence" in every format, not "not
   * met"; a bonus not earned and a penalty not incurred read as such.
   */
  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"vi", "en"})
  void aParentWhoseOnlyChildLacksEvidenceSaysSoInEveryFormat(String lang) {
    Map<String, String> labels =
        sameInEveryFormat(
            Cli.fixture("only-child.rubric"), Cli.fixture("only-child-an.json"), lang);
    boolean vi = lang.equals("vi");
    String insufficient = vi ? "Thiếu tài liệu kiểm chứng" : "Insufficient evidence";
    assertThat(labels)
        .containsEntry("1", insufficient)
        .containsEntry("1.1", insufficient)
        .containsEntry("1.1.1", insufficient)
        .containsEntry("B.1", vi ? "Chưa được cộng" : "Not earned")
        .containsEntry("P.1", vi ? "Không bị trừ" : "No deduction");
  }

  /**
   * Checks that the text, CSV, HTML and explain reports of one unit show the JSON document's values
   * by the display rule and the same status words; returns the status word of each node.
   */
  static Map<String, String> sameInEveryFormat(String catalog, String evidence, String lang) {
    JsonNode doc = json(evaluate(catalog, evidence, "json", lang));
    Map<String, Node> nodes = new LinkedHashMap<>();
    nodes(doc.get("nodes"), nodes);
    List<String> topLevel = new ArrayList<>();
    doc.get("nodes").forEach(n -> topLevel.add(n.get("code").asText()));
    BigDecimal total = doc.get("total").decimalValue();
    int decimals = doc.get("indexDecimals").asInt();
    String index = shownIndex(doc.get("indexRounded").decimalValue(), decimals, lang);

    // text: every node's points and the status word, the total and the index
    String text = evaluate(catalog, evidence, "text", lang);
    Map<String, String[]> textRows = new LinkedHashMap<>();
    Matcher m = TEXT_ROW.matcher(text);
    while (m.find()) {
      textRows.putIfAbsent(m.group(1), new String[] {m.group(2), m.group(3), m.group(4)});
    }
    assertThat(textRows.keySet()).as("text rows").containsExactlyElementsOf(nodes.keySet());
    Map<String, String> labels = new LinkedHashMap<>();
    for (Node n : nodes.values()) {
      String[] row = textRows.get(n.code());
      assertThat(row[0]).as("text earned of %s", n.code()).isEqualTo(shown(n.earned(), lang));
      assertThat(row[1]).as("text max of %s", n.code()).isEqualTo(shown(n.applicableMax(), lang));
      labels.put(n.code(), row[2].replace(lang.equals("vi") ? " · miễn trừ" : " · waived", ""));
    }
    String totalWord = lang.equals("vi") ? "Tổng điểm: " : "Total: ";
    String indexWord = lang.equals("vi") ? "Chỉ số: " : "Index: ";
    assertThat(text).contains(totalWord + shown(total, lang) + " (");
    assertThat(text).contains(indexWord + index + " · ");

    // CSV: the exact values, the status code, and the same status word as the text
    String[] csv = evaluate(catalog, evidence, "csv", lang).replace("\uFEFF", "").split("\r\n");
    assertThat(csv).hasSize(nodes.size() + 1);
    for (int i = 1; i < csv.length; i++) {
      String[] cells = Csv.parse(csv[i]);
      Node n = nodes.get(cells[3]);
      assertThat(n).as("CSV row %s", cells[3]).isNotNull();
      assertThat(new BigDecimal(cells[7])).isEqualByComparingTo(n.earned());
      assertThat(new BigDecimal(cells[9])).isEqualByComparingTo(n.applicableMax());
      assertThat(cells[10]).isEqualTo(n.status());
      assertThat(cells[11]).as("CSV status label of %s", n.code()).isEqualTo(labels.get(n.code()));
    }

    // HTML: the area table, every node's summary, the total and the index
    String html = evaluate(catalog, evidence, "html", lang);
    Matcher a = HTML_AREA.matcher(html);
    List<String> areas = new ArrayList<>();
    while (a.find()) {
      Node n = nodes.get(a.group(1));
      areas.add(a.group(1));
      assertThat(a.group(2)).as("HTML area earned %s", n.code()).isEqualTo(shown(n.earned(), lang));
      assertThat(a.group(3)).isEqualTo(shown(n.applicableMax(), lang));
      assertThat(a.group(5)).as("HTML area status %s", n.code()).isEqualTo(labels.get(n.code()));
    }
    assertThat(areas).containsExactlyElementsOf(topLevel);
    Matcher h = HTML_NODE.matcher(html);
    List<String> summaries = new ArrayList<>();
    while (h.find()) {
      Node n = nodes.get(h.group(1));
      summaries.add(h.group(1));
      assertThat(h.group(2)).as("HTML earned %s", n.code()).isEqualTo(shown(n.earned(), lang));
      assertThat(h.group(3)).isEqualTo(shown(n.applicableMax(), lang));
      assertThat(h.group(5)).as("HTML status %s", n.code()).isEqualTo(labels.get(n.code()));
      // a bonus not earned is not painted as a shortfall
      if (n.code().startsWith("B.") && n.status().equals("not_met")) {
        assertThat(h.group(4)).isEqualTo("s-neutral");
      }
    }
    assertThat(summaries).containsExactlyElementsOf(nodes.keySet());
    assertThat(html).contains("id=\"index\">" + index + "<");
    assertThat(html).contains("<span class=\"value\">" + shown(total, lang) + "</span>");

    // explain and the JSON's own explanation lines: each node's headline has its numbers
    for (String code : topLevel) {
      String explained =
          run(
              "explain",
              "--catalog",
              catalog,
              "--evidence",
              evidence,
              "--criterion",
              code,
              "--lang",
              lang);
      for (Node n : nodes.values()) {
        if (!n.code().equals(code) && !n.code().startsWith(code + ".")) {
          continue;
        }
        // the headline and the line after it, which holds the rest of a wrapped headline
        Matcher line =
            Pattern.compile("^ *" + Pattern.quote(n.code()) + " .*$\n?.*$", Pattern.MULTILINE)
                .matcher(explained);
        assertThat(line.find()).as("explain headline of %s", n.code()).isTrue();
        String headline = line.group().replaceAll("\\s+", " ");
        assertThat(numbers(headline))
            .as("explain numbers of %s", n.code())
            .contains(shown(n.earned(), lang), shown(n.applicableMax(), lang));
        assertThat(headline).contains(labels.get(n.code()));
      }
    }
    return labels;
  }

  /** The labels of bonus and penalty items say what happened, not "met" or "not met". */
  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("units")
  void bonusAndPenaltyItemsReadAsWhatHappened(String file, String lang) {
    JsonNode doc = json(evaluate(file, "json", lang));
    String text = evaluate(file, "text", lang);
    boolean vi = lang.equals("vi");
    for (JsonNode n : doc.get("nodes")) {
      String code = n.get("code").asText();
      String status = n.get("status").asText();
      String row = text.lines().filter(l -> l.startsWith(code + " ")).findFirst().orElseThrow();
      if (code.startsWith("B.") && status.equals("not_met")) {
        assertThat(row).endsWith(vi ? "Chưa được cộng" : "Not earned");
      }
      if (code.startsWith("P.") && status.equals("met")) {
        assertThat(row).endsWith(vi ? "Không bị trừ" : "No deduction");
      }
      if (code.startsWith("P.") && status.equals("not_met")) {
        assertThat(row).endsWith(vi ? "Bị trừ điểm" : "Deducted");
      }
    }
  }

  @Test
  void theRankingShowsTheSameNumbersInEveryFormat() {
    for (String lang : List.of("vi", "en")) {
      String[] common = {
        "rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_DIR, "--lang", lang
      };
      JsonNode doc = json(run(concat(common, "--format", "json")));
      String text = run(concat(common, "--format", "text"));
      String html = run(concat(common, "--format", "html"));
      String[] csv = run(concat(common, "--format", "csv")).replace("\uFEFF", "").split("\r\n");
      List<String> header = List.of(Csv.parse(csv[0]));
      JsonNode rows = doc.get("rows");
      assertThat(csv).hasSize(rows.size() + 1);
      for (int i = 0; i < rows.size(); i++) {
        JsonNode r = rows.get(i);
        String unit = r.get("unitCode").asText();
        String[] cells = Csv.parse(csv[i + 1]);
        assertThat(cells[header.indexOf("unit_code")]).isEqualTo(unit);
        // CSV: exact, as the JSON
        assertThat(new BigDecimal(cells[header.indexOf("total")]))
            .isEqualByComparingTo(r.get("total").decimalValue());
        assertThat(new BigDecimal(cells[header.indexOf("index")]))
            .isEqualByComparingTo(r.get("index").decimalValue());
        assertThat(new BigDecimal(cells[header.indexOf("index_rounded")]))
            .isEqualByComparingTo(r.get("indexRounded").decimalValue());
        String rounded = cells[header.indexOf("index_rounded")];
        int decimals = rounded.contains(".") ? rounded.length() - rounded.indexOf('.') - 1 : 0;
        String index = shownIndex(r.get("indexRounded").decimalValue(), decimals, lang);
        // text and HTML: the rounded index
        assertThat(text).containsPattern("(?m)^ *\\d+  " + unit + "  .*  " + Pattern.quote(index));
        assertThat(html).containsPattern(">" + unit + "</td>.*?>" + Pattern.quote(index) + "<");
        // the unit's own scorecard has the same exact points per area
        JsonNode card =
            json(
                run(
                    "evaluate",
                    "--catalog",
                    Cli.CATALOG,
                    "--evidence",
                    Cli.EVIDENCE_DIR,
                    "--unit",
                    unit,
                    "--format",
                    "json"));
        assertThat(card.get("total").decimalValue())
            .isEqualByComparingTo(r.get("total").decimalValue());
        for (JsonNode area : card.get("nodes")) {
          String column = "earned_" + area.get("code").asText();
          assertThat(new BigDecimal(cells[header.indexOf(column)]))
              .as("%s %s", unit, column)
              .isEqualByComparingTo(area.get("earned").decimalValue());
        }
      }
      // the area averages: the same earned/applicable and share in text and HTML
      for (JsonNode a : doc.get("areaAverages")) {
        BigDecimal earned = a.get("averageEarned").decimalValue();
        BigDecimal applicable = a.get("averageApplicableMax").decimalValue();
        String points = shown(earned, lang) + "/" + shown(applicable, lang);
        String share =
            applicable.signum() <= 0
                ? "–"
                : shown(
                        earned
                            .multiply(BigDecimal.valueOf(100))
                            .divide(applicable, 2, RoundingMode.HALF_UP),
                        lang)
                    + "%";
        String code = Pattern.quote(a.get("code").asText());
        assertThat(text)
            .containsPattern(
                "(?m)^"
                    + code
                    + " .* "
                    + Pattern.quote(points)
                    + " +"
                    + Pattern.quote(share)
                    + "$");
        assertThat(html)
            .containsPattern(
                "<td class=\"code\">"
                    + code
                    + "</td>.*<td class=\"num\">"
                    + Pattern.quote(points)
                    + "</td><td class=\"num\">"
                    + Pattern.quote(share)
                    + "</td>");
      }
    }
  }

  /** The numbers in {@code line}, as written. */
  static List<String> numbers(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("(?<![0-9.,])" + NUM + "(?![0-9])").matcher(line);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A reader of one RFC 4180 record without line breaks in its cells. */
  static final class Csv {
    private Csv() {}

    static String[] parse(String line) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      return cells.toArray(String[]::new);
    }
  }
}
