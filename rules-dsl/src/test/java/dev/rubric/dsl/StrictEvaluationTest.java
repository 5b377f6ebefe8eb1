package dev.rubric.dsl;

import static dev.rubric.dsl.EvaluationFixtures.YEAR_2022;
import static dev.rubric.dsl.EvaluationFixtures.catalog;
import static dev.rubric.dsl.EvaluationFixtures.compile;
import static dev.rubric.dsl.EvaluationFixtures.count;
import static dev.rubric.dsl.EvaluationFixtures.evidence;
import static dev.rubric.dsl.EvaluationFixtures.flag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Language;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A strict view of a compiled catalog fails on data-quality findings instead of keeping them. */
class StrictEvaluationTest {

  private static final CompiledCatalog CATALOG =
      compile(
          catalog(
              "    count hop \"Số cuộc họp\"\n    flag bao_cao \"Báo cáo\"",
              "  area \"1\" \"Họp\" max 2 {\n    tiers hop { >= 4: 2, otherwise: 0 }\n  }\n"
                  + "  area \"2\" \"Báo cáo\" max 1 {\n    score 1 when bao_cao otherwise 0\n  }"));

  private static Unit unit(String code) {
    return Unit.builder().code(code).name("Xã " + code).level("commune").kind("xa").build();
  }

  private static EvidenceFile file(String code, boolean typo) {
    EvidenceSet.Builder e = EvidenceSet.builder().unitCode(code).periodId("2022");
    e.putEvidence(typo ? "hopp" : "hop", count(4));
    e.putEvidence("bao_cao", flag(true)); // some evidence fits, so only the typo is reported
    return new EvidenceFile(unit(code), YEAR_2022, e.build());
  }

  @Test
  void strict_cleanData_givesTheLenientScorecard() {
    Scorecard lenient = CATALOG.evaluate(file("01", false));
    Scorecard strict = CATALOG.strict().evaluate(file("01", false));

    assertThat(strict).isEqualTo(lenient);
    assertThat(strict.dataQualityFindings()).isEmpty();
    assertThat(CATALOG.strict().isStrict()).isTrue();
    assertThat(CATALOG.isStrict()).isFalse();
    CompiledCatalog strictCatalog = CATALOG.strict();
    assertThat(strictCatalog.strict()).isSameAs(strictCatalog);
  }

  @Test
  void strict_misspeltKey_throwsWithTheFindingWhereLenientKeepsIt() {
    Scorecard lenient = CATALOG.evaluate(file("01", true));
    assertThat(lenient.dataQualityFindings()).extracting(f -> f.code()).containsExactly("RB602");

    DataQualityException e =
        catchThrowableOfType(
            DataQualityException.class, () -> CATALOG.strict().evaluate(file("01", true)));

    assertThat(e.problemCount()).isEqualTo(1);
    assertThat(e.unitCount()).isEqualTo(1);
    assertThat(e.problems())
        .extracting(
            p -> p.unitCode(), p -> p.periodId(), p -> p.finding().message().in(Language.VI))
        .containsExactly(
            tuple(
                "01",
                "2022",
                "Tài liệu 'hopp' không ứng với đầu vào nào của bộ tiêu chí và bị bỏ qua; có phải là"
                    + " 'hop'? ($.evidence.hopp, RB602)"));
    assertThat(e)
        .hasMessage(
            "strict evaluation: 1 data-quality finding in 1 unit; the first: unit 01: Evidence"
                + " 'hopp' matches no input of the catalog and is ignored; did you mean 'hop'?"
                + " ($.evidence.hopp, RB602)");
  }

  @Test
  void strict_streamed_handsOverEveryScorecardThenThrowsWithCounts() {
    List<EvidenceFile> cohort =
        IntStream.range(0, 300).mapToObj(i -> file(String.format("%03d", i), i % 2 == 1)).toList();
    List<Scorecard> handed = new ArrayList<>();

    DataQualityException e =
        catchThrowableOfType(
            DataQualityException.class,
            () -> CATALOG.strict().evaluateAll((Iterable<EvidenceFile>) cohort, handed::add));

    assertThat(handed).hasSize(300);
    assertThat(e.unitCount()).isEqualTo(150);
    assertThat(e.problemCount()).isEqualTo(150);
    assertThat(e.problems()).hasSize(DataQualityException.MAX_PROBLEMS);
    assertThat(e.problems().get(0).unitCode()).isEqualTo("001");
    assertThat(e.problems().get(99).unitCode()).isEqualTo("199");
  }

  @Test
  void strict_list_throwsAndLenientListKeepsTheFindings() {
    List<EvidenceFile> cohort = List.of(file("01", false), file("02", true), file("03", false));

    assertThat(CATALOG.evaluateAll(cohort))
        .extracting(c -> c.dataQualityFindings().size())
        .containsExactly(0, 1, 0);
    assertThatThrownBy(() -> CATALOG.strict().evaluateAll(cohort))
        .isInstanceOf(DataQualityException.class)
        .hasMessageStartingWith(
            "strict evaluation: 1 data-quality finding in 1 unit; the first: unit 02");
    assertThat(CATALOG.strict().evaluateAll(List.of(file("01", false)))).hasSize(1);
  }

  @Test
  void dataQualityFindings_areOnlyTheDataQualityKind() {
    CompiledCatalog withFlag =
        compile(
            catalog(
                "    count hop \"Số cuộc họp\"\n    flag ok \"Đạt\" required",
                "  area \"1\" \"Họp\" max 2 {\n    tiers hop { >= 4: 2, otherwise: 0 }\n  }\n"
                    + "  area \"2\" \"Đạt\" max 1 {\n    score 1 when ok\n    otherwise 0\n  }"));

    Scorecard card =
        withFlag.evaluate(unit("01"), YEAR_2022, evidence().putEvidence("hop", flag(true)).build());

    assertThat(card.findings()).hasSizeGreaterThan(card.dataQualityFindings().size());
    assertThat(card.dataQualityFindings()).extracting(f -> f.code()).containsExactly("RB601");
  }
}
