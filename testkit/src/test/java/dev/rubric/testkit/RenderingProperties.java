package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Language;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import org.junit.jupiter.api.Test;

/**
 * Explanations and finding messages are recorded as messages with typed values and rendered on
 * demand (issue 11): over generated catalogs and evidence, every rendering shows the values that
 * decided it and the node's points in both languages, and rendering is a pure function.
 */
class RenderingProperties {

  private static final Gen<Subject> SUBJECTS = Subject.generated();

  private static final Gen<Subject> SAMPLE_UNITS = Subject.of(SampleCatalog.COMPILED);

  @Test
  void explanationsAndFindings_generatedCatalogs_showTheirValuesInBothLanguages() {
    Properties.forAll(SUBJECTS).check(RenderingProperties::checkRendering);
  }

  @Test
  void explanationsAndFindings_sampleCatalog_showTheirValuesInBothLanguages() {
    Properties.forAll(SAMPLE_UNITS).check(RenderingProperties::checkRendering);
  }

  private static void checkRendering(Subject s) {
    Scorecard card = s.catalog().evaluate(s.file());
    Scorecard again = s.catalog().evaluate(s.file());
    for (Language lang : Language.values()) {
      for (NodeResult node : card.nodes().stream().flatMap(n -> n.flatten().stream()).toList()) {
        String points =
            new Arg.Points(node.earned()).in(lang)
                + "/"
                + new Arg.Points(node.applicableMax()).in(lang)
                + (lang == Language.VI ? " điểm" : " points");
        String headline = node.explanation().message().in(lang);
        assertThat(headline).as("headline of %s", node.code()).contains(points);
        checkTree(node.explanation(), lang);
        assertThat(node.explanation().render(lang))
            .as("two renderings of %s", node.code())
            .isEqualTo(node.explanation().render(lang))
            .isEqualTo(again.node(node.code()).orElseThrow().explanation().render(lang));
      }
      for (Finding f : card.findings()) {
        checkMessage(f.message(), lang, "finding " + f.code());
      }
    }
    assertThat(again).isEqualTo(card);
  }

  private static void checkTree(Explanation e, Language lang) {
    checkMessage(e.message(), lang, "explanation line");
    for (Explanation child : e.children()) {
      checkTree(child, lang);
    }
  }

  /** Every typed value of {@code m} appears in its rendering. */
  private static void checkMessage(Message m, Language lang, String what) {
    String text = m.in(lang);
    assertThat(text).as("%s rendered twice", what).isEqualTo(m.in(lang)).isNotBlank();
    m.arguments()
        .forEach(
            (name, arg) ->
                assertThat(text)
                    .as("%s %s in %s shows {%s}", what, m.key(), lang.tag(), name)
                    .contains(arg.in(lang)));
  }
}
