package dev.rubric.benchmarks;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The sample catalog's rules written directly in Java: the floor that an interpreter of the same
 * rules is measured against. It reads the same {@link EvidenceFile}s, decides the same cases
 * (applicability and not-applicable policies, missing required evidence, 0/0 ratios, optional
 * inputs, bonus and penalty, renormalisation without a survey) and computes the same index with
 * exact {@link BigDecimal} arithmetic. It builds no explanation, finding or per-node result: only
 * the index.
 *
 * <p>Ratio thresholds are decided by cross-multiplication ({@code n × 100 ≥ 98 × d}), as the engine
 * decides them; a ratio times points divides once, at 20 decimals. Immutable and thread-safe.
 */
final class HandWritten {
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

  PeerIndex.PeerResult score(EvidenceFile file) {
    Unit unit = file.unit();
    EvidenceSet ev = file.evidence();
    int year = file.period().year();
    LocalDate jan31 = LocalDate.of(year, 1, 31);
    PeerIndex acc = new PeerIndex();

    // Area 1
    criterion(
        acc,
        ONE,
        provided(ev, "ke_hoach_cchc")
            ? deadline(ev, "ke_hoach_cchc", jan31, jan31.plusDays(30))
            : null);
    if (provided(ev, "nv_hoan_thanh", "nv_ke_hoach") && count(ev, "nv_ke_hoach") != 0) {
      long done = count(ev, "nv_hoan_thanh");
      long planned = count(ev, "nv_ke_hoach");
      criterion(acc, TWO, done >= planned ? TWO : done * 100 >= 80 * planned ? ONE : ZERO);
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        TWO,
        provided(ev, "bao_cao_tre")
            ? TWO.subtract(HALF.multiply(BigDecimal.valueOf(count(ev, "bao_cao_tre")))).max(ZERO)
            : null);
    criterion(
        acc,
        HALF,
        provided(ev, "ke_hoach_kiem_tra") ? (flag(ev, "ke_hoach_kiem_tra") ? HALF : ZERO) : null);
    criterion(
        acc,
        ONE_HALF,
        provided(ev, "khac_phuc_kiem_tra")
            ? ratioTimesOrFull(ev, "khac_phuc_kiem_tra", ONE_HALF)
            : null);
    criterion(
        acc,
        HALF,
        provided(ev, "ke_hoach_tuyen_truyen")
            ? (flag(ev, "ke_hoach_tuyen_truyen") ? HALF : ZERO)
            : null);
    criterion(
        acc,
        ONE_HALF,
        provided(ev, "hoat_dong_tuyen_truyen")
            ? B0375.multiply(BigDecimal.valueOf(count(ev, "hoat_dong_tuyen_truyen"))).min(ONE_HALF)
            : null);
    if (provided(ev, "hop_ban_chi_dao_cds")) {
      long n = count(ev, "hop_ban_chi_dao_cds");
      criterion(acc, TWO, n >= 4 ? TWO : n >= 3 ? ONE_HALF : n >= 2 ? ONE : n >= 1 ? HALF : ZERO);
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        ONE,
        provided(ev, "nhiem_vu_cap_tren") ? ratioTimes(ev, "nhiem_vu_cap_tren", ONE) : null);

    // Area 2
    Boolean legalDocs = attribute(unit, "ban_hanh_qppl");
    if (legalDocs == null) {
      acc.addZero(TWO);
    } else if (legalDocs) {
      Evidence unlawful = ev.evidence().get("van_ban_trai_luat");
      boolean none =
          unlawful != null
              && unlawful.value().isPresent()
              && unlawful.status() == EvidenceStatus.PROVIDED
              && ((EvidenceValue.Count) unlawful.value().get()).value() == 0;
      acc.add(TWO, none ? TWO : ZERO);
    }
    if (provided(ev, "ke_hoach_ra_soat", "bao_cao_ra_soat")) {
      BigDecimal plan = flag(ev, "ke_hoach_ra_soat") ? HALF : ZERO;
      BigDecimal report =
          issuedBy(ev, "bao_cao_ra_soat", LocalDate.of(year, 12, 15)) ? ONE_HALF : ZERO;
      acc.add(TWO, plan.add(report));
    } else {
      acc.addZero(TWO);
    }
    if (provided(ev, "quy_che_cap_nhat", "quy_che_thuc_hien")) {
      acc.add(
          TWO,
          (flag(ev, "quy_che_cap_nhat") ? ONE : ZERO)
              .add(flag(ev, "quy_che_thuc_hien") ? ONE : ZERO));
    } else {
      acc.addZero(TWO);
    }

    // Area 3
    Boolean oneStop = attribute(unit, "co_mot_cua");
    if (oneStop == null) {
      acc.addZero(THREE);
      acc.addZero(FOUR);
      acc.addZero(ONE);
      acc.addZero(FOUR);
      acc.addZero(THREE);
    } else if (oneStop) {
      tiers(
          acc, ev, "niem_yet_tthc", THREE, new int[] {100, 90}, new BigDecimal[] {THREE, ONE_HALF});
      tiers(
          acc,
          ev,
          "ho_so_dung_han",
          FOUR,
          new int[] {100, 98, 95},
          new BigDecimal[] {FOUR, THREE, TWO});
      if (provided(ev, "xin_loi_qua_han")) {
        EvidenceValue.Ratio r = ratio(ev, "xin_loi_qua_han");
        acc.add(ONE, r.isEmpty() || atLeast(r, 100) ? ONE : ZERO);
      } else {
        acc.addZero(ONE);
      }
      if (provided(ev, "ho_so_truc_tuyen") && !ratio(ev, "ho_so_truc_tuyen").isEmpty()) {
        // min(1, rate / 50%) × 4
        EvidenceValue.Ratio r = ratio(ev, "ho_so_truc_tuyen");
        BigDecimal n = r.numerator().toBigDecimal();
        BigDecimal d = r.denominator().toBigDecimal();
        BigDecimal share =
            n.multiply(TWO).compareTo(d) >= 0
                ? ONE
                : n.multiply(TWO).divide(d, PeerIndex.SCALE, RoundingMode.HALF_EVEN);
        acc.add(FOUR, share.multiply(FOUR));
      } else {
        acc.addZero(FOUR);
      }
      if (provided(ev, "so_hoa_ho_so") && !ratio(ev, "so_hoa_ho_so").isEmpty()) {
        EvidenceValue.Ratio r = ratio(ev, "so_hoa_ho_so");
        acc.add(THREE, atLeast(r, 80) ? THREE : atLeast(r, 50) ? times(r, THREE) : ZERO);
      } else {
        acc.addZero(THREE);
      }
    }
    Boolean fees = attribute(unit, "co_thu_phi");
    if (fees == null) {
      acc.addZero(ONE);
    } else if (fees) {
      criterion(
          acc,
          ONE,
          provided(ev, "thanh_toan_truc_tuyen")
              ? ratioTimes(ev, "thanh_toan_truc_tuyen", ONE)
              : null);
    }
    criterion(
        acc,
        TWO,
        provided(ev, "phan_anh_kien_nghi")
            ? ratioTimesOrFull(ev, "phan_anh_kien_nghi", TWO)
            : null);

    // Area 4
    if (provided(ev, "phan_cong_phu_hop")) {
      acc.add(
          TWO, provided(ev, "quyet_dinh_phan_cong") && flag(ev, "phan_cong_phu_hop") ? TWO : ZERO);
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        TWO,
        provided(ev, "trong_bien_che") ? (flag(ev, "trong_bien_che") ? TWO : ZERO) : null);

    // Area 5
    if (provided(ev, "danh_gia_day_du", "quyet_dinh_xep_loai")) {
      acc.add(
          TWO,
          (flag(ev, "danh_gia_day_du") ? ONE : ZERO)
              .add(issuedBy(ev, "quyet_dinh_xep_loai", LocalDate.of(year, 12, 31)) ? ONE : ZERO));
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        THREE,
        provided(ev, "vi_pham_ky_luat")
            ? THREE.subtract(BigDecimal.valueOf(count(ev, "vi_pham_ky_luat"))).max(ZERO)
            : null);
    criterion(
        acc,
        ONE_HALF,
        provided(ev, "dao_tao_boi_duong") ? ratioTimes(ev, "dao_tao_boi_duong", ONE_HALF) : null);
    tiers(
        acc,
        ev,
        "cong_chuc_dat_chuan",
        ONE_HALF,
        new int[] {100, 90},
        new BigDecimal[] {ONE_HALF, QUARTER3});

    // Area 6
    if (provided(ev, "du_toan_tre_ngay")) {
      long late = count(ev, "du_toan_tre_ngay");
      acc.add(TWO, late <= 0 ? TWO : late <= 15 ? ONE : ZERO);
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        ONE_HALF,
        provided(ev, "cong_khai_ngan_sach")
            ? (flag(ev, "cong_khai_ngan_sach") ? ONE_HALF : ZERO)
            : null);
    criterion(
        acc,
        ONE_HALF,
        provided(ev, "sai_pham_tai_chinh")
            ? (count(ev, "sai_pham_tai_chinh") == 0 ? ONE_HALF : ZERO)
            : null);

    // Area 7
    tiers(acc, ev, "van_ban_ky_so", THREE, new int[] {90, 70}, new BigDecimal[] {THREE, ONE_HALF});
    criterion(
        acc, TWO, provided(ev, "ho_so_cong_viec") ? ratioTimes(ev, "ho_so_cong_viec", TWO) : null);
    criterion(
        acc,
        TWO,
        provided(ev, "chuyen_muc_cap_nhat")
            ? HALF.multiply(BigDecimal.valueOf(count(ev, "chuyen_muc_cap_nhat"))).min(TWO)
            : null);
    if (provided(ev, "quy_che_attt", "su_co_attt")) {
      acc.add(
          TWO,
          (flag(ev, "quy_che_attt") ? ONE : ZERO).add(count(ev, "su_co_attt") == 0 ? ONE : ZERO));
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc,
        ONE_HALF,
        provided(ev, "to_cong_nghe_so") ? ratioTimes(ev, "to_cong_nghe_so", ONE_HALF) : null);
    boolean urban = unit.kind().equals("thi_tran") || unit.kind().equals("phuong");
    if (urban) {
      acc.add(ONE_HALF, optionalFlag(ev, "cong_cu_so_do_thi") ? ONE_HALF : ZERO);
    }

    // Area 8
    if (provided(ev, "thu_ngan_sach", "du_toan_thu") && amount(ev, "du_toan_thu").signum() != 0) {
      BigDecimal revenue = amount(ev, "thu_ngan_sach");
      BigDecimal estimate = amount(ev, "du_toan_thu");
      BigDecimal r100 = revenue.multiply(PeerIndex.HUNDRED);
      acc.add(
          TWO,
          r100.compareTo(estimate.multiply(PeerIndex.HUNDRED)) >= 0
              ? TWO
              : r100.compareTo(estimate.multiply(BigDecimal.valueOf(90))) >= 0 ? ONE : ZERO);
    } else {
      acc.addZero(TWO);
    }
    criterion(
        acc, TWO, provided(ev, "chi_tieu_ktxh") ? ratioTimes(ev, "chi_tieu_ktxh", TWO) : null);
    acc.add(
        ONE, optionalFlag(ev, urban ? "dat_van_minh_do_thi" : "dat_nong_thon_moi") ? ONE : ZERO);

    // Survey: without it the channel leaves the index
    if (provided(ev, "hai_long")) {
      EvidenceValue.Ratio r = ratio(ev, "hai_long");
      if (r.isEmpty()) {
        acc.survey(THIRTY, ZERO);
      } else {
        acc.survey(THIRTY, times(r, THIRTY));
      }
    } else {
      acc.dropSurvey();
    }

    // Bonus and penalty: no evidence means none
    if (provided(ev, "sang_kien")) {
      acc.bonus(TWO, BigDecimal.valueOf(count(ev, "sang_kien")).min(TWO));
    }
    if (provided(ev, "phe_binh", "ky_luat_tthc")) {
      long p = -count(ev, "phe_binh") - (flag(ev, "ky_luat_tthc") ? 3 : 0);
      acc.penalty(THREE, BigDecimal.valueOf(Math.max(-3, p)));
    }
    return acc.result();
  }

