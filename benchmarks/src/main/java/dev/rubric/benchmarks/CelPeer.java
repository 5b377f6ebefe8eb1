package dev.rubric.benchmarks;

import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import dev.cel.runtime.CelVariableResolver;
import dev.rubric.core.AttributeValue;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sample catalog with its conditions written in CEL ({@code dev.cel:cel}) and its point
 * arithmetic in Java: the way a team would use a general expression language for these rules.
 *
 * <p>Every condition of the catalog (tier thresholds, {@code score … when}, applicability, the
 * penalty's {@code if}) is one CEL program, compiled and checked once against declared variables.
 * Per unit the peer builds one activation map from the evidence (counts, quantities and ratio parts
 * as CEL {@code int}s, flags as {@code bool}s, document issue dates as epoch days, the unit's kind
 * and attributes) and evaluates the programs that the unit's evidence reaches; Java then adds the
 * points with exact {@link BigDecimal} arithmetic, exactly as {@link HandWritten} does. Ratio
 * thresholds are cross-multiplied in CEL ({@code n * 100 >= 98 * d}), which is exact on integers;
 * the generated evidence is integral, and {@link #activation} fails on anything else.
 *
 * <p>Deciding which evidence is missing stays in Java (a CEL program cannot read an absent variable
 * without failing), as does the arithmetic CEL cannot do exactly (ratios times points). Immutable
 * and thread-safe: CEL programs are.
 */
final class CelPeer {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal ONE_HALF = new BigDecimal("1.5");
  private static final BigDecimal QUARTER3 = new BigDecimal("0.75");
  private static final BigDecimal B0375 = new BigDecimal("0.375");
  private static final BigDecimal ONE = BigDecimal.ONE;
  private static final BigDecimal TWO = BigDecimal.valueOf(2);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);
  private static final BigDecimal FOUR = BigDecimal.valueOf(4);
  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
  private static final BigDecimal ZERO = BigDecimal.ZERO;

  private final CelRuntime.Program planOnTime;
  private final CelRuntime.Program planLate;
  private final CelRuntime.Program tasksAll;
  private final CelRuntime.Program tasks80;
  private final CelRuntime.Program inspectionPlan;
  private final CelRuntime.Program inspectionNone;
  private final CelRuntime.Program communicationPlan;
  private final CelRuntime.Program[] meetings;
  private final CelRuntime.Program legalApplies;
  private final CelRuntime.Program lawful;
  private final CelRuntime.Program reviewPlan;
  private final CelRuntime.Program reviewReport;
  private final CelRuntime.Program regulationCurrent;
  private final CelRuntime.Program regulationApplied;
  private final CelRuntime.Program oneStop;
  private final CelRuntime.Program[] posted;
  private final CelRuntime.Program[] onTime;
  private final CelRuntime.Program apologyNone;
  private final CelRuntime.Program apologyAll;
  private final CelRuntime.Program[] digitised;
  private final CelRuntime.Program fees;
  private final CelRuntime.Program feedbackNone;
  private final CelRuntime.Program assignment;
  private final CelRuntime.Program staffing;
  private final CelRuntime.Program appraisal;
  private final CelRuntime.Program classification;
  private final CelRuntime.Program[] standards;
  private final CelRuntime.Program[] budgetLate;
  private final CelRuntime.Program disclosure;
  private final CelRuntime.Program noViolation;
  private final CelRuntime.Program[] signed;
  private final CelRuntime.Program securityRule;
  private final CelRuntime.Program noIncident;
  private final CelRuntime.Program urban;
  private final CelRuntime.Program urbanTool;
  private final CelRuntime.Program[] revenue;
  private final CelRuntime.Program civilised;
  private final CelRuntime.Program newRural;
  private final CelRuntime.Program disciplined;

  CelPeer() {
    CelCompilerBuilder b = CelCompilerFactory.standardCelCompilerBuilder();
    for (String count :
        new String[] {
          "nv_ke_hoach",
          "nv_hoan_thanh",
          "bao_cao_tre",
          "hoat_dong_tuyen_truyen",
          "hop_ban_chi_dao_cds",
          "van_ban_trai_luat",
          "vi_pham_ky_luat",
          "du_toan_tre_ngay",
          "sai_pham_tai_chinh",
          "chuyen_muc_cap_nhat",
          "su_co_attt",
          "sang_kien",
          "phe_binh",
          "thu_ngan_sach",
          "du_toan_thu",
          "ke_hoach_cchc_issued",
          "bao_cao_ra_soat_issued",
          "quyet_dinh_xep_loai_issued",
          "jan31",
          "mar2",
          "dec15",
          "dec31"
        }) {
      b.addVar(count, SimpleType.INT);
    }
    for (String flag :
        new String[] {
          "ke_hoach_kiem_tra",
          "ke_hoach_tuyen_truyen",
          "ke_hoach_ra_soat",
          "quy_che_cap_nhat",
          "quy_che_thuc_hien",
          "phan_cong_phu_hop",
          "trong_bien_che",
          "danh_gia_day_du",
          "cong_khai_ngan_sach",
          "quy_che_attt",
          "cong_cu_so_do_thi",
          "dat_nong_thon_moi",
          "dat_van_minh_do_thi",
          "ky_luat_tthc",
          "present_quyet_dinh_phan_cong",
          "unit_co_mot_cua",
          "unit_ban_hanh_qppl",
          "unit_co_thu_phi"
        }) {
      b.addVar(flag, SimpleType.BOOL);
    }
    for (String ratio : RATIOS) {
      b.addVar(ratio + "_n", SimpleType.INT);
      b.addVar(ratio + "_d", SimpleType.INT);
    }
    b.addVar("unit_kind", SimpleType.STRING);
    b.setResultType(SimpleType.BOOL);
    CelCompiler compiler = b.build();
    CelRuntime runtime = CelRuntimeFactory.plannerRuntimeBuilder().build();
    Compiler c = new Compiler(compiler, runtime);

    planOnTime = c.program("ke_hoach_cchc_issued <= jan31");
    planLate = c.program("ke_hoach_cchc_issued <= mar2");
    tasksAll = c.program("nv_hoan_thanh * 100 >= 100 * nv_ke_hoach");
    tasks80 = c.program("nv_hoan_thanh * 100 >= 80 * nv_ke_hoach");
    inspectionPlan = c.program("ke_hoach_kiem_tra");
    inspectionNone = c.program("khac_phuc_kiem_tra_d == 0");
    communicationPlan = c.program("ke_hoach_tuyen_truyen");
    meetings =
        new CelRuntime.Program[] {
          c.program("hop_ban_chi_dao_cds >= 4"),
          c.program("hop_ban_chi_dao_cds >= 3"),
          c.program("hop_ban_chi_dao_cds >= 2"),
          c.program("hop_ban_chi_dao_cds >= 1")
        };
    legalApplies = c.program("unit_ban_hanh_qppl");
    lawful = c.program("van_ban_trai_luat == 0");
    reviewPlan = c.program("ke_hoach_ra_soat");
    reviewReport = c.program("bao_cao_ra_soat_issued <= dec15");
    regulationCurrent = c.program("quy_che_cap_nhat");
    regulationApplied = c.program("quy_che_thuc_hien");
    oneStop = c.program("unit_co_mot_cua");
    posted = c.tiers("niem_yet_tthc", 100, 90);
    onTime = c.tiers("ho_so_dung_han", 100, 98, 95);
    apologyNone = c.program("xin_loi_qua_han_d == 0");
    apologyAll = c.program("xin_loi_qua_han_n * 100 >= 100 * xin_loi_qua_han_d");
    digitised = c.tiers("so_hoa_ho_so", 80, 50);
    fees = c.program("unit_co_thu_phi");
    feedbackNone = c.program("phan_anh_kien_nghi_d == 0");
    assignment = c.program("present_quyet_dinh_phan_cong && phan_cong_phu_hop");
    staffing = c.program("trong_bien_che");
    appraisal = c.program("danh_gia_day_du");
    classification = c.program("quyet_dinh_xep_loai_issued <= dec31");
    standards = c.tiers("cong_chuc_dat_chuan", 100, 90);
    budgetLate =
        new CelRuntime.Program[] {
          c.program("du_toan_tre_ngay <= 0"), c.program("du_toan_tre_ngay <= 15")
        };
    disclosure = c.program("cong_khai_ngan_sach");
    noViolation = c.program("sai_pham_tai_chinh == 0");
    signed = c.tiers("van_ban_ky_so", 90, 70);
    securityRule = c.program("quy_che_attt");
    noIncident = c.program("su_co_attt == 0");
    urban = c.program("unit_kind in ['thi_tran', 'phuong']");
    urbanTool = c.program("cong_cu_so_do_thi");
    revenue =
        new CelRuntime.Program[] {
          c.program("thu_ngan_sach * 100 >= 100 * du_toan_thu"),
          c.program("thu_ngan_sach * 100 >= 90 * du_toan_thu")
        };
    civilised = c.program("dat_van_minh_do_thi");
    newRural = c.program("dat_nong_thon_moi");
    disciplined = c.program("ky_luat_tthc");
  }

  private static final String[] RATIOS = {
    "khac_phuc_kiem_tra",
    "nhiem_vu_cap_tren",
    "niem_yet_tthc",
    "ho_so_dung_han",
    "xin_loi_qua_han",
    "ho_so_truc_tuyen",
    "so_hoa_ho_so",
    "thanh_toan_truc_tuyen",
    "phan_anh_kien_nghi",
    "dao_tao_boi_duong",
    "cong_chuc_dat_chuan",
    "van_ban_ky_so",
    "ho_so_cong_viec",
    "to_cong_nghe_so",
    "chi_tieu_ktxh",
    "hai_long"
  };

  /** Variable names of each ratio's parts, made once rather than per unit. */
  private static final Map<String, String[]> RATIO_PARTS = new HashMap<>();

  static {
    for (String r : RATIOS) {
      RATIO_PARTS.put(r, new String[] {r + "_n", r + "_d"});
    }
  }

  /** Compiles condition text, failing on any CEL issue. */
  private static final class Compiler {
    final CelCompiler compiler;
    final CelRuntime runtime;

    Compiler(CelCompiler compiler, CelRuntime runtime) {
      this.compiler = compiler;
      this.runtime = runtime;
    }

    CelRuntime.Program program(String text) {
      try {
        return runtime.createProgram(compiler.compile(text).getAst());
      } catch (CelValidationException | CelEvaluationException e) {
        throw new IllegalStateException("bug: CEL rejects '" + text + "': " + e.getMessage(), e);
      }
    }

    /** Tier conditions {@code ratio >= p%} for each percentage, cross-multiplied. */
    CelRuntime.Program[] tiers(String ratio, int... percents) {
      CelRuntime.Program[] out = new CelRuntime.Program[percents.length];
      for (int i = 0; i < percents.length; i++) {
        out[i] = program(ratio + "_n * 100 >= " + percents[i] + " * " + ratio + "_d");
      }
      return out;
    }
  }

  /** Returns the CEL activation of one unit: its provided evidence, attributes and period dates. */
  static Map<String, Object> activation(EvidenceFile file) {
    Map<String, Object> a = new HashMap<>(128);
    for (Map.Entry<String, Evidence> e : file.evidence().evidence().entrySet()) {
      Evidence ev = e.getValue();
      if (ev.status() != EvidenceStatus.PROVIDED) {
        continue;
      }
      EvidenceValue v = ev.value().orElseThrow();
      String key = e.getKey();
      if (v instanceof EvidenceValue.Count count) {
        a.put(key, count.value());
      } else if (v instanceof EvidenceValue.Flag flag) {
        a.put(key, flag.value());
      } else if (v instanceof EvidenceValue.Ratio r) {
        String[] parts = RATIO_PARTS.get(key);
        a.put(parts[0], r.numerator().toBigDecimal().longValueExact());
        a.put(parts[1], r.denominator().toBigDecimal().longValueExact());
      } else if (v instanceof EvidenceValue.Quantity quantity) {
        a.put(key, quantity.amount().toBigDecimal().longValueExact());
      } else if (v instanceof EvidenceValue.Document d) {
        if (d.issued().isPresent()) {
          a.put(key + "_issued", d.issued().get().toEpochDay());
        }
        if (key.equals("quyet_dinh_phan_cong")) {
          a.put("present_quyet_dinh_phan_cong", true);
        }
      }
    }
    a.putIfAbsent("present_quyet_dinh_phan_cong", false);
    for (Map.Entry<String, AttributeValue> e : file.unit().attributes().entrySet()) {
      if (e.getValue() instanceof AttributeValue.Flag) {
        a.put("unit_" + e.getKey(), ((AttributeValue.Flag) e.getValue()).value());
      }
    }
    a.put("unit_kind", file.unit().kind());
    int year = file.period().year();
    LocalDate jan31 = LocalDate.of(year, 1, 31);
    a.put("jan31", jan31.toEpochDay());
    a.put("mar2", jan31.plusDays(30).toEpochDay());
    a.put("dec15", LocalDate.of(year, 12, 15).toEpochDay());
    a.put("dec31", LocalDate.of(year, 12, 31).toEpochDay());
    return a;
  }

  PeerIndex.PeerResult score(EvidenceFile file) {
    Map<String, Object> a = activation(file);
    // One resolver over the map for all programs: Program.eval(Map) would copy the map per program.
    CelVariableResolver vars = name -> Optional.ofNullable(a.get(name));
    return score(file, a, vars);
  }

  private PeerIndex.PeerResult score(
      EvidenceFile file, Map<String, Object> a, CelVariableResolver vars) {
    PeerIndex acc = new PeerIndex();

    // Area 1
    if (has(a, "ke_hoach_cchc_issued")) {
      acc.add(ONE, is(planOnTime, vars) ? ONE : is(planLate, vars) ? HALF : ZERO);
    } else {
      acc.addZero(ONE);
    }
    if (has(a, "nv_hoan_thanh") && has(a, "nv_ke_hoach") && (Long) a.get("nv_ke_hoach") != 0) {
      acc.add(TWO, is(tasksAll, vars) ? TWO : is(tasks80, vars) ? ONE : ZERO);
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        TWO,
        has(a, "bao_cao_tre")
            ? TWO.subtract(HALF.multiply(BigDecimal.valueOf(n(a, "bao_cao_tre")))).max(ZERO)
            : null);
    criterion(
        acc, HALF, has(a, "ke_hoach_kiem_tra") ? (is(inspectionPlan, vars) ? HALF : ZERO) : null);
    criterion(
        acc,
        ONE_HALF,
        has(a, "khac_phuc_kiem_tra_d")
            ? (is(inspectionNone, vars) ? ONE_HALF : times(a, "khac_phuc_kiem_tra", ONE_HALF))
            : null);
    criterion(
        acc,
        HALF,
        has(a, "ke_hoach_tuyen_truyen") ? (is(communicationPlan, vars) ? HALF : ZERO) : null);
    criterion(
        acc,
        ONE_HALF,
        has(a, "hoat_dong_tuyen_truyen")
            ? B0375.multiply(BigDecimal.valueOf(n(a, "hoat_dong_tuyen_truyen"))).min(ONE_HALF)
            : null);
    criterion(
        acc,
        TWO,
        has(a, "hop_ban_chi_dao_cds") ? tier(vars, meetings, TWO, ONE_HALF, ONE, HALF) : null);
    criterion(acc, ONE, ratioTimes(a, "nhiem_vu_cap_tren", ONE));

    // Area 2
    if (is(legalApplies, vars)) {
      acc.add(TWO, has(a, "van_ban_trai_luat") && is(lawful, vars) ? TWO : ZERO);
    }
    if (has(a, "ke_hoach_ra_soat") && has(a, "bao_cao_ra_soat_issued")) {
      acc.add(
          TWO, (is(reviewPlan, vars) ? HALF : ZERO).add(is(reviewReport, vars) ? ONE_HALF : ZERO));
    } else if (has(a, "ke_hoach_ra_soat") && provided(file, "bao_cao_ra_soat")) {
      acc.add(TWO, is(reviewPlan, vars) ? HALF : ZERO);
    } else {
      acc.addZero(TWO);
    }
    if (has(a, "quy_che_cap_nhat") && has(a, "quy_che_thuc_hien")) {
      acc.add(
          TWO,
          (is(regulationCurrent, vars) ? ONE : ZERO).add(is(regulationApplied, vars) ? ONE : ZERO));
    } else {
      acc.addZero(TWO);
    }

    // Area 3
    if (is(oneStop, vars)) {
      criterion(
          acc, THREE, usableRatio(a, "niem_yet_tthc") ? tier(vars, posted, THREE, ONE_HALF) : null);
      criterion(
          acc,
          FOUR,
          usableRatio(a, "ho_so_dung_han") ? tier(vars, onTime, FOUR, THREE, TWO) : null);
      criterion(
          acc,
          ONE,
          has(a, "xin_loi_qua_han_d")
              ? (is(apologyNone, vars) || is(apologyAll, vars) ? ONE : ZERO)
              : null);
      if (usableRatio(a, "ho_so_truc_tuyen")) {
        BigDecimal n = BigDecimal.valueOf(n(a, "ho_so_truc_tuyen_n"));
        BigDecimal d = BigDecimal.valueOf(n(a, "ho_so_truc_tuyen_d"));
        BigDecimal share =
            n.multiply(TWO).compareTo(d) >= 0
                ? ONE
                : n.multiply(TWO).divide(d, PeerIndex.SCALE, RoundingMode.HALF_EVEN);
        acc.add(FOUR, share.multiply(FOUR));
      } else {
        acc.addZero(FOUR);
      }
      if (usableRatio(a, "so_hoa_ho_so")) {
        acc.add(
            THREE,
            is(digitised[0], vars)
                ? THREE
                : is(digitised[1], vars) ? times(a, "so_hoa_ho_so", THREE) : ZERO);
      } else {
        acc.addZero(THREE);
      }
    }
    if (is(fees, vars)) {
      criterion(acc, ONE, ratioTimes(a, "thanh_toan_truc_tuyen", ONE));
    }
    criterion(
        acc,
        TWO,
        has(a, "phan_anh_kien_nghi_d")
            ? (is(feedbackNone, vars) ? TWO : times(a, "phan_anh_kien_nghi", TWO))
            : null);

    // Area 4
    criterion(acc, TWO, has(a, "phan_cong_phu_hop") ? (is(assignment, vars) ? TWO : ZERO) : null);
    criterion(acc, TWO, has(a, "trong_bien_che") ? (is(staffing, vars) ? TWO : ZERO) : null);

    // Area 5
    if (has(a, "danh_gia_day_du") && has(a, "quyet_dinh_xep_loai_issued")) {
      acc.add(TWO, (is(appraisal, vars) ? ONE : ZERO).add(is(classification, vars) ? ONE : ZERO));
    } else if (has(a, "danh_gia_day_du") && provided(file, "quyet_dinh_xep_loai")) {
      acc.add(TWO, is(appraisal, vars) ? ONE : ZERO);
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        THREE,
        has(a, "vi_pham_ky_luat")
            ? THREE.subtract(BigDecimal.valueOf(n(a, "vi_pham_ky_luat"))).max(ZERO)
            : null);
    criterion(acc, ONE_HALF, ratioTimes(a, "dao_tao_boi_duong", ONE_HALF));
    criterion(
        acc,
        ONE_HALF,
        usableRatio(a, "cong_chuc_dat_chuan") ? tier(vars, standards, ONE_HALF, QUARTER3) : null);

    // Area 6
    criterion(acc, TWO, has(a, "du_toan_tre_ngay") ? tier(vars, budgetLate, TWO, ONE) : null);
    criterion(
        acc,
        ONE_HALF,
        has(a, "cong_khai_ngan_sach") ? (is(disclosure, vars) ? ONE_HALF : ZERO) : null);
    criterion(
        acc,
        ONE_HALF,
        has(a, "sai_pham_tai_chinh") ? (is(noViolation, vars) ? ONE_HALF : ZERO) : null);

    // Area 7
    criterion(
        acc, THREE, usableRatio(a, "van_ban_ky_so") ? tier(vars, signed, THREE, ONE_HALF) : null);
    criterion(acc, TWO, ratioTimes(a, "ho_so_cong_viec", TWO));
    criterion(
        acc,
        TWO,
        has(a, "chuyen_muc_cap_nhat")
            ? HALF.multiply(BigDecimal.valueOf(n(a, "chuyen_muc_cap_nhat"))).min(TWO)
            : null);
    if (has(a, "quy_che_attt") && has(a, "su_co_attt")) {
      acc.add(TWO, (is(securityRule, vars) ? ONE : ZERO).add(is(noIncident, vars) ? ONE : ZERO));
    } else {
      acc.addZero(TWO);
    }
    criterion(acc, ONE_HALF, ratioTimes(a, "to_cong_nghe_so", ONE_HALF));
    boolean isUrban = is(urban, vars);
    if (isUrban) {
      acc.add(ONE_HALF, has(a, "cong_cu_so_do_thi") && is(urbanTool, vars) ? ONE_HALF : ZERO);
    }

    // Area 8
    criterion(
        acc,
        TWO,
        has(a, "thu_ngan_sach") && has(a, "du_toan_thu") && n(a, "du_toan_thu") != 0
            ? tier(vars, revenue, TWO, ONE)
            : null);
    criterion(acc, TWO, ratioTimes(a, "chi_tieu_ktxh", TWO));
    String variant = isUrban ? "dat_van_minh_do_thi" : "dat_nong_thon_moi";
    acc.add(ONE, has(a, variant) && is(isUrban ? civilised : newRural, vars) ? ONE : ZERO);

    // Survey, bonus, penalty
    if (has(a, "hai_long_d")) {
      acc.survey(THIRTY, n(a, "hai_long_d") == 0 ? ZERO : times(a, "hai_long", THIRTY));
    } else {
      acc.dropSurvey();
    }
    if (has(a, "sang_kien")) {
      acc.bonus(TWO, BigDecimal.valueOf(n(a, "sang_kien")).min(TWO));
    }
    if (has(a, "phe_binh") && has(a, "ky_luat_tthc")) {
      long p = -n(a, "phe_binh") - (is(disciplined, vars) ? 3 : 0);
      acc.penalty(THREE, BigDecimal.valueOf(Math.max(-3, p)));
    }
    return acc.result();
  }

  // ---------------------------------------------------------------- helpers

  private static void criterion(PeerIndex acc, BigDecimal max, BigDecimal points) {
    if (points == null) {
      acc.addZero(max);
    } else {
      acc.add(max, points);
    }
  }

  private static boolean is(CelRuntime.Program p, CelVariableResolver vars) {
    try {
      return (Boolean) p.eval(vars);
    } catch (CelEvaluationException e) {
      throw new IllegalStateException(
          "bug: a condition failed on present data: " + e.getMessage(), e);
    }
  }

  /** The points of the first tier whose condition holds, or zero. */
  private static BigDecimal tier(
      CelVariableResolver vars, CelRuntime.Program[] conditions, BigDecimal... points) {
    for (int i = 0; i < conditions.length; i++) {
      if (is(conditions[i], vars)) {
        return points[i];
      }
    }
    return ZERO;
  }

  private static boolean has(Map<String, Object> a, String key) {
    return a.containsKey(key);
  }

  private static boolean provided(EvidenceFile file, String key) {
    Evidence e = file.evidence().evidence().get(key);
    return e != null && e.status() == EvidenceStatus.PROVIDED;
  }

  private static long n(Map<String, Object> a, String key) {
    return (Long) a.get(key);
  }

  /** Whether the ratio is present and not 0/0 (a rate of nothing cannot be compared). */
  private static boolean usableRatio(Map<String, Object> a, String ratio) {
    Object d = a.get(RATIO_PARTS.get(ratio)[1]);
    return d != null && (Long) d != 0;
  }

  private static BigDecimal times(Map<String, Object> a, String ratio, BigDecimal points) {
    String[] parts = RATIO_PARTS.get(ratio);
    return BigDecimal.valueOf(n(a, parts[0]))
        .multiply(points)
        .divide(BigDecimal.valueOf(n(a, parts[1])), PeerIndex.SCALE, RoundingMode.HALF_EVEN);
  }

  /** A ratio times points, or null (nothing earned) when the ratio is missing or 0/0. */
  private static BigDecimal ratioTimes(Map<String, Object> a, String ratio, BigDecimal points) {
    return usableRatio(a, ratio) ? times(a, ratio, points) : null;
  }
}
