package dev.rubric.testkit;

import dev.rubric.core.Unit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Generators of administrative {@link Unit}s: communes, wards, towns and special zones with
 * Vietnamese names, and the attributes a catalog declares.
 *
 * <pre>{@code
 * Gen<Unit> communes = UnitGens.units();                           // xa, phuong, thi_tran, dac_khu
 * Gen<Unit> forCatalog = UnitGens.units().attributesOf(compiled.catalog());
 * Properties.forAll(forCatalog).check(unit -> ...);
 * }</pre>
 *
 * <p>Every generator returned here is immutable and thread-safe.
 */
public final class UnitGens {

  /** The kinds of commune-level unit since the 2025 reform: commune, ward, town, special zone. */
  public static final List<String> COMMUNE_KINDS = List.of("xa", "phuong", "thi_tran", "dac_khu");

  /** The kinds of district-level unit (abolished in 2025, still found in older data). */
  public static final List<String> DISTRICT_KINDS = List.of("huyen", "quan", "thi_xa", "thanh_pho");

  /** The kinds of province-level unit. */
  public static final List<String> PROVINCE_KINDS = List.of("tinh", "thanh_pho_tw");

  /** The Vietnamese name prefix of each kind, e.g. {@code "Thị trấn"} for {@code thi_tran}. */
  static final Map<String, String> PREFIXES =
      Map.ofEntries(
          Map.entry("xa", "Xã"),
          Map.entry("phuong", "Phường"),
          Map.entry("thi_tran", "Thị trấn"),
          Map.entry("dac_khu", "Đặc khu"),
          Map.entry("huyen", "Huyện"),
          Map.entry("quan", "Quận"),
          Map.entry("thi_xa", "Thị xã"),
          Map.entry("thanh_pho", "Thành phố"),
          Map.entry("tinh", "Tỉnh"),
          Map.entry("thanh_pho_tw", "Thành phố"));

  /** Syllables of Vietnamese place names, precomposed, simplest first. */
  static final List<String> SYLLABLES =
      List.of(
          "An", "Bình", "Phú", "Tân", "Hòa", "Thạnh", "Đông", "Tây", "Nam", "Bắc", "Phủ", "Thông",
          "Lộc", "Hưng", "Thuận", "Quảng", "Trường", "Sơn", "Hải", "Long", "Mỹ", "Vĩnh", "Xuân",
          "Đức", "Lợi", "Nghĩa", "Quý", "Yên", "Ngọc", "Thủy", "Cẩm", "Lệ", "Hồng", "Khánh", "Ưu",
          "Điền", "Kỳ", "Ẩn", "Ổi", "Đặng");

  private UnitGens() {}

  /**
   * Returns a generator of commune-level units (level {@code commune}, kinds {@link
   * #COMMUNE_KINDS}) with five-digit codes, Vietnamese names such as {@code "Thị trấn Phủ Thông"},
   * an optional parent code and no attributes. Configure it with {@link UnitGen}'s methods.
   *
   * @return the generator
   */
  public static UnitGen units() {
    return UnitGen.DEFAULT;
  }

  /**
   * Returns a generator of Vietnamese unit names for {@code kind}: the kind's prefix ({@code
   * "Phường"}) followed by one to three syllables with diacritics, shrinking towards {@code "Phường
   * An"}.
   *
   * @param kind a kind code such as {@code "xa"}; unknown kinds get the prefix {@code "Đơn vị"}
   * @return the generator
   */
  public static Gen<String> names(String kind) {
    Objects.requireNonNull(kind, "kind");
    String prefix = PREFIXES.getOrDefault(kind, "Đơn vị");
    return Gen.listOf(Gen.elements(SYLLABLES), 1, 3)
        .map(parts -> prefix + " " + String.join(" ", parts));
  }

  /**
   * Returns a generator of Vietnamese phrases of one to six syllables, such as {@code "Tân Hòa
   * Lộc"}: non-blank text with diacritics for titles, explanations and text evidence.
   *
   * @return the generator
   */
  public static Gen<String> phrases() {
    return Gen.listOf(Gen.elements(SYLLABLES), 1, 6).map(parts -> String.join(" ", parts));
  }
}
