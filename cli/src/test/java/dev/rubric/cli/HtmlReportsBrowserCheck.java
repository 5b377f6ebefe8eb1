package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rubric.core.Language;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML reports in a real browser: renders the demo scorecard (Vietnamese) and the ranking of
 * the bundled Bạch Thông units into {@code target/browser-check/}, opens each in headless Chromium
 * and checks that it loads without a console error or a request for anything but itself, that the
 * rendered page shows the unit and its index, and that it fits a 1280-pixel window and a 390-pixel
 * phone screen without scrolling sideways. It saves a full-page screenshot of each next to the HTML
 * ({@code scorecard-phu-thong.png} and {@code rank-bach-thong.png} at 1280 pixels are the images of
 * {@code docs/images/}; the {@code -phone.png} ones are for looking at).
 *
 * <p><b>How console errors are caught.</b> Chromium is driven over the DevTools protocol ({@link
 * Chromium}: {@code --remote-debugging-port=0} and a {@link java.net.http.WebSocket}, JDK only),
 * which reports each console message, uncaught exception, browser log entry and failed request as a
 * structured event; the page fails on any of them at error level (the list is in {@link Chromium}).
 * Scraping {@code --enable-logging=stderr} instead would be fragile: headless Chromium writes
 * unrelated {@code ERROR} lines there on this machine (no D-Bus), and the format of console lines
 * is not a contract. {@link #checker_brokenPage_reportsEveryKindOfProblem} proves the check is not
 * vacuous: a page with {@code console.error}, an uncaught exception and a missing image must be
 * reported on all three counts.
 *
 * <p><b>When it runs.</b> Surefire's default includes ({@code *Test}, {@code *Tests}, {@code
 * *Properties}) leave this class out; the profile {@code browser-check} of {@code cli/pom.xml},
 * active when {@code /usr/bin/chromium} exists, adds {@code *BrowserCheck}. So a machine without
 * Chromium runs the rest of the suite, and CI, whose {@code .ci/run} installs Chromium first, runs
 * this too. It is never skipped: where it runs, a missing or broken Chromium fails it.
 */
class HtmlReportsBrowserCheck {

  private static final String UNIT = "Thị trấn Phủ Thông";
  private static final Path OUT = Path.of("target", "browser-check");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2000;
  private static final int PHONE_WIDTH = 390;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static Chromium chromium;
  private static Path profile;

  @BeforeAll
  static void launch() throws IOException {
    Path executable =
        Chromium.executable()
            .orElseThrow(
                () ->
                    new AssertionError(
                        "Chromium is needed by this check: neither 'chromium' on the PATH nor"
                            + " /usr/bin/chromium exists; install Debian's 'chromium' package"));
    Files.createDirectories(OUT);
    profile = Files.createTempDirectory(OUT.toAbsolutePath(), "profile-");
    chromium = Chromium.launch(executable, profile);
  }

