package dev.rubric.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.Decimal;
import dev.rubric.core.result.NodeStatus;
import org.junit.jupiter.api.Test;

class BoundariesTest {

  // tag::boundaries[]
  @Test
  void explore_sampleCatalog_showsOnTimeDossierTiers() {
    // given: Phủ Thông's 2022 evidence, with 412 of 420 dossiers on time
    BoundaryReport report =
        Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.phuThong2022());

    // when
    String table = report.only("3.2").render();

    // then
    assertThat(table)
        .isEqualTo(
            String.join(
                "\n",
                "criterion  input           boundary  probe  value      earned  status   index",
                "---------  --------------  --------  -----  ---------  ------  -------  -----",
                "3.2        ho_so_dung_han  >= 100%   below  99/100     3       partial  87.53",
                "3.2        ho_so_dung_han  >= 100%   at     1/1        4       met      88.53",
                "3.2        ho_so_dung_han  >= 98%    below  4899/5000  2       partial  86.53",
                "3.2        ho_so_dung_han  >= 98%    at     49/50      3       partial  87.53",
                "3.2        ho_so_dung_han  >= 98%    above  4901/5000  3       partial  87.53",
                "3.2        ho_so_dung_han  >= 95%    below  1899/2000  0       not_met  84.53",
                "3.2        ho_so_dung_han  >= 95%    at     19/20      2       partial  86.53",
                "3.2        ho_so_dung_han  >= 95%    above  1901/2000  2       partial  86.53",
                ""));
  }

  // end::boundaries[]

  @Test
  void explore_sampleCatalog_rendersDocumentedExcerpt() {
    BoundaryReport report =
        Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.phuThong2022());

    assertThat(report.only("3.2", "1.1.1").render())
        .isEqualTo(
            String.join(
                "\n",
                "criterion  input           boundary       probe  value       earned  status   index",
                "---------  --------------  -------------  -----  ----------  ------  -------  -----",
                "1.1.1      ke_hoach_cchc   <= 2022-01-31  below  2022-01-30  1       met      87.53",
                "1.1.1      ke_hoach_cchc   <= 2022-01-31  at     2022-01-31  1       met      87.53",
                "1.1.1      ke_hoach_cchc   <= 2022-01-31  above  2022-02-01  0.5     partial  87.03",
                "1.1.1      ke_hoach_cchc   <= 2022-03-02  below  2022-03-01  0.5     partial  87.03",
                "1.1.1      ke_hoach_cchc   <= 2022-03-02  at     2022-03-02  0.5     partial  87.03",
                "1.1.1      ke_hoach_cchc   <= 2022-03-02  above  2022-03-03  0       not_met  86.53",
                "3.2        ho_so_dung_han  >= 100%        below  99/100      3       partial  87.53",
                "3.2        ho_so_dung_han  >= 100%        at     1/1         4       met      88.53",
                "3.2        ho_so_dung_han  >= 98%         below  4899/5000   2       partial  86.53",
                "3.2        ho_so_dung_han  >= 98%         at     49/50       3       partial  87.53",
                "3.2        ho_so_dung_han  >= 98%         above  4901/5000   3       partial  87.53",
                "3.2        ho_so_dung_han  >= 95%         below  1899/2000   0       not_met  84.53",
                "3.2        ho_so_dung_han  >= 95%         at     19/20       2       partial  86.53",
                "3.2        ho_so_dung_han  >= 95%         above  1901/2000   2       partial  86.53",
                ""));
  }

  @Test
  void explore_sampleCatalog_probesDeadlinesByOneDay() {
    BoundaryReport report =
        Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.phuThong2022());

    assertThat(report.only("1.1.1").render())
        .isEqualTo(
            String.join(
                "\n",
                "criterion  input          boundary       probe  value       earned  status   index",
                "---------  -------------  -------------  -----  ----------  ------  -------  -----",
                "1.1.1      ke_hoach_cchc  <= 2022-01-31  below  2022-01-30  1       met      87.53",
                "1.1.1      ke_hoach_cchc  <= 2022-01-31  at     2022-01-31  1       met      87.53",
                "1.1.1      ke_hoach_cchc  <= 2022-01-31  above  2022-02-01  0.5     partial  87.03",
                "1.1.1      ke_hoach_cchc  <= 2022-03-02  below  2022-03-01  0.5     partial  87.03",
                "1.1.1      ke_hoach_cchc  <= 2022-03-02  at     2022-03-02  0.5     partial  87.03",
                "1.1.1      ke_hoach_cchc  <= 2022-03-02  above  2022-03-03  0       not_met  86.53",
                ""));
  }

  @Test
  void explore_quotientLet_probesNumeratorAndDenominator() {
    BoundaryReport report =
        Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.phuThong2022());

    assertThat(report.rowsOf("1.1.2"))
        .extracting(BoundaryReport.Row::input, BoundaryReport.Row::probe, BoundaryReport.Row::value)
        .containsExactly(
            tuple("nv_hoan_thanh/nv_ke_hoach", "below", "99/100"),
            tuple("nv_hoan_thanh/nv_ke_hoach", "at", "1/1"),
            tuple("nv_hoan_thanh/nv_ke_hoach", "above", "101/100"),
            tuple("nv_hoan_thanh/nv_ke_hoach", "below", "399/500"),
            tuple("nv_hoan_thanh/nv_ke_hoach", "at", "4/5"),
            tuple("nv_hoan_thanh/nv_ke_hoach", "above", "401/500"));
  }

  @Test
  void explore_countEqualsZero_hasNoProbeBelowZero() {
    BoundaryReport report =
        Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.phuThong2022());

    assertThat(report.rowsOf("2.1"))
        .extracting(
            BoundaryReport.Row::probe, BoundaryReport.Row::earned, BoundaryReport.Row::status)
        .containsExactly(
            tuple("at", Decimal.of(2), NodeStatus.MET),
            tuple("above", Decimal.ZERO, NodeStatus.NOT_MET));
  }

  @Test
  void explore_sameInput_givesSameReport() {
    BoundaryReport first = Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.base());
    BoundaryReport second = Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.base());

    assertThat(second.render()).isEqualTo(first.render());
  }

  @Test
  void explore_formulaCriteria_areNotProbed() {
    BoundaryReport report =
        Boundaries.explore(SampleCatalog.COMPILED, SampleCatalog.phuThong2022());

    assertThat(report.rows())
        .extracting(BoundaryReport.Row::criterion)
        .doesNotContain("1.6", "3.4", "5.3", "S.1", "P.1", "B.1");
  }

  @Test
  void explore_catalogWithGateAndChoice_probesFlagsAndOptions() {
    // given
    String text =
        String.join(
            "\n",
            "catalog \"cong\" version \"1.0.0\" {",
            "  title \"Cổng và lựa chọn\"",
            "  applies-to commune",
            "  inputs {",
            "    flag co_quy_che \"Có quy chế\"",
            "    choice muc_do \"Mức độ\" options muc_1, muc_2",
            "  }",
            "  area \"1\" \"Khu vực\" {",
            "    criterion \"1.1\" \"Tiêu chí\" max 2 {",
            "      only if co_quy_che {",
            "        tiers muc_do { == \"muc_1\": 2, otherwise: 0 }",
            "      }",
            "    }",
            "  }",
            "}",
            "");
    var compiled =
        dev.rubric.dsl.Rubric.standard()
            .compile(dev.rubric.core.diagnostic.SourceText.of("cong.rubric", text))
            .orElseThrow();
    var base = EvidenceGens.files(compiled).allProvided().samples(1, 7).get(0);

    // when
    BoundaryReport report = Boundaries.explore(compiled, base);

    // then
    assertThat(report.rows())
        .extracting(
            BoundaryReport.Row::boundary, BoundaryReport.Row::probe, BoundaryReport.Row::value)
        .containsExactly(
            tuple("gate", "false", "false"),
            tuple("gate", "true", "true"),
            tuple("choice", "option", "muc_1"),
            tuple("choice", "option", "muc_2"));
  }
}