  // ---------------------------------------------------------------- helpers

  /** Adds a criterion: {@code points}, or nothing earned when null (missing evidence). */
  private static void criterion(PeerIndex acc, BigDecimal max, BigDecimal points) {
    if (points == null) {
      acc.addZero(max);
    } else {
      acc.add(max, points);
    }
  }

  private static void tiers(
      PeerIndex acc,
      EvidenceSet ev,
      String key,
      BigDecimal max,
      int[] percents,
      BigDecimal[] points) {
    if (!provided(ev, key) || ratio(ev, key).isEmpty()) {
      acc.addZero(max);
      return;
    }
    EvidenceValue.Ratio r = ratio(ev, key);
    for (int i = 0; i < percents.length; i++) {
      if (atLeast(r, percents[i])) {
        acc.add(max, points[i]);
        return;
      }
    }
    acc.add(max, ZERO);
  }

  private static boolean provided(EvidenceSet ev, String key) {
    Evidence e = ev.evidence().get(key);
    return e != null && e.status() == EvidenceStatus.PROVIDED;
  }

  private static boolean provided(EvidenceSet ev, String a, String b) {
    return provided(ev, a) && provided(ev, b);
  }

  private static EvidenceValue value(EvidenceSet ev, String key) {
    return ev.evidence().get(key).value().orElseThrow();
  }

