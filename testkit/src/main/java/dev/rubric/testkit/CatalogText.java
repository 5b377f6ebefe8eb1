package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes random, valid {@code .rubric} catalog text from choices: the body of {@link CatalogGen}.
 */
final class CatalogText {

  /*
   * Implementation notes.
   *
   * The text is written directly from a sequence of choices; choice 0 is always the simplest
   * alternative (fewest areas, no applicability, a flag rule, no bands), so shrinking a failing
   * catalog gives a small one. Validity is by construction, mirroring the checker's rules:
   *
   *  - every input is declared from a fixed pool with fixed directions, one or more of each type;
   *    every rule is monotone in the declared directions (tiers on a higher-better input use '>='
   *    from the highest threshold down with non-increasing points; lower-better inputs use '<=' or
   *    deductions), so monotonicity checks hold for every generated catalog;
   *  - a leaf's rule can award 0 to its max (a penalty's -max to 0): literal points never exceed
   *    the budget, formulas are capped with min(1, …), 'sum of' splits the budget and its parts
   *    never use the 'max' builtin (which is the whole node's max);
   *  - tier thresholds are strictly ordered so no tier is unreachable (RB303);
   *  - applicability reads unit attributes or present(…), never an input's value, so improving an
   *    input never changes which nodes apply;
   *  - let names are unique in the whole catalog, codes are unique, parents' max (when written)
   *    equal the sum of their children's, bands are contiguous and ordered from the highest.
   */

  /** The configurable shape of generated catalogs. */
  record Shape(int minAreas, int maxAreas, int maxDepth, int maxFanOut) {
    static final Shape DEFAULT = new Shape(1, 4, 3, 3);
  }

  private static final String[] LEAF_MAX = {"1", "0.5", "2", "1.5", "3", "4", "0.25"};
  private static final String[] RATIO_THRESHOLDS = {
    "100", "98", "95", "90", "80", "75", "50", "97.5"
  };
  private static final String[] TITLES = {
    "Kế hoạch cải cách hành chính",
    "Tỷ lệ hồ sơ giải quyết đúng hạn",
    "Công khai thủ tục hành chính",
    "Ứng dụng công nghệ thông tin",
    "Đào tạo, bồi dưỡng cán bộ, công chức",
    "Kỷ luật, kỷ cương hành chính",
    "Thu ngân sách trên địa bàn",
    "Sự hài lòng của người dân",
    "Tuyên truyền cải cách hành chính",
    "Số hóa hồ sơ, kết quả giải quyết",
    "Quy chế \\\"một cửa\\\" liên thông",
  };
  private static final String[] AREA_TITLES = {
    "Công tác chỉ đạo, điều hành",
    "Cải cách thể chế",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy",
    "Xây dựng chính quyền điện tử, chính quyền số",
    "Đánh giá của người dân, tổ chức",
  };
  private static final String[] MODES = {
    "half-up", "half-even", "half-down", "up", "down", "ceiling", "floor"
  };

  private final ChoiceSource source;
  private final Shape shape;
  private final StringBuilder sb = new StringBuilder();
  private int indent;
  private boolean hasTarget;

  private CatalogText(ChoiceSource source, Shape shape) {
    this.source = source;
    this.shape = shape;
  }

  static String generate(ChoiceSource source, Shape shape) {
    CatalogText t = new CatalogText(source, shape);
    t.catalog();
    return t.sb.toString();
  }

  // ---------------------------------------------------------------- choices

  private int pick(int n) {
    return n <= 1 ? 0 : (int) source.choose(n - 1L);
  }

  private int between(int min, int max) {
    return min + pick(max - min + 1);
  }

  /** Returns true with probability 1/n; false is the simpler choice. */
  private boolean oneIn(int n) {
    return pick(n) == n - 1;
  }

  private <T> T any(T[] values) {
    return values[pick(values.length)];
  }

  // ---------------------------------------------------------------- catalog

