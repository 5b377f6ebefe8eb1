package dev.rubric.benchmarks;

/**
 * Writes valid catalog text with a chosen number of criteria, shaped like the sample catalog: areas
 * of ten criteria, each criterion reading its own declared inputs with the rule kinds the sample
 * uses in about its proportions (ratio tiers, flags, ratio times points, per-item awards,
 * deductions, sums of parts, deadlines on documents, count tiers, lets and applicability), with
 * findings and recommendations in Vietnamese and English. The text compiles without errors; {@link
 * CompileBenchmark} checks that before measuring.
 */
public final class CatalogGenerator {
  private static final int PER_AREA = 10;
  private static final int KINDS = 10;

  private CatalogGenerator() {}

  /** Returns the text of a catalog with {@code criteria} criteria (at least 1). */
  public static String generate(int criteria) {
    if (criteria < 1) {
      throw new IllegalArgumentException("criteria: expected at least 1 but found " + criteria);
    }
    StringBuilder sb = new StringBuilder(criteria * 700);
    sb.append("# Generated for benchmarks: ").append(criteria).append(" criteria.\n");
    sb.append("catalog \"gen-").append(criteria).append("\" version \"1.0.0\" {\n");
    sb.append("  title \"Bộ tiêu chí sinh tự động (")
        .append(criteria)
        .append(" tiêu chí)\" en \"Generated criteria (")
        .append(criteria)
        .append(")\"\n");
    sb.append("  issuer \"Rubric (sinh tự động)\"\n");
    sb.append("  applies-to commune\n\n");
    sb.append("  inputs {\n");
    for (int i = 0; i < criteria; i++) {
      inputs(sb, i);
    }
    sb.append("  }\n\n");
    sb.append("  attributes {\n");
    sb.append("    flag co_mot_cua \"Có bộ phận một cửa\" en \"Has a one-stop shop\"\n");
    sb.append("  }\n\n");
    sb.append("  let muc_tieu = 90%\n\n");
    for (int a = 0; a * PER_AREA < criteria; a++) {
      int first = a * PER_AREA;
      int last = Math.min(criteria, first + PER_AREA);
      sb.append("  area \"")
          .append(a + 1)
          .append("\" \"Lĩnh vực ")
          .append(a + 1)
          .append("\" en \"Area ")
          .append(a + 1)
          .append("\" {\n");
      for (int i = first; i < last; i++) {
        criterion(sb, a + 1, i);
      }
      sb.append("  }\n\n");
    }
    sb.append("  index percent\n");
    sb.append("  round 2 half-up\n");
    sb.append("  bands {\n");
    sb.append("    \"Tốt\" en \"Good\" >= 90,\n");
    sb.append("    \"Khá\" en \"Fair\" >= 70,\n");
    sb.append("    \"Trung bình\" en \"Average\" >= 50,\n");
    sb.append("    otherwise \"Kém\" en \"Poor\"\n");
    sb.append("  }\n");
    sb.append("}\n");
    return sb.toString();
  }

  private static void inputs(StringBuilder sb, int i) {
    String x = "x" + i;
    switch (i % KINDS) {
      case 0, 2 ->
          input(
              sb,
              "ratio",
              x,
              "Tỷ lệ hồ sơ đúng hạn " + i,
              "On-time share " + i,
              " higher-better required");
      case 1 -> input(sb, "flag", x, "Có kế hoạch " + i, "Plan " + i + " issued", " required");
      case 3 ->
          input(sb, "count", x, "Số hoạt động " + i, "Activities " + i, " higher-better required");
      case 4 ->
          input(sb, "count", x, "Số vi phạm " + i, "Violations " + i, " lower-better required");
      case 5 -> {
        input(sb, "flag", x + "_a", "Có quy chế " + i, "Regulation " + i, " required");
        input(sb, "count", x + "_b", "Số sự cố " + i, "Incidents " + i, " lower-better required");
      }
      case 6 -> input(sb, "document", x, "Báo cáo " + i, "Report " + i, " required");
      case 7 ->
          input(sb, "count", x, "Số cuộc họp " + i, "Meetings " + i, " higher-better required");
      case 8 -> {
        input(
            sb,
            "count",
            x + "_a",
            "Số nhiệm vụ hoàn thành " + i,
            "Tasks done " + i,
            " higher-better required");
        input(
            sb,
            "count",
            x + "_b",
            "Số nhiệm vụ được giao " + i,
            "Tasks assigned " + i,
            " required");
      }
      default ->
          input(
              sb,
              "ratio",
              x,
              "Tỷ lệ số hóa " + i,
              "Digitised share " + i,
              " higher-better required");
    }
  }

