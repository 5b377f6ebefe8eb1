package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's catalog example compiles and behaves as the README says. */
class ReadmeTest {
  private static final Path README = Path.of("../README.md");

  static List<String> rubricBlocks(Path markdown) throws IOException {
    Matcher m = Pattern.compile("(?s)```rubric\\n(.*?)```").matcher(Files.readString(markdown));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  @Test
  void readmeCatalog_compilesAndExplainsTheTierAsDocumented() throws IOException {
    // given
    List<String> blocks = rubricBlocks(README);
    assertThat(blocks).hasSize(1);
    Compilation c = Rubric.standard().compile(SourceText.of("README.md", blocks.get(0)));
    assertThat(c.render()).isEmpty();
    Unit unit =
        Unit.builder()
            .code("01969")
            .name("Thị trấn Phủ Thông")
            .level("commune")
            .kind("thi_tran")
            .build();
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode("01969")
            .periodId("2022")
            .putEvidence("ho_so_dung_han", Evidence.provided(EvidenceValue.Ratio.of(412, 420)))
            .build();

    // when
    Scorecard card = c.orElseThrow().evaluate(unit, Period.year(2022), evidence);

    // then
    String readme = Files.readString(README);
    List<String> explained =
        card.node("3.2").orElseThrow().explanation().children().stream()
            .map(e -> e.text().in(Language.EN))
            .toList();
    // after the applicability check, the value once, on the first tier's line, then the tier
    assertThat(explained).hasSize(3);
    assertThat(explained.get(2)).contains(", so it scores 3");
    assertThat(readme).contains("`" + explained.get(1) + "`, then `" + explained.get(2) + "`");
    assertThat(card.node("3.2").orElseThrow().earned().toString()).isEqualTo("3");
  }
}