  @AfterAll
  static void quit() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
    if (profile != null) {
      deleteTree(profile);
    }
  }

  @Test
  void scorecard_demoInVietnamese_loadsCleanlyAndShowsUnitAndIndex() throws IOException {
    // given
    Path html = OUT.resolve("scorecard-phu-thong.html");
    assertThat(Cli.run("demo", "--format", "html", "--out", html.toString()).status()).isZero();
    Scorecard card = demoCard();
    String index = vietnamese(card.indexRounded().toBigDecimal());
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      assertThat(shown(page, "unit-name")).isEqualTo(UNIT);
      assertThat(shown(page, "index")).isEqualTo(index);
      assertThat(shown(page, "band")).isEqualTo(card.band().orElseThrow().in(Language.VI));
      assertThat(page.evaluate("document.querySelectorAll('#areas tbody tr').length").asInt())
          .isEqualTo(card.nodes().size());
      assertFitsWidth(page, WIDTH);
      page.screenshot(OUT.resolve("scorecard-phu-thong.png"));
    } finally {
      page.close();
    }
    assertFitsPhone(html, "scorecard-phu-thong-phone.png");
  }

  /**
   * Printing keeps the explanations (issue 19): closed {@code <details>} print without their
   * content and CSS cannot open them, so the page carries an open copy that only print shows. Two
   * checks in the real browser: under print emulation the copy is rendered and the {@code
   * <details>} are not; and the page printed to PDF ({@code Page.printToPDF}, what "Save as PDF"
   * does) holds explanation lines of a criterion three levels down, read back with {@code
   * pdftotext} (poppler-utils, which {@code .ci/run} installs like Chromium). A PDF's text is
   * compressed and its fonts subset, so extracting it needs a real PDF reader; {@code pdftotext} is
   * the common one, and comparing with whitespace collapsed makes the check independent of where
   * lines break on paper.
   */
  @Test
  void scorecard_printedToPdf_holdsTheExplanations() throws IOException, InterruptedException {
    // given
    Path html = OUT.resolve("scorecard-phu-thong-print.html");
    assertThat(Cli.run("demo", "--format", "html", "--out", html.toString()).status()).isZero();
    Path pdf = OUT.resolve("scorecard-phu-thong.pdf");
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    try {
      assertClean(page, html);
      String deep = "ho_so_dung_han là 1284/1302 = 98,62%, thấp hơn 100%";
      // on screen the explanations are in closed <details>: not rendered
      assertThat(page.evaluate("document.body.innerText").asText()).doesNotContain(deep);
      page.emulatePrint(true);
      String printed = page.evaluate("document.body.innerText").asText();
      assertThat(printed).contains(deep).contains("1.1.1 Ban hành kế hoạch CCHC năm đúng hạn");
      assertThat(
              page.evaluate("document.querySelector('#explanations details').offsetHeight").asInt())
          .isZero();
      page.emulatePrint(false);
      page.printToPdf(pdf);
    } finally {
      page.close();
    }
    // then
    String text = pdfText(pdf).replaceAll("\\s+", " ");
    assertThat(text)
        // the PDF's text splits some Vietnamese syllables ("thấ p"): the line up to its words
        .contains("ho_so_dung_han là 1284/1302 = 98,62%,")
        .contains("khac_phuc_kiem_tra.denominator là 5, khác 0")
        .contains("100 × (≈75,52 + 0 − 0) / 98 = 77,06");
  }

  /**
   * A weighted index (fixture {@code weighted.rubric}, in English): the page shows the weights
   * table and the formula with the unit's numbers, and no total-points tile.
   */
  @Test
  void scorecard_weightedIndex_showsTheWeightsAndTheWorking() throws IOException {
    // given
    Path html = OUT.resolve("scorecard-weighted-en.html");
    Cli.Result r =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.fixture("weighted.rubric"),
            "--evidence",
            Cli.fixture("weighted.json"),
            "--format",
            "html",
            "--lang",
            "en",
            "--out",
            html.toString());
    assertThat(r.status()).isZero();
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      assertThat(shown(page, "index")).isEqualTo("0.3726");
      assertThat(
              page.evaluate("document.querySelectorAll('#index-weights tbody tr').length").asInt())
          .isEqualTo(3);
      assertThat(shown(page, "index-formula"))
          .contains("Weighted index")
          .contains("0.4 × 3/9 + 0.35 × 0.83/4 + 0.25 × 2/3 = 0.3726");
      assertThat(page.evaluate("document.querySelector('header').innerText").asText())
          .doesNotContain("Total points");
      assertFitsWidth(page, WIDTH);
    } finally {
      page.close();
    }
    assertFitsPhone(html, "scorecard-weighted-en-phone.png");
  }

  /** The text of a PDF file, by {@code pdftotext} of poppler-utils. */
  private static String pdfText(Path pdf) throws IOException, InterruptedException {
    Path tool = Path.of("/usr/bin/pdftotext");
    assertThat(tool)
        .as("pdftotext is needed by this check; install Debian's 'poppler-utils' package")
        .isExecutable();
    Path txt = pdf.resolveSibling(pdf.getFileName() + ".txt");
    Process p =
        new ProcessBuilder(tool.toString(), "-enc", "UTF-8", pdf.toString(), txt.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as("pdftotext: %s", output).isZero();
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  /**
   * The ranking as a bundle of pages ({@code rank --format html --out DIR/}): the index page has
   * the band legend with thresholds, every unit's name links to a page that exists, and following
   * the link to Phủ Thông in the browser opens its scorecard.
   */
  @Test
  void rankingBundle_everyLinkOpensTheUnitsScorecard() throws IOException {
    // given
    Path dir = OUT.resolve("rank-bach-thong-pages");
    if (Files.exists(dir)) {
      deleteTree(dir);
    }
    String[] rank = {"rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_DIR};
    Cli.Result r = Cli.run(concat(rank, "--format", "html", "--out", dir + "/"));
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    Path index = dir.resolve("index.html");
    // when
    Chromium.Page page = chromium.open(index.toUri(), WIDTH, HEIGHT);
    JsonNode links;
    try {
      assertClean(page, index);
      links =
          page.evaluate(
              "[...document.querySelectorAll('#ranking a')].map(a => ({href: a.href, text:"
                  + " a.textContent}))");
      assertThat(shown(page, "band-legend"))
          .contains("Tốt: từ 90 trở lên", "Khá: từ 70 đến dưới 90", "Kém: dưới 50");
      assertThat(
              page.evaluate(
                      "[...document.querySelectorAll('#band-legend .swatch')].map(s =>"
                          + " getComputedStyle(s).backgroundColor)")
                  .toString())
          .contains("rgb(47, 133, 90)", "rgb(49, 130, 206)");
      assertFitsWidth(page, WIDTH);
    } finally {
      page.close();
    }
    // then
    assertThat(links).hasSize(14);
    for (JsonNode link : links) {
      Path target = Path.of(URI.create(link.get("href").asText()));
      assertThat(target).as("link of %s", link.get("text").asText()).isRegularFile();
      if (link.get("text").asText().equals(UNIT)) {
        Chromium.Page unit = chromium.open(target.toUri(), WIDTH, HEIGHT);
        try {
          assertClean(unit, target);
          assertThat(shown(unit, "unit-name")).isEqualTo(UNIT);
          assertThat(shown(unit, "index")).isEqualTo("77,06");
          // the way back: the link above the name leads to the ranking page
          assertThat(shown(unit, "back-to-ranking")).isEqualTo("← Bảng xếp hạng");
          assertThat(
                  Path.of(
                      URI.create(
                          unit.evaluate("document.getElementById('back-to-ranking').href")
                              .asText())))
              .isEqualTo(index.toAbsolutePath());
        } finally {
          unit.close();
        }
      }
    }
  }

  @Test
  void scorecard_withWaivers_showsBothIndexesTheWaiversAndTheBadges() throws IOException {
    // given
    Path html = OUT.resolve("scorecard-cao-son-waivers.html");
    Cli.Result r =
        Cli.run(
            "evaluate",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.EVIDENCE_DIR + "/02002-cao-son.json",
            "--waivers",
            Cli.WAIVERS,
            "--format",
            "html",
            "--out",
            html.toString());
    assertThat(r.status()).isZero();
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      assertThat(shown(page, "index")).isEqualTo("37,74");
      assertThat(shown(page, "index-without-waivers")).isEqualTo("35,16");
      assertThat(page.evaluate("document.querySelectorAll('#waivers tbody tr').length").asInt())
          .isEqualTo(2);
      assertThat(
              page.evaluate(
                      "[...document.querySelectorAll('summary .waived')].map(e =>"
                          + " e.closest('summary').querySelector('.code').textContent).join(' ')")
                  .asText())
          .isEqualTo("3.4 3.5");
      assertFitsWidth(page, WIDTH);
      page.screenshot(OUT.resolve("scorecard-cao-son-waivers.png"));
    } finally {
      page.close();
    }
    assertFitsPhone(html, "scorecard-cao-son-waivers-phone.png");
  }

  @Test
  void ranking_bachThong_loadsCleanlyAndShowsUnitsAndIndexes() throws IOException {
    // given
    Path html = OUT.resolve("rank-bach-thong.html");
    String[] rank = {"rank", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_DIR};
    assertThat(Cli.run(concat(rank, "--format", "html", "--out", html.toString())).status())
        .isZero();
    JsonNode ranking = MAPPER.readTree(Cli.run(concat(rank, "--format", "json")).out());
    JsonNode rows = ranking.get("rows");
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      JsonNode table =
          page.evaluate(
              "[...document.querySelectorAll('#ranking tbody tr')].map(tr =>"
                  + " [...tr.cells].map(td => td.innerText.trim()))");
      assertThat(table).hasSize(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        JsonNode expected = rows.get(i);
        JsonNode row = table.get(i);
        assertThat(row.get(0).asText()).isEqualTo(expected.get("rank").asText());
        assertThat(row.get(2).asText()).isEqualTo(expected.get("unitName").asText());
        assertThat(row.get(4).asText())
            .as("index of %s", expected.get("unitName").asText())
            .isEqualTo(vietnamese(expected.get("indexRounded").decimalValue()));
      }
      assertThat(table).anySatisfy(row -> assertThat(row.get(2).asText()).isEqualTo(UNIT));
      // the chart: one visible bar per unit, labelled with the unit and its index
      JsonNode bars =
          page.evaluate(
              "[...document.querySelectorAll('#index-chart rect')].map(r =>"
                  + " r.getBoundingClientRect().width)");
      assertThat(bars).hasSize(rows.size());
      bars.forEach(w -> assertThat(w.asDouble()).isPositive());
      String chartText =
          page.evaluate("document.getElementById('index-chart').textContent").asText();
      assertThat(chartText)
          .contains(rows.get(0).get("unitName").asText())
          .contains(vietnamese(rows.get(0).get("indexRounded").decimalValue()));
      assertFitsWidth(page, WIDTH);
      page.screenshot(OUT.resolve("rank-bach-thong.png"));
    } finally {
      page.close();
    }
    assertFitsPhone(html, "rank-bach-thong-phone.png");
  }

  @Test
  void robustness_bachThong_loadsCleanlyAndDrawsEveryUnitsRankInterval() throws IOException {
    // given
    Path html = OUT.resolve("rank-robustness-bach-thong.html");
    String[] rank = {
      "rank",
      "--catalog",
      Cli.CATALOG,
      "--evidence",
      Cli.EVIDENCE_CSV,
      "--robustness",
      "--seed",
      "7"
    };
    assertThat(Cli.run(concat(rank, "--format", "html", "--out", html.toString())).status())
        .isZero();
    JsonNode units = MAPPER.readTree(Cli.run(concat(rank, "--format", "json")).out()).get("units");
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      JsonNode table =
          page.evaluate(
              "[...document.querySelectorAll('#robustness tbody tr')].map(tr =>"
                  + " [...tr.cells].map(td => td.innerText.trim()))");
      assertThat(table).hasSize(units.size());
      for (int i = 0; i < units.size(); i++) {
        JsonNode u = units.get(i);
        assertThat(table.get(i).get(1).asText()).isEqualTo(u.get("unitCode").asText());
        String interval =
            u.get("lowRank").asInt() == u.get("highRank").asInt()
                ? u.get("lowRank").asText()
                : u.get("lowRank").asText() + "–" + u.get("highRank").asText();
        assertThat(table.get(i).get(6).asText()).isEqualTo(interval);
      }
      // the picture: one interval bar, one median dot and one nominal tick per unit, in rank order
      JsonNode bars =
          page.evaluate(
              "[...document.querySelectorAll('#rank-intervals rect.interval')].map(r => {"
                  + " const b = r.getBoundingClientRect(); return [b.left, b.top, b.width]; })");
      assertThat(bars).hasSize(units.size());
      for (int i = 0; i < bars.size(); i++) {
        assertThat(bars.get(i).get(2).asDouble()).isPositive();
        if (i > 0) {
          assertThat(bars.get(i).get(1).asDouble())
              .isGreaterThan(bars.get(i - 1).get(1).asDouble());
          // a unit ranked lower starts no further left than the best of its interval allows
          assertThat(
                  units.get(i).get("lowRank").asInt() >= units.get(i - 1).get("lowRank").asInt()
                      == bars.get(i).get(0).asDouble() >= bars.get(i - 1).get(0).asDouble() - 0.01)
              .isTrue();
        }
      }
      assertThat(
              page.evaluate("document.querySelectorAll('#rank-intervals circle').length").asInt())
          .isEqualTo(units.size());
      assertThat(
              page.evaluate("document.querySelectorAll('#rank-intervals line.nominal').length")
                  .asInt())
          .isEqualTo(units.size());
      assertThat(shown(page, "leave-one-out")).contains(UNIT);
      assertThat(shown(page, "weight-influence")).contains("Cải cách thể chế");
      // the band legend of the ranking page, its swatches in the colours of the bars
      assertThat(shown(page, "band-legend"))
          .contains("Tốt: từ 90 trở lên", "Khá: từ 70 đến dưới 90", "Kém: dưới 50");
      JsonNode swatches =
          page.evaluate(
              "[...document.querySelectorAll('#band-legend .swatch')].map(s =>"
                  + " getComputedStyle(s).backgroundColor)");
      assertThat(swatches.toString()).contains("rgb(47, 133, 90)", "rgb(49, 130, 206)");
      JsonNode widths =
          page.evaluate(
              "[...document.querySelectorAll('#band-legend .swatch')].map(s =>"
                  + " s.getBoundingClientRect().width)");
      assertThat(widths).hasSize(4);
      for (JsonNode w : widths) {
        assertThat(w.asDouble()).isEqualTo(12.0);
      }
      assertFitsWidth(page, WIDTH);
      page.screenshot(OUT.resolve("rank-robustness-bach-thong.png"));
    } finally {
      page.close();
    }
    assertFitsPhone(html, "rank-robustness-bach-thong-phone.png");
  }

  @Test
  void advice_phuThong_loadsCleanlyAndShowsEveryFixWithItsGain() throws IOException {
    // given
    Path html = OUT.resolve("advise-phu-thong.html");
    String[] advise = {
      "advise", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_CSV, "--unit", "01969"
    };
    assertThat(Cli.run(concat(advise, "--format", "html", "--out", html.toString())).status())
        .isZero();
    JsonNode fixes =
        MAPPER
            .readTree(Cli.run(concat(advise, "--format", "json")).out())
            .get("units")
            .get(0)
            .get("fixes");
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      JsonNode table =
          page.evaluate(
              "[...document.querySelectorAll('#fixes tbody tr')].map(tr =>"
                  + " [...tr.cells].map(td => td.innerText.trim()))");
      assertThat(table).hasSize(fixes.size());
      for (int i = 0; i < fixes.size(); i++) {
        assertThat(table.get(i).get(1).asText())
            .isEqualTo(fixes.get(i).get("criterionCode").asText());
        assertThat(table.get(i).get(6).asText())
            .isEqualTo(
                "+"
                    + fixes
                        .get(i)
                        .get("indexGained")
                        .decimalValue()
                        .setScale(2, RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                        .replace('.', ','));
      }
      // the chart: one visible bar per fix, longest first
      JsonNode bars =
          page.evaluate(
              "[...document.querySelectorAll('#gain-chart rect')].map(r =>"
                  + " r.getBoundingClientRect().width)");
      assertThat(bars).hasSize(fixes.size());
      bars.forEach(w -> assertThat(w.asDouble()).isPositive());
      assertThat(bars.get(0).asDouble()).isGreaterThanOrEqualTo(bars.get(1).asDouble());
      assertThat(page.evaluate("document.body.innerText").asText()).contains(UNIT);
      assertFitsWidth(page, WIDTH);
      page.screenshot(OUT.resolve("advise-phu-thong.png"));
    } finally {
      page.close();
    }
    assertFitsPhone(html, "advise-phu-thong-phone.png");
  }

  @Test
  void advice_bachThong_loadsCleanlyAndShowsTheParetoTable() throws IOException {
    // given
    Path html = OUT.resolve("advise-bach-thong.html");
    String[] advise = {"advise", "--catalog", Cli.CATALOG, "--evidence", Cli.EVIDENCE_DIR};
    assertThat(Cli.run(concat(advise, "--format", "html", "--out", html.toString())).status())
        .isZero();
    JsonNode pareto =
        MAPPER.readTree(Cli.run(concat(advise, "--format", "json")).out()).get("pareto");
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      JsonNode rows =
          page.evaluate(
              "[...document.querySelectorAll('#pareto tbody tr')].map(tr =>"
                  + " tr.cells[0].innerText.trim())");
      assertThat(rows).hasSize(pareto.size());
      assertThat(rows.get(0).asText()).isEqualTo(pareto.get(0).get("criterionCode").asText());
      JsonNode bars =
          page.evaluate(
              "[...document.querySelectorAll('#pareto-chart rect')].map(r =>"
                  + " r.getBoundingClientRect().width)");
      assertThat(bars).hasSize(pareto.size());
      bars.forEach(w -> assertThat(w.asDouble()).isPositive());
      assertThat(page.evaluate("document.querySelectorAll('#unit-fixes tbody tr').length").asInt())
          .isEqualTo(14 * 3);
      assertFitsWidth(page, WIDTH);
    } finally {
      page.close();
    }
    assertFitsPhone(html, "advise-bach-thong-phone.png");
  }

  @Test
  void hostileText_inAdvice_runsNoScript() throws IOException {
    for (String lang : new String[] {"vi", "en"}) {
      // given
      Path html = OUT.resolve("hostile-advise-" + lang + ".html");
      Cli.Result r =
          Cli.run(
              "advise",
              "--catalog",
              Cli.fixture("hostile.rubric"),
              "--evidence",
              Cli.fixture("hostile.json"),
              "--format",
              "html",
              "--lang",
              lang,
              "--out",
              html.toString());
      assertThat(r.err()).isEmpty();
      assertThat(r.status()).isZero();
      // when
      Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
      // then
      try {
        assertClean(page, html);
        assertThat(page.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");
        assertThat(page.evaluate("document.title").asText()).isNotEqualTo("PWNED");
        assertThat(page.evaluate("document.scripts.length").asInt()).isZero();
        assertThat(
                page.evaluate(
                        "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                            + ".map(a => a.name)).filter(n => n.startsWith('on')"
                            + " || n === 'href' || n === 'src' || n === 'autofocus')")
                    .size())
            .isZero();
        assertThat(page.evaluate("document.body.innerText").asText())
            .contains("Xã <script>document.title='PWNED';window.__pwned='unit'</script>");
      } finally {
        page.close();
      }
    }
  }

  /**
   * The district report of the bundled 2021 and 2022 data (issue 15): loads cleanly; the ranking
   * chart, heat map and trend charts are drawn, each labelled; the heat map has one cell per unit
   * and area; every unit has a trend chart naming it and its indexes.
   */
  @Test
  void districtReport_bachThong2021To2022_drawsLabelledCharts() throws IOException {
    // given
    Path html = OUT.resolve("district-bach-thong.html");
    String[] compare = {
      "compare",
      "--catalog",
      "../examples/data/catalogs/cchc-xa-2021.rubric",
      "--evidence",
      "../examples/data/evidence/bach-thong-2021.csv",
      "--catalog",
      Cli.CATALOG,
      "--evidence",
      Cli.EVIDENCE_CSV,
      "--mapping",
      "../examples/data/catalogs/cchc-xa-2021-to-2022.mapping.json"
    };
    assertThat(Cli.run(concat(compare, "--format", "html", "--out", html.toString())).status())
        .isZero();
    JsonNode json = MAPPER.readTree(Cli.run(concat(compare, "--format", "json")).out());
    int units = json.get("series").size();
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      for (String id : List.of("index-chart", "heat-map", "trends")) {
        JsonNode charts =
            page.evaluate(
                "[...document.querySelectorAll('#"
                    + id
                    + " svg, svg#"
                    + id
                    + "')].map(s => ({label: s.getAttribute('aria-label'), role:"
                    + " s.getAttribute('role'), width: s.getBoundingClientRect().width,"
                    + " title: s.querySelector('title') ? s.querySelector('title').textContent :"
                    + " ''}))");
        assertThat(charts).as("charts in #%s", id).isNotEmpty();
        charts.forEach(
            c -> {
              assertThat(c.get("role").asText()).as(id).isEqualTo("img");
              assertThat(c.get("label").asText()).as(id).isNotBlank();
              assertThat(c.get("title").asText()).as(id).isEqualTo(c.get("label").asText());
              assertThat(c.get("width").asDouble()).as(id).isPositive();
            });
      }
      assertThat(page.evaluate("document.querySelectorAll('#index-chart rect').length").asInt())
          .isEqualTo(units);
      assertThat(page.evaluate("document.querySelectorAll('#heat-map rect').length").asInt())
          .isEqualTo(units * 9);
      JsonNode trends =
          page.evaluate(
              "[...document.querySelectorAll('#trends svg')].map(s =>"
                  + " s.getAttribute('aria-label'))");
      assertThat(trends).hasSize(units);
      assertThat(trends)
          .anySatisfy(t -> assertThat(t.asText()).isEqualTo(UNIT + " · 2021: 71,38, 2022: 77,06"));
      assertThat(page.evaluate("document.querySelectorAll('#trends polyline').length").asInt())
          .isEqualTo(units);
      assertThat(page.evaluate("document.getElementById('band-transitions').innerText").asText())
          .contains("2021 → 2022", "Trung bình");
      assertFitsWidth(page, WIDTH);
      page.screenshot(OUT.resolve("district-bach-thong.png"));
    } finally {
      page.close();
    }
    assertFitsPhone(html, "district-bach-thong-phone.png");
  }

  @Test
  void reconciliation_bachThong_showsTheHeatMapAndPhuThongsGaps() throws IOException {
    // given
    Path html = OUT.resolve("reconcile-bach-thong.html");
    String[] reconcile = {
      "reconcile",
      "--catalog",
      Cli.CATALOG,
      "--evidence",
      Cli.EVIDENCE_CSV,
      "--assessment",
      "../examples/data/assessments/bach-thong-2022.csv"
    };
    assertThat(Cli.run(concat(reconcile, "--format", "html", "--out", html.toString())).status())
        .isZero();
    JsonNode matrix =
        MAPPER
            .readTree(Cli.run(concat(reconcile, "--format", "json")).out())
            .get("agreement")
            .get("matrix");
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertClean(page, html);
      // the heat map: 25 visible cells, each labelled with its count from the JSON matrix
      JsonNode cells =
          page.evaluate(
              "[...document.querySelectorAll('#agreement-heatmap rect.cell')].map(r =>"
                  + " ({w: r.getBoundingClientRect().width, t: r.nextElementSibling.textContent}))");
      assertThat(cells).hasSize(25);
      for (int i = 0; i < 25; i++) {
        assertThat(cells.get(i).get("w").asDouble()).isPositive();
        assertThat(cells.get(i).get("t").asText()).isEqualTo(matrix.get(i / 5).get(i % 5).asText());
      }
      // Phủ Thông's table names the working regulations and the steering committee
      String phuThong = shown(page, "unit-01969");
      assertThat(phuThong)
          .contains(UNIT)
          .contains("Quy chế làm việc, quy chế dân chủ")
          .contains("Ban chỉ đạo chuyển đổi số họp định kỳ")
          .contains("tự chấm cao hơn minh chứng");
      assertThat(shown(page, "furthest-units")).contains(UNIT);
      assertFitsWidth(page, WIDTH);
      page.screenshot(OUT.resolve("reconcile-bach-thong.png"));
    } finally {
      page.close();
    }
    assertFitsPhone(html, "reconcile-bach-thong-phone.png");
  }

  /**
   * Markup, quotes, event handlers and {@code javascript:} URIs in every catalog and evidence text
   * a report shows (catalog and node titles, finding texts, recommendations, band labels, the
   * unit's name and code, the note, an explanation) stay text: the page runs no script, has no
   * element with an event handler, link or source, and shows the text as written. Every injected
   * script would set {@code window.__pwned} or the page's title.
   */
  @Test
  void hostileText_inCatalogAndEvidence_runsNoScriptInAnyPage() throws IOException {
    String[] inputs = {
      "--catalog", Cli.fixture("hostile.rubric"), "--evidence", Cli.fixture("hostile.json")
    };
    for (String command : new String[] {"evaluate", "rank"}) {
      for (String lang : new String[] {"vi", "en"}) {
        // given
        Path html = OUT.resolve("hostile-" + command + "-" + lang + ".html");
        Cli.Result r =
            Cli.run(
                concat(
                    concat(new String[] {command}, inputs),
                    "--format",
                    "html",
                    "--lang",
                    lang,
                    "--out",
                    html.toString()));
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        // when
        Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
        // then
        try {
          assertClean(page, html);
          assertThat(page.evaluate("typeof window.__pwned").asText())
              .as("%s: a script ran", html)
              .isEqualTo("undefined");
          assertThat(page.evaluate("document.title").asText())
              .as("%s: the title", html)
              .isNotEqualTo("PWNED")
              .startsWith(command.equals("rank") ? "" : "Xã <script>document.title='PWNED';");
          assertThat(page.evaluate("document.scripts.length").asInt()).isZero();
          assertThat(
                  page.evaluate(
                          "[...document.querySelectorAll('*')].flatMap(e => [...e.attributes]"
                              + ".map(a => a.name)).filter(n => n.startsWith('on')"
                              + " || n === 'href' || n === 'src' || n === 'autofocus')")
                      .size())
              .as("%s: attributes that load or run something", html)
              .isZero();
          assertThat(
                  page.evaluate(
                          "document.querySelectorAll('img,iframe,a,b,i,svg image,svg svg').length")
                      .asInt())
              .as("%s: elements from the text", html)
              .isZero();
          String shown = page.evaluate("document.body.innerText").asText();
          assertThat(shown)
              .contains(
                  lang.equals("vi")
                      ? "Lĩnh vực <script>window.__pwned='area'</script>"
                      : "Area ' autofocus onfocus='window.__pwned=\"area-en\"");
          if (command.equals("evaluate")) {
            assertThat(shown)
                .contains("Xã <script>document.title='PWNED';window.__pwned='unit'</script>")
                .contains("<script>window.__pwned='explanation'</script>");
          }
        } finally {
          page.close();
        }
      }
    }
  }

  @Test
  void checker_brokenPage_reportsEveryKindOfProblem() throws IOException {
    // given: a console error, an uncaught exception and an image that is not there
    Path html = OUT.resolve("broken.html");
    Files.writeString(
        html,
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>broken</title></head><body>\n"
            + "<script>console.error('deliberate console error')</script>\n"
            + "<img src=\"no-such-image.png\" alt=\"\">\n"
            + "<script>throw new Error('deliberate uncaught error')</script>\n"
            + "</body></html>\n",
        StandardCharsets.UTF_8);
    // when
    Chromium.Page page = chromium.open(html.toUri(), WIDTH, HEIGHT);
    // then
    try {
      assertThat(page.problems())
          .anySatisfy(p -> assertThat(p).startsWith("console.error: deliberate console error"))
          .anySatisfy(
              p ->
                  assertThat(p)
                      .startsWith("uncaught exception: ")
                      .contains("deliberate uncaught error"))
          .anySatisfy(
              p -> assertThat(p).startsWith("failed to load ").contains("no-such-image.png"));
      assertThat(page.requests()).anySatisfy(u -> assertThat(u).endsWith("/no-such-image.png"));
    } finally {
      page.close();
    }
  }

  /** No problem while loading, and no request but the page itself: the report is self-contained. */
  private static void assertClean(Chromium.Page page, Path html) {
    page.warnings().forEach(w -> System.out.println(html + ": " + w));
    assertThat(page.problems()).as("console errors and failed loads of %s", html).isEmpty();
    assertThat(page.requests())
        .as("requests of %s", html)
        .allSatisfy(u -> assertThat(URI.create(u)).isEqualTo(html.toUri()));
  }

  /** The element's rendered text, after checking that it takes up space on the page. */
  private static String shown(Chromium.Page page, String id) {
    JsonNode e =
        page.evaluate(
            "(() => { const e = document.getElementById('"
                + id
                + "'); if (!e) return null; const r = e.getBoundingClientRect();"
                + " return {text: e.innerText, width: r.width, height: r.height}; })()");
    assertThat(e.isNull()).as("an element with id '%s'", id).isFalse();
    assertThat(e.get("width").asDouble()).as("width of #%s", id).isPositive();
    assertThat(e.get("height").asDouble()).as("height of #%s", id).isPositive();
    return e.get("text").asText().strip();
  }

  /** Nothing sticks out to the right: no horizontal scrolling in a window {@code width} wide. */
  private static void assertFitsWidth(Chromium.Page page, int width) {
    assertThat(page.evaluate("document.documentElement.scrollWidth").asInt())
        .as("width of the page in a window %d pixels wide", width)
        .isLessThanOrEqualTo(width);
  }

  /** The page also fits a phone's screen, {@link #PHONE_WIDTH} pixels wide; keeps a screenshot. */
  private static void assertFitsPhone(Path html, String screenshot) throws IOException {
    Chromium.Page page = chromium.open(html.toUri(), PHONE_WIDTH, 800);
    try {
      assertClean(page, html);
      page.screenshot(OUT.resolve(screenshot));
      assertFitsWidth(page, PHONE_WIDTH);
    } finally {
      page.close();
    }
  }

  /** An index as the Vietnamese pages show it: all the catalog's decimals, a decimal comma. */
  private static String vietnamese(BigDecimal index) {
    return index
        .setScale(demoCard().indexDecimals(), RoundingMode.UNNECESSARY)
        .toPlainString()
        .replace('.', ',');
  }

  /** The demo's scorecard, from {@code rubric demo --format json}. */
  private static Scorecard demoCard() {
    return Json.readScorecard("demo", Cli.run("demo", "--format", "json").out());
  }

  private static String[] concat(String[] first, String... rest) {
    return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }
}