  private static void input(
      StringBuilder sb, String type, String name, String vi, String en, String tail) {
    sb.append("    ")
        .append(type)
        .append(' ')
        .append(name)
        .append(" \"")
        .append(vi)
        .append("\" en \"")
        .append(en)
        .append('"')
        .append(tail)
        .append('\n');
  }

  private static void criterion(StringBuilder sb, int area, int i) {
    String x = "x" + i;
    int k = i % KINDS;
    String max = k == 1 || k == 4 ? "1" : "2";
    sb.append("    criterion \"")
        .append(area)
        .append('.')
        .append(i + 1)
        .append("\" \"Tiêu chí ")
        .append(i + 1)
        .append("\" en \"Criterion ")
        .append(i + 1)
        .append("\" max ")
        .append(max);
    if (k == 9) {
      sb.append("\n        applies-when unit.co_mot_cua else exclude");
    }
    sb.append(" {\n");
    switch (k) {
      case 0 -> {
        sb.append("      tiers ")
            .append(x)
            .append(" { >= 100%: 2, >= 95%: 1.5, >= 90%: 1, otherwise: 0 }\n");
        sb.append("      finding major \"Tỷ lệ còn thấp ({")
            .append(x)
            .append("})\" en \"The share is still low ({")
            .append(x)
            .append("})\"\n");
      }
      case 1 -> sb.append("      score 1 when ").append(x).append("\n      otherwise 0\n");
      case 2 -> sb.append("      points = ").append(x).append(" * max\n");
      case 3 -> sb.append("      award 0.5 per ").append(x).append(" cap 2\n");
      case 4 -> sb.append("      deduct 0.25 per ").append(x).append(" floor 0\n");
      case 5 -> {
        sb.append("      sum of {\n");
        sb.append("        score 1 when ").append(x).append("_a otherwise 0\n");
        sb.append("        score 1 when ").append(x).append("_b == 0 otherwise 0\n");
        sb.append("      }\n");
      }
      case 6 -> {
        sb.append("      score 2 when ").append(x).append(".issued <= date(year, 3, 31)\n");
        sb.append("      score 1 when ")
            .append(x)
            .append(".issued <= days_after(date(year, 3, 31), 30)\n");
        sb.append("      otherwise 0\n");
      }
      case 7 -> sb.append("      tiers ").append(x).append(" { >= 4: 2, >= 2: 1, otherwise: 0 }\n");
      case 8 -> {
        sb.append("      let ty_le = ").append(x).append("_a / ").append(x).append("_b\n");
        sb.append("      tiers ty_le { >= 100%: 2, >= 80%: 1, otherwise: 0 }\n");
        sb.append(
            "      finding major \"Mới hoàn thành {ty_le} nhiệm vụ\" en \"Only {ty_le} of the tasks were done\"\n");
      }
      default -> sb.append("      points = min(1, ").append(x).append(" / muc_tieu) * max\n");
    }
    sb.append("      recommend \"Khắc phục tiêu chí ")
        .append(i + 1)
        .append("\" en \"Remedy criterion ")
        .append(i + 1)
        .append("\"\n");
    sb.append("    }\n");
  }
}