  private void catalog() {
    int id = between(1, 999);
    line("catalog \"gen-" + id + "\" version \"1." + pick(10) + ".0\" {");
    indent++;
    line(
        "title \"Bộ tiêu chí sinh ngẫu nhiên số " + id + "\" en \"Generated criteria " + id + "\"");
    if (oneIn(3)) {
      line("issuer \"UBND tỉnh " + name() + "\"");
    }
    if (oneIn(3)) {
      line(
          "decision \""
              + between(1, 2000)
              + "/QĐ-UBND\" dated 20"
              + (10 + pick(15))
              + "-0"
              + between(1, 9)
              + "-1"
              + pick(10));
    }
    line("applies-to commune" + (oneIn(2) ? ", thi_tran" : ""));
    inputs();
    attributes();
    if (oneIn(2)) {
      hasTarget = true;
      blank();
      line("let muc_tieu = " + any(new String[] {"50%", "80%", "60%"}));
    }
    int areas = between(shape.minAreas(), shape.maxAreas());
    boolean weighted = oneIn(4);
    for (int a = 1; a <= areas; a++) {
      blank();
      area(Integer.toString(a));
    }
    if (oneIn(3)) {
      blank();
      bonus();
    }
    if (oneIn(3)) {
      blank();
      penalty();
    }
    blank();
    if (weighted) {
      List<String> weights = new ArrayList<>();
      for (int a = 1; a <= areas; a++) {
        weights.add("\"" + a + "\": " + between(1, 3));
      }
      line("index weighted { " + String.join(", ", weights) + " }");
    } else {
      line(oneIn(4) ? "index percent unclamped" : "index percent");
    }
    line("round " + pick(5) + " " + any(MODES));
    bands(weighted);
    indent--;
    line("}");
  }

  private void inputs() {
    blank();
    line("inputs {");
    indent++;
    input("flag", "co_quy_che", "\"Có quy chế làm việc\" en \"Working regulation issued\"", "");
    input(
        "count",
        "so_luong",
        "\"Số hoạt động tuyên truyền\" en \"Activities held\"",
        " higher-better");
    input(
        "count", "vi_pham", "\"Số vi phạm bị phát hiện\" en \"Violations found\"", " lower-better");
    input("count", "hoan_thanh", "\"Số nhiệm vụ hoàn thành\"", " higher-better");
    input("count", "tong_so", "\"Tổng số nhiệm vụ được giao\"", "");
    input(
        "ratio",
        "ty_le",
        "\"Hồ sơ đúng hạn / đã giải quyết\" en \"On time / resolved\"",
        " higher-better");
    input("ratio", "hai_long", "\"Người dân hài lòng / được khảo sát\"", " higher-better");
    input(
        "quantity",
        "so_tien",
        "\"Thu ngân sách\" en \"Budget revenue\"",
        " unit \"triệu đồng\" higher-better");
    input("choice", "muc_do", "\"Mức độ hoàn thành\"", " options muc_1, muc_2, muc_3");
    input("date", "ngay_bao_cao", "\"Ngày gửi báo cáo\" en \"Report sent on\"", "");
    input("document", "ke_hoach", "\"Kế hoạch CCHC năm\" en \"Annual PAR plan\"", "");
    input("text", "ghi_chu", "\"Ghi chú của đơn vị\"", "");
    indent--;
    line("}");
  }

  private void input(String type, String key, String label, String extra) {
    line(type + " " + key + " " + label + extra + (oneIn(2) ? " required" : ""));
  }

  private void attributes() {
    blank();
    line("attributes {");
    indent++;
    line("flag co_mot_cua \"Có bộ phận một cửa\" en \"Has a one-stop shop\"");
    line("count dan_so \"Dân số\" en \"Population\"");
    line("choice vung \"Vùng\" options mien_nui, dong_bang, ven_bien");
    indent--;
    line("}");
  }

  // ---------------------------------------------------------------- nodes

