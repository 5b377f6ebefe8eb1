package dev.rubric.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardHtmlTest {

  private static final CompiledCatalog CATALOG = Fixtures.tinyCatalog();

  private static String page(String unitName, String note) {
    Unit unit = Unit.builder().code("01").name(unitName).level("commune").kind("xa").build();
    EvidenceSet evidence = EvidenceSet.builder().unitCode("01").periodId("2022").build();
    Scorecard card =
        CATALOG.evaluate(new EvidenceFile(unit, dev.rubric.core.Period.year(2022), evidence));
    return ScorecardHtml.render(card, CATALOG.catalog(), Optional.of(note), Language.VI);
  }

  @Test
  void render_markupInUnitNameAndNote_isEscapedEverywhere() {
    // when
    String html = page("Xã <b>An</b> & \"Bình\" 'Cũ'", "<script>alert('x')</script>");
    // then
    String escaped = "Xã &lt;b&gt;An&lt;/b&gt; &amp; &quot;Bình&quot; &#39;Cũ&#39;";
    assertThat(html).contains("<h1 id=\"unit-name\">" + escaped + "</h1>");
    assertThat(html).contains("<title>" + escaped + " · Chỉ số ");
    assertThat(html)
        .contains("<p class=\"note\">&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</p>");
    assertThat(html).doesNotContain("<b>An").doesNotContain("<script");
  }

  @Test
  void render_page_isSelfContained() {
    // when
    String html = page("Xã An", "SYNTHETIC");
    // then
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"vi\">");
    assertThat(html)
        .contains("<meta charset=\"utf-8\">", "<style>", "id=\"index\"", "<details>", "<summary>");
    assertThat(html).doesNotContain("<script", "<link", "src=", "href=", "@import", "url(", "http");
  }
}
