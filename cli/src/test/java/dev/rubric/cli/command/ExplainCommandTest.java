package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import org.junit.jupiter.api.Test;

/** {@code rubric explain}: the explanation tree of one criterion. */
class ExplainCommandTest {

  private static Result explain(String criterion, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "explain",
                "--catalog",
                Cli.CATALOG,
                "--evidence",
                Cli.PHU_THONG,
                "--criterion",
                criterion));
    args.addAll(java.util.List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void explain_leaf_printsWhatDecidedItsPointsAndItsFinding() {
    Result r = explain("1.5");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith(
            "Thị trấn Phủ Thông (01969) · kỳ đánh giá 2022\n\n"
                + "1.5 Ban chỉ đạo chuyển đổi số họp định kỳ: 1/2 điểm (Đạt một phần)\n"
                + "  hop_ban_chi_dao_cds là 2, thấp hơn 4\n"
                + "  cũng thấp hơn 3\n"
                + "  nhưng không thấp hơn 2 nên được 1 điểm\n"
                + "  • Lớn: Công tác chỉ đạo, điều hành chưa quyết liệt")
        .contains("\n    → Khuyến nghị: Nâng cao vai trò người đứng đầu");
  }

  @Test
  void explain_parent_explainsEachChildIndented() {
    Result r = explain("1.3", "--lang", "en");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("\n1.3 PAR inspection: ")
        .contains("\n  1.3.1 Internal PAR inspection plan: ")
        .contains("\n  1.3.2 Follow-up of inspection findings: ")
        .contains("Recommendation: Strengthen inspection and supervision");
  }

  @Test
  void explain_unknownCriterion_suggestsTheClosestCode() {
    Result r = explain("1.55");
    Result en = explain("1.55", "--lang", "en");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo(
            "lỗi: không có tiêu chí '1.55' trong bộ tiêu chí 'cchc-xa'; có phải là '1.5'?\n");
    assertThat(en.err())
        .isEqualTo("error: unknown criterion '1.55' in catalog 'cchc-xa'; did you mean '1.5'?\n");
  }

  @Test
  void explain_unknownCriterionFarFromAny_listsTheNearestCodes() {
    Result area =
        Cli.runEn(
            "explain", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG, "--criterion", "9.9");
    Result areaVi =
        Cli.run(
            "explain", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG, "--criterion", "9.9");
    Result sub =
        Cli.runEn(
            "explain",
            "--catalog",
            Cli.CATALOG,
            "--evidence",
            Cli.PHU_THONG,
            "--criterion",
            "1.99");

    assertThat(area.status()).isEqualTo(1);
    assertThat(area.err())
        .isEqualTo(
            "error: unknown criterion '9.9' in catalog 'cchc-xa'; the top-level codes are 1, 2, 3,"
                + " 4, 5, 6, 7, 8, S, B.1, P.1\n");
    assertThat(areaVi.err())
        .isEqualTo(
            "lỗi: không có tiêu chí '9.9' trong bộ tiêu chí 'cchc-xa'; các mã cấp cao nhất là 1, 2,"
                + " 3, 4, 5, 6, 7, 8, S, B.1, P.1\n");
    assertThat(sub.err())
        .isEqualTo(
            "error: unknown criterion '1.99' in catalog 'cchc-xa'; the criteria of 1 are 1.1, 1.2,"
                + " 1.3, 1.4, 1.5, 1.6\n");
  }

  @Test
  void explain_withoutCriterion_isAUsageError() {
    Result r = Cli.run("explain", "--catalog", Cli.CATALOG, "--evidence", Cli.PHU_THONG);
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("lỗi: thiếu tùy chọn bắt buộc '--criterion CODE'\n");
  }
}