  private static long count(EvidenceSet ev, String key) {
    return ((EvidenceValue.Count) value(ev, key)).value();
  }

  private static boolean flag(EvidenceSet ev, String key) {
    return ((EvidenceValue.Flag) value(ev, key)).value();
  }

  /** An optional flag: false when absent or not provided. */
  private static boolean optionalFlag(EvidenceSet ev, String key) {
    return provided(ev, key) && flag(ev, key);
  }

  private static BigDecimal amount(EvidenceSet ev, String key) {
    return ((EvidenceValue.Quantity) value(ev, key)).amount().toBigDecimal();
  }

  private static EvidenceValue.Ratio ratio(EvidenceSet ev, String key) {
    return (EvidenceValue.Ratio) value(ev, key);
  }

  /** Whether the ratio is at least {@code percent}%: {@code n × 100 ≥ percent × d}. */
  private static boolean atLeast(EvidenceValue.Ratio r, int percent) {
    return r.numerator()
            .toBigDecimal()
            .multiply(PeerIndex.HUNDRED)
            .compareTo(r.denominator().toBigDecimal().multiply(BigDecimal.valueOf(percent)))
        >= 0;
  }

  private static BigDecimal times(EvidenceValue.Ratio r, BigDecimal points) {
    return r.numerator()
        .toBigDecimal()
        .multiply(points)
        .divide(r.denominator().toBigDecimal(), PeerIndex.SCALE, RoundingMode.HALF_EVEN);
  }

