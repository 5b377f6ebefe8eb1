package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.Language;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingHtmlTest {

  @Test
  void html_unitNames_areEscapedInTheChartAndTable() {
    // given
    CompiledCatalog catalog = Fixtures.tinyCatalog();
    Scorecard first =
        catalog.evaluate(
            CsvEvidenceReader.read(
                    "tiny-units.csv", Fixtures.read("tiny-units.csv"), catalog.catalog())
                .get(0));
    Scorecard odd = Scorecard.builder().from(first).unitName("Xã <An> & \"B\"").build();
    Ranking r = Ranking.of(catalog.catalog(), List.of(odd));
    // when
    String html = RankingHtml.render(r, Language.VI);
    // then
    assertThat(html).contains(">Xã &lt;An&gt; &amp; &quot;B&quot;</text>");
    assertThat(html).contains("<td>Xã &lt;An&gt; &amp; &quot;B&quot;</td>");
    assertThat(html).doesNotContain("<An>");
  }
}