  private void area(String code) {
    String channel = "";
    int c = pick(6);
    if (c == 4) {
      channel = " channel survey";
    } else if (c == 5) {
      channel = " channel system";
    }
    List<String> body = new ArrayList<>();
    Decimal max = children(code, 1, body);
    String title = AREA_TITLES[(code.hashCode() & 0x7fffffff) % AREA_TITLES.length];
    String maxText = oneIn(3) ? "" : " max " + max;
    line("area \"" + code + "\" \"" + title + "\"" + maxText + channel + applicability() + " {");
    body.forEach(this::raw);
    line("}");
  }

  /** Writes the children of {@code code} into {@code out} and returns the sum of their max. */
  private Decimal children(String code, int depth, List<String> out) {
    int count = between(1, shape.maxFanOut());
    Decimal sum = Decimal.ZERO;
    for (int i = 1; i <= count; i++) {
      String child = code + "." + i;
      CatalogText sub = new CatalogText(source, shape);
      sub.hasTarget = hasTarget;
      sub.indent = indent + 1;
      sum = sum.plus(sub.criterion(child, depth));
      out.add(sub.sb.toString());
    }
    return sum;
  }

  /** Writes one criterion at {@code depth} (1 = directly below an area) and returns its max. */
  private Decimal criterion(String code, int depth) {
    String title = any(TITLES);
    String en = oneIn(2) ? " en \"Criterion " + code + "\"" : "";
    String channel = oneIn(6) ? " channel system" : "";
    if (depth < shape.maxDepth() && oneIn(3)) {
      List<String> body = new ArrayList<>();
      Decimal max = children(code, depth + 1, body);
      String maxText = oneIn(2) ? "" : " max " + max;
      line(
          "criterion \""
              + code
              + "\" \""
              + title
              + "\""
              + en
              + maxText
              + channel
              + applicability()
              + " {");
      body.forEach(this::raw);
      line("}");
      return max;
    }
    Decimal max = Decimal.parse(any(LEAF_MAX));
    line(
        "criterion \""
            + code
            + "\" \""
            + title
            + "\""
            + en
            + " max "
            + max
            + channel
            + applicability()
            + " {");
    indent++;
    rule(code, max);
    extras(code);
    indent--;
    line("}");
    return max;
  }

  private String applicability() {
    if (!oneIn(6)) {
      return "";
    }
    String[] conditions = {
      "unit.co_mot_cua",
      "unit.kind in [\"thi_tran\", \"phuong\"]",
      "unit.dan_so >= 5000",
      "present(ghi_chu)",
      "unit.vung == \"mien_nui\"",
      "not unit.co_mot_cua",
    };
    String[] policies = {"exclude", "full", "renormalise"};
    return " applies-when " + any(conditions) + " else " + any(policies);
  }

  private void extras(String code) {
    int f = pick(8);
    if (f == 1) {
      line("finding major \"Mới đạt {earned}/{max} điểm\" en \"Only {earned} of {max} points\"");
    } else if (f == 2) {
      line(
          "finding minor when not co_quy_che \"Chưa có quy chế làm việc\" en \"No working regulation\"");
    } else if (f == 3) {
      line("finding critical when vi_pham > 2 \"Có {vi_pham} vi phạm\"");
    } else if (f == 4) {
      line("silent");
    }
    if (oneIn(4)) {
      line(
          "recommend \"Khắc phục ngay các tồn tại của tiêu chí "
              + code
              + "\" en \"Fix "
              + code
              + "\"");
    }
  }

  private void bonus() {
    Decimal max = Decimal.of(between(1, 3));
    line(
        "bonus \"B.1\" \"Sáng kiến cải cách hành chính\" en \"PAR initiatives\" max " + max + " {");
    indent++;
    line("award " + any(new String[] {"1", "0.5"}) + " per so_luong cap " + max);
    indent--;
    line("}");
  }

  private void penalty() {
    Decimal max = Decimal.of(between(1, 3));
    line("penalty \"P.1\" \"Vi phạm bị phê bình\" en \"Criticised violations\" max " + max + " {");
    indent++;
    int k = pick(3);
    if (k == 0) {
      line("points = max(-max, -vi_pham)");
    } else if (k == 1) {
      line("award -0.5 per vi_pham cap -" + max);
    } else {
      line("score -" + max + " when vi_pham > 3");
      line("otherwise 0");
    }
    indent--;
    line("}");
  }

