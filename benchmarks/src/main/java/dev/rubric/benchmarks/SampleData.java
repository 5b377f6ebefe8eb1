package dev.rubric.benchmarks;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * The benchmarks' data: the bundled sample catalog ({@code cchc-xa-2022.rubric}, packed into the
 * jar from {@code examples/data/catalogs}) and synthetic, deterministic cohorts of commune-level
 * units with evidence for every input of that catalog.
 *
 * <p>The cohort is shaped like a province's real submissions: most evidence provided, about 3% of
 * required items missing (a third of those explained), one unit in six without a one-stop shop
 * (criteria 3.1–3.5 excluded), half without legal documents in the year (2.1 excluded), one in five
 * without a citizen survey (the survey channel leaves the index), a mix of towns, wards and
 * communes, bonus initiatives and penalties for a minority. Every unit has its own evidence
 * objects, as if read from its own file.
 */
public final class SampleData {
  /** The period every synthetic unit is evaluated for. */
  public static final Period PERIOD = Period.year(2022);

  private static final String SAMPLE_RESOURCE = "/cchc-xa-2022.rubric";

  private SampleData() {}

  /** Returns the text of the sample catalog. */
  public static String sampleText() {
    try (InputStream in = SampleData.class.getResourceAsStream(SAMPLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bug: " + SAMPLE_RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the sample catalog as source text. */
  public static SourceText sampleSource() {
    return SourceText.of("cchc-xa-2022.rubric", sampleText());
  }

  /** Compiles the sample catalog, failing on any error. */
  public static CompiledCatalog compileSample() {
    return Rubric.standard().compile(sampleSource()).orElseThrow();
  }

  /**
   * Returns {@code n} units with their evidence, unit {@code i} drawn from seed {@code seed + i}.
   */
  public static List<EvidenceFile> cohort(int n, long seed) {
    List<EvidenceFile> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(unit(i, seed));
    }
    return out;
  }

  /**
   * Returns the units of {@link #cohort cohort(n, seed)} without holding them: each {@link
   * Iterable#iterator() iterator()} starts over at unit 0 and builds unit {@code i} with {@link
   * #unit unit(i, seed)} only when asked for it, so the same units come in the same order from
   * every iterator (a streaming {@code evaluateAll} may read its source twice) and nothing keeps a
   * unit once the caller drops it. Memory does not grow with {@code n}; each unit costs its
   * generation every time it is read.
   *
   * <p>Deliberately an {@code Iterable} and not a {@code List}: passed to {@code
   * CompiledCatalog.evaluateAll}, it selects the streaming overload.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public static Iterable<EvidenceFile> lazyCohort(int n, long seed) {
    if (n < 0) {
      throw new IllegalArgumentException("n: expected at least 0 but found " + n);
    }
    return () -> new LazyUnits(n, seed);
  }

  /** One pass over a {@link #lazyCohort}: units 0 to {@code n - 1}, each built when reached. */
  private static final class LazyUnits implements Iterator<EvidenceFile> {
    private final int n;
    private final long seed;
    private int next;

    LazyUnits(int n, long seed) {
      this.n = n;
      this.seed = seed;
    }

    @Override
    public boolean hasNext() {
      return next < n;
    }

    @Override
    public EvidenceFile next() {
      if (next >= n) {
        throw new NoSuchElementException("lazy cohort: all " + n + " units were read");
      }
      return unit(next++, seed);
    }
  }

  /** Returns unit {@code i} of the cohort drawn from {@code seed}. */
  public static EvidenceFile unit(int i, long seed) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    String code = String.format("U%06d", i);
    int kind = r.nextInt(10);
    Unit unit =
        Unit.builder()
            .code(code)
            .name("Đơn vị thử nghiệm số " + i)
            .level("commune")
            .kind(kind < 6 ? "xa" : kind < 8 ? "phuong" : "thi_tran")
            .parentCode("D" + (i / 20))
            .putAttributes("co_mot_cua", AttributeValue.of(r.nextInt(6) != 0))
            .putAttributes("ban_hanh_qppl", AttributeValue.of(r.nextBoolean()))
            .putAttributes("co_thu_phi", AttributeValue.of(r.nextInt(10) < 7))
            .build();
    Items e = new Items(r);
    e.document("ke_hoach_cchc", LocalDate.of(2022, 1, 5).plusDays(r.nextInt(70)), "12/KH-UBND");
    int planned = 10 + r.nextInt(21);
    e.count("nv_ke_hoach", planned);
    e.count("nv_hoan_thanh", planned - (r.nextInt(3) == 0 ? r.nextInt(planned / 2 + 1) : 0));
    e.count("bao_cao_tre", r.nextInt(4) == 0 ? 1 + r.nextInt(4) : 0);
    e.flag("ke_hoach_kiem_tra", r.nextInt(8) != 0);
    e.ratio("khac_phuc_kiem_tra", 6, true);
    e.flag("ke_hoach_tuyen_truyen", r.nextInt(8) != 0);
    e.count("hoat_dong_tuyen_truyen", r.nextInt(7));
    e.count("hop_ban_chi_dao_cds", r.nextInt(6));
    e.ratio("nhiem_vu_cap_tren", 25, false);
    if (r.nextInt(3) != 0) {
      e.count("van_ban_trai_luat", r.nextInt(6) == 0 ? 1 : 0);
    }
    e.flag("ke_hoach_ra_soat", r.nextInt(6) != 0);
    e.document("bao_cao_ra_soat", LocalDate.of(2022, 11, 20).plusDays(r.nextInt(40)), "45/BC-UBND");
    e.flag("quy_che_cap_nhat", r.nextInt(10) != 0);
    e.flag("quy_che_thuc_hien", r.nextInt(5) != 0);
    e.ratio("niem_yet_tthc", 120, false);
    e.ratio("ho_so_dung_han", 420, false);
    e.ratio("xin_loi_qua_han", 5, true);
    e.ratio("ho_so_truc_tuyen", 420, false);
    e.ratio("so_hoa_ho_so", 420, false);
    if (r.nextInt(4) != 0) {
      e.ratio("thanh_toan_truc_tuyen", 80, false);
    }
    e.ratio("phan_anh_kien_nghi", 12, true);
    e.document(
        "quyet_dinh_phan_cong", LocalDate.of(2022, 2, 1).plusDays(r.nextInt(60)), "30/QĐ-UBND");
    e.flag("phan_cong_phu_hop", r.nextInt(6) != 0);
    e.flag("trong_bien_che", r.nextInt(10) != 0);
    e.flag("danh_gia_day_du", r.nextInt(7) != 0);
    e.document(
        "quyet_dinh_xep_loai", LocalDate.of(2022, 12, 1).plusDays(r.nextInt(45)), "88/QĐ-UBND");
    e.count("vi_pham_ky_luat", r.nextInt(3) == 0 ? r.nextInt(4) : 0);
    e.ratio("dao_tao_boi_duong", 20, false);
    e.ratio("cong_chuc_dat_chuan", 20, false);
    e.count("du_toan_tre_ngay", r.nextInt(3) == 0 ? r.nextInt(30) : 0);
    e.flag("cong_khai_ngan_sach", r.nextInt(8) != 0);
    e.count("sai_pham_tai_chinh", r.nextInt(8) == 0 ? 1 : 0);
    e.ratio("van_ban_ky_so", 300, false);
    e.ratio("ho_so_cong_viec", 20, false);
    e.count("chuyen_muc_cap_nhat", r.nextInt(6));
    e.flag("quy_che_attt", r.nextInt(5) != 0);
    e.count("su_co_attt", r.nextInt(6) == 0 ? 1 : 0);
    e.ratio("to_cong_nghe_so", 15, false);
    if (r.nextInt(3) != 0) {
      e.flag("cong_cu_so_do_thi", r.nextBoolean());
    }
    long estimate = 2_000L + r.nextInt(8_000);
    e.quantity("thu_ngan_sach", estimate * (80 + r.nextInt(40)) / 100);
    e.quantity("du_toan_thu", estimate);
    e.ratio("chi_tieu_ktxh", 18, false);
    if (r.nextBoolean()) {
      e.flag("dat_nong_thon_moi", r.nextInt(4) != 0);
    }
    if (r.nextBoolean()) {
      e.flag("dat_van_minh_do_thi", r.nextInt(3) != 0);
    }
    if (r.nextInt(5) != 0) {
      e.ratio("hai_long", 400, false);
    }
    if (r.nextInt(5) == 0) {
      e.count("sang_kien", 1 + r.nextInt(3));
    }
    if (r.nextInt(6) == 0) {
      e.count("phe_binh", 1 + r.nextInt(2));
    }
    e.flag("ky_luat_tthc", r.nextInt(20) == 0);
    EvidenceSet evidence = e.builder.unitCode(code).periodId(PERIOD.id()).build();
    return new EvidenceFile(unit, PERIOD, evidence);
  }

  /** Adds items, making about 3% of them missing (a third of those explained by the unit). */
  private static final class Items {
    final SplittableRandom r;
    final EvidenceSet.Builder builder = EvidenceSet.builder();

    Items(SplittableRandom r) {
      this.r = r;
    }

    private void put(String key, EvidenceValue value) {
      int dice = r.nextInt(100);
      if (dice < 2) {
        builder.putEvidence(key, Evidence.missing());
      } else if (dice < 3) {
        builder.putEvidence(key, Evidence.missingExplained("Chưa tổng hợp kịp số liệu"));
      } else {
        builder.putEvidence(key, Evidence.provided(value));
      }
    }

    void count(String key, long n) {
      put(key, new EvidenceValue.Count(n));
    }

    void quantity(String key, long amount) {
      put(key, new EvidenceValue.Quantity(Decimal.of(amount), "triệu đồng"));
    }

    void flag(String key, boolean value) {
      put(key, new EvidenceValue.Flag(value));
    }

    void document(String key, LocalDate issued, String number) {
      put(key, EvidenceValue.Document.builder().number(number).issued(issued).build());
    }

    /** A ratio of about {@code scale} items, mostly high; {@code mayBeEmpty} allows 0/0. */
    void ratio(String key, int scale, boolean mayBeEmpty) {
      if (mayBeEmpty && r.nextInt(4) == 0) {
        put(key, EvidenceValue.Ratio.of(0, 0));
        return;
      }
      int d = scale / 2 + r.nextInt(scale + 1) + 1;
      int shortfall = r.nextInt(3) == 0 ? r.nextInt(d / 3 + 1) : r.nextInt(Math.max(1, d / 50 + 1));
      put(key, EvidenceValue.Ratio.of(d - shortfall, d));
    }
  }
}
