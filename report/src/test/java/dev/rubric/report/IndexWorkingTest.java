package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the reports show a scorecard's index was computed, under each index formula: weights at every
 * level (a composite area's share in parentheses), an area that does not apply, a percent scale,
 * the sum of points and the XCCDF models.
 */
class IndexWorkingTest {

  private static final String INPUTS =
      "  inputs {\n"
          + "    count a \"A\"\n"
          + "    count b \"B\"\n"
          + "    count c \"C\"\n"
          + "  }\n"
          + "  attributes {\n"
          + "    flag co_c \"Có C\"\n"
          + "  }\n";

  private static final String AREAS =
      "  area \"P\" \"Trụ cột\" en \"Pillar\" weight 3 {\n"
          + "    criterion \"P.1\" \"Một\" en \"One\" max 2 weight 1 {\n"
          + "      points = min(2, a)\n"
          + "    }\n"
          + "    criterion \"P.2\" \"Hai\" en \"Two\" max 4 weight 3 {\n"
          + "      points = min(4, b)\n"
          + "    }\n"
          + "  }\n"
          + "  area \"Q\" \"Khác\" en \"Other\" max 2 weight 1 applies-when unit.co_c else exclude {\n"
          + "    points = min(2, c)\n"
          + "  }\n";

  /** A unit's scorecard and the catalog it was evaluated against. */
  private record Evaluated(Scorecard card, Catalog catalog) {}

  private static Evaluated card(String index, boolean coC) {
    String text =
        "catalog \"w\" version \"1.0.0\" {\n"
            + "  title \"Thử\" en \"Test\"\n"
            + "  applies-to commune\n"
            + INPUTS
            + AREAS
            + "  "
            + index
            + "\n  round 4 half-up\n}\n";
    Compilation c = Rubric.standard().compile(SourceText.of("w.rubric", text));
    assertThat(c.hasErrors()).as(c.render()).isFalse();
    CompiledCatalog catalog = c.orElseThrow();
    String evidence =
        "{\"format\": \"rubric-evidence/1\", \"unit\": {\"code\": \"01\", \"name\": \"Xã An\","
            + " \"level\": \"commune\", \"kind\": \"xa\", \"attributes\": {\"co_c\": {\"type\": \"flag\", \"value\": "
            + coC
            + "}}}, \"period\": \"2022\", \"evidence\": {\"a\": {\"type\": \"count\", \"value\":"
            + " 1}, \"b\": {\"type\": \"count\", \"value\": 2}, \"c\": {\"type\": \"count\","
            + " \"value\": 2}}}";
    return new Evaluated(
        catalog.evaluate(Json.readEvidence("w.json", evidence)), catalog.catalog());
  }

  private static IndexWorking working(String index, boolean coC, Language lang) {
    Evaluated e = card(index, coC);
    return IndexWorking.of(e.card(), e.catalog(), lang);
  }

  @Test
  void weighted_compositeArea_showsItsChildrensWeightedMeanInParentheses() {
    IndexWorking w = working("index weighted", true, Language.EN);

    assertThat(w.weighted()).isTrue();
    assertThat(w.terms())
        .extracting(IndexWorking.Term::code, IndexWorking.Term::weight, t -> t.share().orElse(""))
        .containsExactly(tuple("P", "3", "(1 × 1/2 + 3 × 2/4) / 4"), tuple("Q", "1", "2/2"));
    // P: (0.5 + 1.5) / 4 = 0.5; index (3 × 0.5 + 1 × 1) / 4 = 0.625
    assertThat(w.working()).contains("(3 × (1 × 1/2 + 3 × 2/4) / 4 + 1 × 2/2) / 4 = 0.6250");
  }

  @Test
  void weighted_areaThatDoesNotApply_isListedAndLeftOutOfTheWorking() {
    IndexWorking w = working("index weighted percent", false, Language.VI);

    assertThat(w.terms().get(1).share()).isEmpty();
    assertThat(w.working()).contains("100 × (3 × (1 × 1/2 + 3 × 2/4) / 4) / 3 = 50,0000");
    assertThat(w.formula()).startsWith("Chỉ số có trọng số: Σ wᵢ × vᵢ / Σ wᵢ, nhân 100");
  }

  @Test
  void sumAndXccdf_sayWhichFormulaMadeTheIndex() {
    IndexWorking sum = working("index sum", true, Language.EN);
    assertThat(sum.formula())
        .isEqualTo("The index is the total of points: earned + bonus − penalty.");
    assertThat(sum.working()).contains("5 + 0 − 0 = 5.0000");
    assertThat(sum.weighted()).isFalse();

    IndexWorking xccdf = working("index xccdf flat-unweighted", true, Language.VI);
    assertThat(xccdf.formula())
        .isEqualTo("Chỉ số theo mô hình XCCDF 1.2 \"flat-unweighted\": số tiêu chí lá đạt.");
    assertThat(xccdf.working()).isEmpty();
    assertThat(xccdf.terms()).isEmpty();
  }

  @Test
  void scorecardText_weighted_labelsTheTotalAsUnweighted() {
    Evaluated e = card("index weighted", true);
    String text =
        ScorecardText.render(e.card(), e.catalog(), Optional.empty(), Language.EN, Ansi.OFF);
    assertThat(text)
        .contains("Total (unweighted sum of points, not used for the index): 5 (bonus 0")
        .contains("  • P Pillar: weight 3, share (1 × 1/2 + 3 × 2/4) / 4\n");
  }
}