  // ---------------------------------------------------------------- rules

  /** Writes the rule of leaf {@code code} with max {@code max}. */
  private void rule(String code, Decimal max) {
    int kind = pick(18);
    switch (kind) {
      case 0 -> {
        line("score " + max + " when co_quy_che");
        line("otherwise 0");
        return;
      }
      case 11 -> {
        line("best of {");
        indent++;
        subRule(max);
        subRule(max);
        indent--;
        line("}");
        return;
      }
      case 12 -> {
        Decimal first = half(max);
        Decimal second = max.minus(first);
        if (first.signum() == 0 || second.signum() == 0) {
          subRule(max);
          return;
        }
        line("sum of {");
        indent++;
        subRule(first);
        subRule(second);
        indent--;
        line("}");
        return;
      }
      case 13 -> {
        line(
            "only if "
                + any(new String[] {"co_quy_che", "present(ke_hoach)", "muc_do != \"muc_3\""})
                + " {");
        indent++;
        subRule(max);
        indent--;
        line("}");
        return;
      }
      case 14 -> {
        String let = "q_" + code.replace('.', '_');
        line("let " + let + " = hoan_thanh / tong_so");
        tiers(let, true, max, true);
        return;
      }
      case 15 -> {
        line("points = " + formulaOnMax());
        return;
      }
      case 16 -> {
        line(
            "deduct "
                + any(new String[] {"0.5", "1", "0.25"})
                + " per vi_pham floor "
                + (oneIn(3) ? half(max) : Decimal.ZERO));
        return;
      }
      case 17 -> {
        line("points = max(0, max - vi_pham * " + any(new String[] {"0.5", "1"}) + ")");
        return;
      }
      default -> simpleRule(kind, max, true);
    }
  }

  private String formulaOnMax() {
    int k = pick(hasTarget ? 4 : 3);
    return switch (k) {
      case 0 -> "ty_le * max";
      case 1 -> "min(1, ty_le / 80%) * max";
      case 2 -> "min(1, hoan_thanh / 10) * max";
      default -> "min(1, ty_le / muc_tieu) * max";
    };
  }

  /** Writes a rule with budget {@code budget} that does not use the {@code max} builtin. */
  private void subRule(Decimal budget) {
    simpleRule(1 + pick(10), budget, false);
  }

  /**
   * Writes one of the simple rule kinds 1 to 10 with budget {@code budget}; {@code useMax} allows
   * the {@code max} builtin, which is only right when the budget is the node's max.
   */
  private void simpleRule(int kind, Decimal budget, boolean useMax) {
    switch (kind) {
      case 1 -> {
        String date = "date(year, " + between(1, 12) + ", " + between(1, 28) + ")";
        line("score " + budget + " when ke_hoach.issued <= " + date);
        if (oneIn(2)) {
          line(
              "score "
                  + half(budget)
                  + " when ke_hoach.issued <= days_after("
                  + date
                  + ", "
                  + between(1, 60)
                  + ")");
        }
        line("otherwise 0");
        return;
      }
      case 2 -> {
        tiers("ty_le", true, budget, true);
        return;
      }
      case 3 -> {
        tiersCount("vi_pham", false, budget);
        return;
      }
      case 4 -> {
        tiersCount("so_luong", true, budget);
        return;
      }
      case 5 -> {
        line(
            "tiers muc_do { == \"muc_1\": "
                + budget
                + ", == \"muc_2\": "
                + half(budget)
                + ", otherwise: 0 }");
        return;
      }
      case 6 -> {
        line("points = " + (useMax ? "ty_le * max" : "ty_le * " + budget));
        return;
      }
      case 7 -> {
        line(
            "award "
                + any(new String[] {"0.5", "0.25", "1"})
                + " per so_luong"
                + (useMax && oneIn(2) ? "" : " cap " + budget));
        return;
      }
      case 8 -> {
        line("score " + budget + " when ty_le >= 100%");
        line("score " + half(budget) + " when ty_le >= " + any(RATIO_THRESHOLDS) + "%");
        line("otherwise 0");
        return;
      }
      case 9 -> {
        int hi = between(500, 2000);
        line(
            "tiers so_tien { >= "
                + hi
                + ": "
                + budget
                + ", >= "
                + (hi / 2)
                + ": "
                + half(budget)
                + ", otherwise: 0 }");
        return;
      }
      default -> {
        line(
            "score "
                + budget
                + " when ngay_bao_cao <= date(year, "
                + between(1, 12)
                + ", "
                + between(1, 28)
                + ")");
        line("otherwise 0");
      }
    }
  }

