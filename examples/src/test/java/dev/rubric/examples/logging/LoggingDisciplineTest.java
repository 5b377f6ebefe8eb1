package dev.rubric.examples.logging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.rubric.cohort.Ranking;
import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.core.Language;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import dev.rubric.report.Ansi;
import dev.rubric.report.RankingCsv;
import dev.rubric.report.RankingHtml;
import dev.rubric.report.RankingJson;
import dev.rubric.report.RankingText;
import dev.rubric.report.Sarif;
import dev.rubric.report.ScorecardCsv;
import dev.rubric.report.ScorecardHtml;
import dev.rubric.report.ScorecardText;
import dev.rubric.testkit.Properties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * The library modules (core, rules-dsl, cohort, report, testkit) log as a library must: only
 * through the SLF4J API, nothing above DEBUG on the happy path, and never an evidence value or a
 * catalog's text. Logging is captured by {@link RecordingProvider}, which records every level,
 * TRACE included, so that a value logged at any level would be seen.
 */
class LoggingDisciplineTest {

  private static final String[] LIBRARY = {
    "dev.rubric.core..",
    "dev.rubric.dsl..",
    "dev.rubric.cohort..",
    "dev.rubric.report..",
    "dev.rubric.testkit.."
  };

  private static final JavaClasses LIBRARY_CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackagesOf(
              Unit.class, Rubric.class, Ranking.class, ScorecardText.class, Properties.class);

  private static final Path CATALOG = Path.of("data/catalogs/cchc-xa-2022.rubric");
  private static final Path EVIDENCE = Path.of("data/evidence/bach-thong-2022");

  /** Distinctive values put into one unit's evidence; none may reach a log. */
  private static final List<String> MARKED_VALUES = List.of("QX7319", "QX8842", "QX5531", "QX6604");

  @Test
  void libraryModules_logOnlyThroughTheSlf4jApi() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARY)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.util.logging..",
            "org.apache.logging..",
            "org.apache.log4j..",
            "org.apache.commons.logging..",
            "ch.qos.logback..",
            "org.jboss.logging..",
            "org.tinylog..",
            "org.slf4j.simple..",
            "org.slf4j.nop..",
            "org.slf4j.spi..",
            "org.slf4j.helpers..")
        .because("libraries log through the SLF4J API only; the host chooses the provider")
        .check(LIBRARY_CLASSES);
  }

  @Test
  void libraryModules_neverPrintToStandardStreams() {
    noClasses()
        .that()
        .resideInAnyPackage(LIBRARY)
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .orShould()
        .callMethod(System.class, "getLogger", String.class)
        .because("a library reports through results, exceptions and SLF4J, never a console")
        .check(LIBRARY_CLASSES);
  }

  @Test
  void provider_isTheRecordingOne() {
    // the check below would pass vacuously with any other provider
    assertThat(LoggerFactory.getILoggerFactory().getClass().getName())
        .startsWith(RecordingProvider.class.getName());
  }

  @Test
  void bundledUnits_evaluatedAndRendered_logNothingAboveDebugAndNoEvidenceOrCatalogText()
      throws IOException {
    // given: the bundled catalog and units, and one unit whose evidence carries marked values
    String catalogText = Files.readString(CATALOG, StandardCharsets.UTF_8);
    String marked =
        Files.readString(EVIDENCE.resolve("01969-phu-thong.json"), StandardCharsets.UTF_8)
            .replace("\"Thị trấn Phủ Thông\"", "\"Xã QX7319\"")
            .replace("\"118/BC-UBND\"", "\"QX8842/BC-UBND\"")
            .replace("\"Công chức Tư pháp - Hộ tịch\"", "\"Người nộp QX5531\"")
            .replace("\"DỮ LIỆU GIẢ LẬP", "\"QX6604 DỮ LIỆU GIẢ LẬP");
    assertThat(MARKED_VALUES).allSatisfy(v -> assertThat(marked).contains(v));
    RecordingProvider.clear();

    // when: the happy path of a host, through every library module
    CompiledCatalog catalog =
        Rubric.standard().compile(SourceText.of("cchc-xa-2022.rubric", catalogText)).orElseThrow();
    List<EvidenceFile> cohort =
        new ArrayList<>(EvidenceLoader.load(EVIDENCE, "bach-thong-2022", catalog.catalog()));
    cohort.add(Json.readEvidence("marked.json", marked));
    List<Scorecard> cards = catalog.evaluateAll(cohort);
    RankingAccumulator ranking = new RankingAccumulator(catalog.catalog());
    for (int i = 0; i < cards.size(); i++) {
      Scorecard card = cards.get(i);
      ranking.accept(card);
      Optional<String> note = cohort.get(i).evidence().note();
      for (Language lang : Language.values()) {
        ScorecardText.render(card, catalog.catalog(), note, lang, Ansi.OFF);
        ScorecardHtml.render(card, catalog.catalog(), note, lang);
        ScorecardCsv.render(card, lang);
        Sarif.scorecard(Sarif.Tool.rubric("1"), card, Optional.of("e.json"), lang);
        for (NodeResult n : card.nodes()) {
          ScorecardText.explain(n, card, lang, Ansi.OFF);
        }
      }
      Json.write(card);
    }
    Ranking ranked = ranking.ranking();
    RankingJson.render(ranked);
    for (Language lang : Language.values()) {
      RankingText.render(ranked, lang, Ansi.OFF);
      RankingCsv.render(ranked, lang);
      RankingHtml.render(ranked, lang);
    }
    List<RecordingProvider.Event> events = RecordingProvider.events();

    // then: something was logged (the compilation, at DEBUG), so the capture works
    assertThat(events).isNotEmpty();
    assertThat(events)
        .allSatisfy(
            e ->
                assertThat(e.level().toInt())
                    .as(e.text())
                    .isLessThanOrEqualTo(Level.DEBUG.toInt()));
    List<String> forbidden = new ArrayList<>(MARKED_VALUES);
    for (Node n : catalog.catalog().allNodes()) {
      forbidden.add(n.title().vi());
      n.title().en().ifPresent(forbidden::add);
    }
    forbidden.add(catalog.catalog().title().vi());
    for (EvidenceFile f : cohort) {
      forbidden.add(f.unit().name());
    }
    for (RecordingProvider.Event e : events) {
      for (String text : forbidden) {
        assertThat(e.text()).as("logged by %s", e.logger()).doesNotContain(text);
      }
    }
  }
}
