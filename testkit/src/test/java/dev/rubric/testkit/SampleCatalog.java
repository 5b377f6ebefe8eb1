package dev.rubric.testkit;

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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The bundled sample catalog, compiled once, and a fixed evidence file for it. */
final class SampleCatalog {

  /** The sample catalog, relative to the testkit module directory (the test working directory). */
  static final Path PATH = Path.of("../examples/data/catalogs/cchc-xa-2022.rubric");

  static final String TEXT = read();

  static final CompiledCatalog COMPILED =
      Rubric.standard().compile(SourceText.of("cchc-xa-2022.rubric", TEXT)).orElseThrow();

  /** A town with a one-stop shop, fee-bearing procedures and legal documents issued in 2022. */
  static final Unit PHU_THONG =
      Unit.builder()
          .code("01969")
          .name("Thị trấn Phủ Thông")
          .level("commune")
          .kind("thi_tran")
          .parentCode("063")
          .putAttributes("co_mot_cua", AttributeValue.of(true))
          .putAttributes("ban_hanh_qppl", AttributeValue.of(true))
          .putAttributes("co_thu_phi", AttributeValue.of(true))
          .build();

  private SampleCatalog() {}

  /**
   * Returns an evidence file for Phủ Thông in 2022 in which every input has a provided value: the
   * values {@code EvidenceGens.files(COMPILED).allProvided()} generates with seed 2022.
   */
  static EvidenceFile base() {
    EvidenceFile generated =
        EvidenceGens.files(COMPILED)
            .allProvided()
            .units(Gen.constant(PHU_THONG))
            .samples(1, 2022)
            .get(0);
    return new EvidenceFile(PHU_THONG, Period.year(2022), generated.evidence());
  }

  /**
   * Returns the evidence of Phủ Thông for 2022, written by hand: a town doing fairly well, with 412
   * of 420 dossiers on time (3 of 4 points for criterion 3.2) and the working regulation not fully
   * implemented (a major finding on 2.3).
   */
  static EvidenceFile phuThong2022() {
    Map<String, EvidenceValue> v = new LinkedHashMap<>();
    v.put("ke_hoach_cchc", document("12/KH-UBND", LocalDate.of(2022, 1, 20)));
    v.put("nv_ke_hoach", count(20));
    v.put("nv_hoan_thanh", count(18));
    v.put("bao_cao_tre", count(1));
    v.put("ke_hoach_kiem_tra", flag(true));
    v.put("khac_phuc_kiem_tra", EvidenceValue.Ratio.of(4, 5));
    v.put("ke_hoach_tuyen_truyen", flag(true));
    v.put("hoat_dong_tuyen_truyen", count(3));
    v.put("hop_ban_chi_dao_cds", count(3));
    v.put("nhiem_vu_cap_tren", EvidenceValue.Ratio.of(19, 20));
    v.put("van_ban_trai_luat", count(0));
    v.put("ke_hoach_ra_soat", flag(true));
    v.put("bao_cao_ra_soat", document("45/BC-UBND", LocalDate.of(2022, 12, 10)));
    v.put("quy_che_cap_nhat", flag(true));
    v.put("quy_che_thuc_hien", flag(false));
    v.put("niem_yet_tthc", EvidenceValue.Ratio.of(150, 150));
    v.put("ho_so_dung_han", EvidenceValue.Ratio.of(412, 420));
    v.put("xin_loi_qua_han", EvidenceValue.Ratio.of(8, 8));
    v.put("ho_so_truc_tuyen", EvidenceValue.Ratio.of(150, 420));
    v.put("so_hoa_ho_so", EvidenceValue.Ratio.of(378, 420));
    v.put("thanh_toan_truc_tuyen", EvidenceValue.Ratio.of(30, 60));
    v.put("phan_anh_kien_nghi", EvidenceValue.Ratio.of(0, 0));
    v.put("quyet_dinh_phan_cong", document("03/QĐ-UBND", LocalDate.of(2022, 1, 10)));
    v.put("phan_cong_phu_hop", flag(true));
    v.put("trong_bien_che", flag(true));
    v.put("danh_gia_day_du", flag(true));
    v.put("quyet_dinh_xep_loai", document("98/QĐ-UBND", LocalDate.of(2022, 12, 20)));
    v.put("vi_pham_ky_luat", count(0));
    v.put("dao_tao_boi_duong", EvidenceValue.Ratio.of(18, 20));
    v.put("cong_chuc_dat_chuan", EvidenceValue.Ratio.of(19, 20));
    v.put("du_toan_tre_ngay", count(0));
    v.put("cong_khai_ngan_sach", flag(true));
    v.put("sai_pham_tai_chinh", count(0));
    v.put("van_ban_ky_so", EvidenceValue.Ratio.of(950, 1000));
    v.put("ho_so_cong_viec", EvidenceValue.Ratio.of(17, 20));
    v.put("chuyen_muc_cap_nhat", count(4));
    v.put("quy_che_attt", flag(true));
    v.put("su_co_attt", count(0));
    v.put("to_cong_nghe_so", EvidenceValue.Ratio.of(10, 12));
    v.put("cong_cu_so_do_thi", flag(true));
    v.put("thu_ngan_sach", new EvidenceValue.Quantity(Decimal.of(5200), "triệu đồng"));
    v.put("du_toan_thu", new EvidenceValue.Quantity(Decimal.of(5000), "triệu đồng"));
    v.put("chi_tieu_ktxh", EvidenceValue.Ratio.of(14, 16));
    v.put("dat_nong_thon_moi", flag(false));
    v.put("dat_van_minh_do_thi", flag(true));
    v.put("hai_long", EvidenceValue.Ratio.of(410, 500));
    v.put("sang_kien", count(1));
    v.put("phe_binh", count(0));
    v.put("ky_luat_tthc", flag(false));
    EvidenceSet.Builder b = EvidenceSet.builder().unitCode("01969").periodId("2022");
    v.forEach((k, value) -> b.putEvidence(k, Evidence.provided(value)));
    return new EvidenceFile(PHU_THONG, Period.year(2022), b.build());
  }

  private static EvidenceValue document(String number, LocalDate issued) {
    return EvidenceValue.Document.builder().number(number).issued(issued).build();
  }

  private static EvidenceValue count(long n) {
    return new EvidenceValue.Count(n);
  }

  private static EvidenceValue flag(boolean b) {
    return new EvidenceValue.Flag(b);
  }

  private static String read() {
    try {
      return Files.readString(PATH);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