  /** Writes tiers on a proportion with two strictly decreasing thresholds. */
  private void tiers(String subject, boolean percent, Decimal budget, boolean withSecond) {
    int first = pick(RATIO_THRESHOLDS.length - 1);
    Decimal a = Decimal.parse(RATIO_THRESHOLDS[first]);
    StringBuilder t =
        new StringBuilder("tiers " + subject + " { >= " + a + (percent ? "%" : "") + ": " + budget);
    if (withSecond && oneIn(2)) {
      Decimal b = a.minus(Decimal.of(between(5, 40)));
      if (b.signum() > 0) {
        t.append(", >= ").append(b).append(percent ? "%" : "").append(": ").append(half(budget));
      }
    }
    t.append(", otherwise: 0 }");
    line(t.toString());
  }

  /**
   * Writes tiers on a count: '>=' descending for higher-better, '<=' ascending for lower-better.
   */
  private void tiersCount(String subject, boolean higher, Decimal budget) {
    int a = pick(10);
    int b = a + between(1, 10);
    if (higher) {
      line(
          "tiers "
              + subject
              + " { >= "
              + b
              + ": "
              + budget
              + ", >= "
              + a
              + ": "
              + half(budget)
              + ", otherwise: 0 }");
    } else {
      line(
          "tiers "
              + subject
              + " { <= "
              + a
              + ": "
              + budget
              + ", <= "
              + b
              + ": "
              + half(budget)
              + ", otherwise: 0 }");
    }
  }

  /** Returns half of {@code d}, or a quarter, or zero: a smaller number of points. */
  private Decimal half(Decimal d) {
    int k = pick(3);
    if (k == 0) {
      return d.times(Decimal.parse("0.5"));
    }
    return k == 1 ? d.times(Decimal.parse("0.25")) : Decimal.ZERO;
  }

  private void bands(boolean weighted) {
    int count = pick(4);
    if (count == 0) {
      return;
    }
    String[] labels = {"Xuất sắc\" en \"Excellent", "Tốt\" en \"Good", "Khá\" en \"Fair"};
    String[] percent = {"90", "70", "50"};
    String[] fraction = {"0.9", "0.7", "0.5"};
    line("bands {");
    indent++;
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add("\"" + labels[i] + "\" >= " + (weighted ? fraction[i] : percent[i]));
    }
    if (oneIn(4)) {
      items.set(items.size() - 1, "\"" + labels[count - 1] + "\" >= 0");
    } else {
      items.add("otherwise \"Kém\" en \"Poor\"");
    }
    for (int i = 0; i < items.size(); i++) {
      line(items.get(i) + (i + 1 < items.size() ? "," : ""));
    }
    indent--;
    line("}");
  }

  private String name() {
    return UnitGens.SYLLABLES.get(pick(UnitGens.SYLLABLES.size()))
        + " "
        + UnitGens.SYLLABLES.get(pick(UnitGens.SYLLABLES.size()));
  }

  // ---------------------------------------------------------------- output

  private void line(String s) {
    sb.append("  ".repeat(indent)).append(s).append('\n');
  }

  private void raw(String s) {
    sb.append(s);
  }

  private void blank() {
    sb.append('\n');
  }
}