  /** A ratio times points; 0/0 cannot be computed and earns nothing (null). */
  private static BigDecimal ratioTimes(EvidenceSet ev, String key, BigDecimal points) {
    EvidenceValue.Ratio r = ratio(ev, key);
    return r.isEmpty() ? null : times(r, points);
  }

  /** A ratio times points, or full points when nothing occurred (0/0). */
  private static BigDecimal ratioTimesOrFull(EvidenceSet ev, String key, BigDecimal points) {
    EvidenceValue.Ratio r = ratio(ev, key);
    return r.isEmpty() ? points : times(r, points);
  }

  private static BigDecimal deadline(EvidenceSet ev, String key, LocalDate full, LocalDate half) {
    Optional<LocalDate> issued = ((EvidenceValue.Document) value(ev, key)).issued();
    if (issued.isEmpty()) {
      return ZERO;
    }
    return !issued.get().isAfter(full) ? ONE : !issued.get().isAfter(half) ? HALF : ZERO;
  }

  private static boolean issuedBy(EvidenceSet ev, String key, LocalDate by) {
    Optional<LocalDate> issued = ((EvidenceValue.Document) value(ev, key)).issued();
    return issued.isPresent() && !issued.get().isAfter(by);
  }

  /** A flag attribute, or null when the unit lacks it. */
  private static Boolean attribute(Unit unit, String key) {
    AttributeValue a = unit.attributes().get(key);
    return a instanceof AttributeValue.Flag flag ? flag.value() : null;
  }
}
