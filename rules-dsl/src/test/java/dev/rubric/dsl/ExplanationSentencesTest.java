package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.evaluate;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.node;
import static dev.rubric.dsl.EvaluationFixtures.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Explanations read as short sentences in both languages, not as debug output: a comparison says
 * how the value stands to the threshold ("ty_le is 90%, below 100%"), a guard against an empty
 * ratio says the denominator is not 0 (never "x.denominator = 18 = 0: false"), a formula or an
 * {@code otherwise} that computes its points shows what it computed from which values ("with
 * truc_tuyen = 30/100 = 30% and max = 4"), a tiers rule says its value once, on its first tier, a
 * named number reads once ("muc_tieu = 60%", not "muc_tieu = 60% = 60%"), and points read "scores
 * 1", never "1 of 1 points" or "→ 1 points". The last test reads every explanation of every bundled
 * unit for such patterns.
 */
class ExplanationSentencesTest {

  private static final Scorecard CARD =
      evaluate(
          compile(
              catalog(
                  "    count nv_ke_hoach \"Nhiệm vụ trong kế hoạch\"\n"
                      + "    count nv_hoan_thanh \"Nhiệm vụ hoàn thành\"\n"
                      + "    ratio khac_phuc \"Đã khắc phục / đã nêu\"\n"
                      + "    ratio truc_tuyen \"Hồ sơ trực tuyến / hồ sơ tiếp nhận\"\n"
                      + "    count hop \"Số cuộc họp\"\n"
                      + "    count bao_cao \"Số báo cáo đã gửi\"\n"
                      + "    count muc_hop \"Số cuộc họp tỉnh giao\"",
                  "  area \"1\" \"Chỉ đạo, điều hành\" en \"Direction\" {\n"
                      + "    criterion \"1.1\" \"Hoàn thành kế hoạch\" en \"Plan completed\" max 2 {\n"
                      + "      let ty_le = nv_hoan_thanh / nv_ke_hoach\n"
                      + "      tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }\n"
                      + "    }\n"
                      + "    criterion \"1.2\" \"Xử lý sau kiểm tra\" en \"Follow-up\" max 1.5 {\n"
                      + "      score 1.5 when khac_phuc.denominator == 0\n"
                      + "      otherwise khac_phuc * max\n"
                      + "    }\n"
                      + "    criterion \"1.3\" \"Hồ sơ trực tuyến\" en \"Online dossiers\" max 4 {\n"
                      + "      let muc_tieu = 60%\n"
                      + "      points = min(1, truc_tuyen / muc_tieu) * max\n"
                      + "    }\n"
                      + "    criterion \"1.4\" \"Họp định kỳ\" en \"Regular meetings\" max 1 {\n"
                      + "      score 1 when hop >= 4\n"
                      + "      otherwise 0\n"
                      + "    }\n"
                      + "    criterion \"1.5\" \"Báo cáo định kỳ\" en \"Periodic reports\" max 1 {\n"
                      + "      points = min(1, bao_cao / 4) * max\n"
                      + "    }\n"
                      + "    criterion \"1.6\" \"Mức trực tuyến\" en \"Online level\" max 3 {\n"
                      + "      tiers truc_tuyen { >= 90%: 3, >= 60%: 2, >= 40%: 1, otherwise: 0 }\n"
                      + "    }\n"
                      + "    criterion \"1.7\" \"Họp theo mức giao\" en \"Meetings as set\" max 2 {\n"
                      + "      tiers hop { >= 6: 2, >= muc_hop: 1, otherwise: 0 }\n"
                      + "    }\n"
                      + "  }")),
          evidence()
              .putEvidence("nv_ke_hoach", count(10))
              .putEvidence("nv_hoan_thanh", count(9))
              .putEvidence("khac_phuc", ratio(3, 5))
              .putEvidence("truc_tuyen", ratio(30, 100))
              .putEvidence("hop", count(4)));

  private static String en(String code) {
    return node(CARD, code).explanation().render(Language.EN);
  }

  private static String vi(String code) {
    return node(CARD, code).explanation().render(Language.VI);
  }

  @Test
  void tiers_sayTheValueOnceThenHowItStandsToEachThreshold() {
    assertThat(en("1.1"))
        .isEqualTo(
            "1.1 Plan completed: 1/2 points (Partially met)\n"
                + "  ty_le = nv_hoan_thanh / nv_ke_hoach = 90%\n"
                + "  ty_le is 90%, below 100%\n"
                + "  but at least 80%, so it scores 1");
    assertThat(vi("1.1"))
        .isEqualTo(
            "1.1 Hoàn thành kế hoạch: 1/2 điểm (Đạt một phần)\n"
                + "  ty_le = nv_hoan_thanh / nv_ke_hoach = 90%\n"
                + "  ty_le là 90%, thấp hơn 100%\n"
                + "  nhưng không thấp hơn 80% nên được 1 điểm");
  }

  @Test
  void tiersOfARate_noneReached_sayTheRateOnlyOnTheFirstTier() {
    assertThat(en("1.6"))
        .isEqualTo(
            "1.6 Online level: 0/3 points (Not met)\n"
                + "  truc_tuyen is 30/100 = 30%, below 90%\n"
                + "  also below 60%\n"
                + "  also below 40%\n"
                + "  no tier is reached, so it scores 0");
    assertThat(vi("1.6"))
        .isEqualTo(
            "1.6 Mức trực tuyến: 0/3 điểm (Không đạt)\n"
                + "  truc_tuyen là 30/100 = 30%, thấp hơn 90%\n"
                + "  cũng thấp hơn 60%\n"
                + "  cũng thấp hơn 40%\n"
                + "  không đạt mức nào nên được 0 điểm");
  }

  @Test
  void tierWithAMissingThreshold_saysItCannotBeCompared_withoutTheValueAgain() {
    assertThat(en("1.7"))
        .isEqualTo(
            "1.7 Meetings as set: 0/2 points (Not met)\n"
                + "  hop is 4, below 6\n"
                + "  it cannot be compared with (missing)\n"
                + "  no tier is reached, so it scores 0");
    assertThat(vi("1.7"))
        .isEqualTo(
            "1.7 Họp theo mức giao: 0/2 điểm (Không đạt)\n"
                + "  hop là 4, thấp hơn 6\n"
                + "  không so sánh được với (thiếu)\n"
                + "  không đạt mức nào nên được 0 điểm");
  }

  @Test
  void guardAndComputedOtherwise_sayTheDenominatorAndWhatWasComputed() {
    assertThat(en("1.2"))
        .isEqualTo(
            "1.2 Follow-up: 0.9/1.5 points (Partially met)\n"
                + "  khac_phuc.denominator is 5, not equal to 0\n"
                + "  none of the conditions holds; with khac_phuc = 3/5 = 60% and max = 1.5,"
                + " it scores khac_phuc * max = 0.9");
    assertThat(vi("1.2"))
        .isEqualTo(
            "1.2 Xử lý sau kiểm tra: 0,9/1,5 điểm (Đạt một phần)\n"
                + "  khac_phuc.denominator là 5, khác 0\n"
                + "  không điều kiện nào thỏa mãn; với khac_phuc = 3/5 = 60% và max = 1,5"
                + " thì được khac_phuc * max = 0,9 điểm");
  }

  @Test
  void formulaOfARateAndALet_showsTheValueOfEveryNameItReadsOnce() {
    // truc_tuyen is a rate, muc_tieu a let of a percentage; max is read once though named twice
    assertThat(en("1.3"))
        .isEqualTo(
            "1.3 Online dossiers: 2/4 points (Partially met)\n"
                + "  muc_tieu = 60%\n"
                + "  with truc_tuyen = 30/100 = 30%, muc_tieu = 60% and max = 4,"
                + " it scores min(1, truc_tuyen / muc_tieu) * max = 2");
    assertThat(vi("1.3"))
        .isEqualTo(
            "1.3 Hồ sơ trực tuyến: 2/4 điểm (Đạt một phần)\n"
                + "  muc_tieu = 60%\n"
                + "  với truc_tuyen = 30/100 = 30%, muc_tieu = 60% và max = 4"
                + " thì được min(1, truc_tuyen / muc_tieu) * max = 2 điểm");
  }

  @Test
  void formulaWithAMissingInput_saysWhichValueIsMissing() {
    assertThat(en("1.5"))
        .isEqualTo(
            "1.5 Periodic reports: 0/1 points (Insufficient evidence)\n"
                + "  with bao_cao missing and max = 1,"
                + " min(1, bao_cao / 4) * max cannot be computed\n"
                + "  evidence missing: bao_cao (missing), so it scores 0");
    assertThat(vi("1.5"))
        .isEqualTo(
            "1.5 Báo cáo định kỳ: 0/1 điểm (Thiếu tài liệu kiểm chứng)\n"
                + "  với bao_cao chưa có giá trị và max = 1"
                + " thì không tính được min(1, bao_cao / 4) * max\n"
                + "  thiếu tài liệu kiểm chứng: bao_cao (missing) nên được 0 điểm");
  }

  @Test
  void conditionThatHolds_givesItsPointsAsASentence() {
    assertThat(en("1.4"))
        .isEqualTo(
            "1.4 Regular meetings: 1/1 points (Met)\n"
                + "  hop is 4, at least 4\n"
                + "  so it scores 1");
    assertThat(vi("1.4"))
        .isEqualTo(
            "1.4 Họp định kỳ: 1/1 điểm (Đạt)\n"
                + "  hop là 4, không thấp hơn 4\n"
                + "  nên được 1 điểm");
  }

  /** Patterns of debug output: a comparison with its verdict, "X = X", "of 1 points", "→ n". */
  private static final List<Pattern> DEBUG =
      List.of(
          Pattern.compile("= -?[\\d.,%]+: (true|false|đúng|sai)"),
          Pattern.compile(": (true|false|đúng|sai)$"),
          Pattern.compile(" of [\\d.]+ points"),
          Pattern.compile("→ -?[\\d.,≈]+ (points|điểm)"),
          Pattern.compile("(?<![\\w.])([\\w.%,≈]+) = \\1(?![\\w.%,])"),
          Pattern.compile("(?<![\\w.])([\\w.%,≈]+) = ([\\w.%,≈/]+) = \\2(?![\\w.%,])"));

  @Test
  void everyBundledUnit_explainsEveryNodeWithoutDebugPatterns() throws IOException {
    CompiledCatalog catalog = SampleCatalogTest.compileSample().orElseThrow();
    Path dir = Path.of("../examples/data/evidence/bach-thong-2022");
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSize(14);
    List<String> found = new ArrayList<>();
    int lines = 0;
    for (Path file : files) {
      EvidenceFile unit = EvidenceLoader.readJson(file, file.getFileName().toString());
      Scorecard card = catalog.evaluate(unit);
      for (NodeResult area : card.nodes()) {
        for (NodeResult n : area.flatten()) {
          for (Language lang : Language.values()) {
            for (String line : n.explanation().render(lang).split("\n", -1)) {
              lines++;
              for (Pattern p : DEBUG) {
                Matcher m = p.matcher(line.strip());
                if (m.find()) {
                  found.add(file.getFileName() + " " + n.code() + " " + lang + ": " + line.strip());
                }
              }
            }
          }
        }
      }
    }
    assertThat(lines).isGreaterThan(14 * 100);
    assertThat(found).as("explanation lines that read as debug output").isEmpty();
  }

  @Test
  void debugPatterns_catchTheOldWording() {
    // the check above is not vacuous: each line of the old wording is caught
    List<String> old =
        List.of(
            "khac_phuc_kiem_tra.denominator = 18 = 0: false",
            "ke_hoach_kiem_tra: true",
            "1.1.1 Annual PAR plan issued on time: 1 of 1 points (Met)",
            "ty_le = 90% ≥ 80% → 1 points",
            "muc_tieu = 60% = 60%",
            "→ 0,5 điểm");
    for (String line : old) {
      assertThat(DEBUG.stream().anyMatch(p -> p.matcher(line).find())).as(line).isTrue();
    }
  }
}
