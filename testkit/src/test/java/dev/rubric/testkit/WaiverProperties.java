package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.Period;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import dev.rubric.core.waiver.WaiverEffect;
import dev.rubric.core.waiver.Waivers;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.WaivedEvaluation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Waivers over random valid catalogs and evidence: a full-points waiver for any leaf (area item,
 * bonus or penalty item) never lowers the index, and the scorecard without waivers is the plain
 * evaluation.
 */
class WaiverProperties {

  /** A generated subject and the code of one of its catalog's leaves, to waive. */
  record Waived(Subject subject, String leaf) {
    @Override
    public String toString() {
      return "waiving leaf " + leaf + " of\n" + subject;
    }
  }

  private static Gen<Waived> waived() {
    return Subject.generated()
        .flatMap(s -> Gen.elements(leaves(s.catalog())).map(code -> new Waived(s, code)));
  }

  private static List<String> leaves(CompiledCatalog catalog) {
    return catalog.catalog().allNodes().stream()
        .filter(n -> !n.isParent())
        .map(Node::code)
        .toList();
  }

  /** A waiver of {@code effect} in force over the whole of {@code period}. */
  private static Waivers waiver(String unit, String code, WaiverEffect effect, Period period) {
    LocalDate from = period.start().isBefore(period.asOf()) ? period.start() : period.asOf();
    LocalDate until = period.end().isAfter(period.asOf()) ? period.end() : period.asOf();
    return Waivers.of(
        List.of(
            Waiver.builder()
                .unitCode(unit)
                .criterionCode(code)
                .effect(effect)
                .reason("Sáp nhập đơn vị hành chính")
                .decision("1/QĐ-UBND")
                .approver("Chủ tịch UBND huyện")
                .validFrom(from)
                .validUntil(until)
                .build()));
  }

  @Test
  void fullPointsWaiver_anyLeaf_neverLowersTheIndex() {
    Properties.forAll(waived())
        .check(
            w -> {
              CompiledCatalog catalog = w.subject().catalog();
              EvidenceFile file = w.subject().file();
              WaivedEvaluation e =
                  catalog.evaluate(
                      file,
                      waiver(
                          file.unit().code(), w.leaf(), WaiverEffect.FULL_POINTS, file.period()));

              Scorecard without = e.withoutWaivers();
              Scorecard with = e.withWaivers();
              assertThat(with.index()).isGreaterThanOrEqualTo(without.index());
              assertThat(with.indexRounded()).isGreaterThanOrEqualTo(without.indexRounded());
              assertThat(with.total()).isGreaterThanOrEqualTo(without.total());
            });
  }

  @Test
  void evaluateWithWaivers_withoutWaivers_isThePlainEvaluation() {
    Properties.forAll(waived())
        .tries(30)
        .check(
            w -> {
              CompiledCatalog catalog = w.subject().catalog();
              EvidenceFile file = w.subject().file();
              WaivedEvaluation e =
                  catalog.evaluate(
                      file,
                      waiver(
                          file.unit().code(),
                          w.leaf(),
                          WaiverEffect.NOT_APPLICABLE,
                          file.period()));

              assertThat(Json.write(e.withoutWaivers()))
                  .isEqualTo(Json.write(catalog.evaluate(file)));
            });
  }
}
