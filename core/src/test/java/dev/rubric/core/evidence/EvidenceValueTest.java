package dev.rubric.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Decimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceValueTest {

  private static final String HASH =
      "sha256:" + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static Decimal d(String s) {
    return Decimal.parse(s);
  }

  @Test
  void typeName_eachKind_isStable() {
    List<EvidenceValue> values =
        List.of(
            EvidenceValue.Document.builder().title("Kế hoạch").build(),
            new EvidenceValue.Count(3),
            new EvidenceValue.Quantity(d("125.5"), "triệu đồng"),
            EvidenceValue.Ratio.of(412, 420),
            new EvidenceValue.Flag(true),
            new EvidenceValue.Choice("muc_3"),
            new EvidenceValue.DateValue(LocalDate.of(2022, 1, 20)),
            new EvidenceValue.TextValue("Ghi chú"));

    assertThat(values.stream().map(EvidenceValue::typeName))
        .containsExactly(
            "document", "count", "quantity", "ratio", "flag", "choice", "date", "text");
  }

  @Test
  void count_negative_throws() {
    assertThatThrownBy(() -> new EvidenceValue.Count(-3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count.value: expected a non-negative count but found -3");
  }

  @Test
  void count_zero_isAllowed() {
    assertThat(new EvidenceValue.Count(0).value()).isZero();
  }

  @Test
  void ratio_negativeNumerator_throws() {
    assertThatThrownBy(() -> new EvidenceValue.Ratio(d("-1"), d("420")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio.numerator: expected a non-negative decimal number but found -1");
  }

  @Test
  void ratio_negativeDenominator_throws() {
    assertThatThrownBy(() -> new EvidenceValue.Ratio(d("0"), d("-0.5")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio.denominator: expected a non-negative decimal number but found -0.5");
  }

  @Test
  void ratio_positiveOverZero_throws() {
    assertThatThrownBy(() -> EvidenceValue.Ratio.of(5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ratio.denominator: expected a positive denominator for numerator 5 but found 0");
  }

  @Test
  void ratio_numeratorAboveDenominator_throws() {
    assertThatThrownBy(() -> EvidenceValue.Ratio.of(421, 420))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ratio.numerator: expected at most the denominator 420 but found 421");
  }

  @Test
  void ratio_zeroOverZero_meansNothingOccurred() {
    EvidenceValue.Ratio r = EvidenceValue.Ratio.of(0, 0);

    assertThat(r.isEmpty()).isTrue();
  }

  @Test
  void ratio_equalParts_isAllowed() {
    assertThat(new EvidenceValue.Ratio(d("420.0"), d("420")).numerator()).isEqualTo(d("420"));
  }

  @Test
  void quantity_blankUnit_throws() {
    assertThatThrownBy(() -> new EvidenceValue.Quantity(d("1"), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quantity.unit: expected non-blank text but found ' '");
  }

  @Test
  void quantity_negativeAmount_isAllowed() {
    assertThat(new EvidenceValue.Quantity(d("-2.5"), "ha").amount()).isEqualTo(d("-2.5"));
  }

  @Test
  void choice_optionWithSpaces_throws() {
    assertThatThrownBy(() -> new EvidenceValue.Choice(" muc_3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "choice.option: expected a non-blank code without surrounding spaces but found ' muc_3'");
  }

  @Test
  void date_year1800_throws() {
    assertThatThrownBy(() -> new EvidenceValue.DateValue(LocalDate.of(1800, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "date.value: expected a date between 1900-01-01 and 2199-12-31 but found 1800-05-01");
  }

  @Test
  void text_blank_throws() {
    assertThatThrownBy(() -> new EvidenceValue.TextValue("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text.value: expected non-blank text but found '\t'");
  }

  @Test
  void text_nfd_equalsNfc() {
    String nfc = "Việc thực hiện quy chế làm việc chưa nghiêm";

    assertThat(new EvidenceValue.TextValue(Normalizer.normalize(nfc, Normalizer.Form.NFD)))
        .isEqualTo(new EvidenceValue.TextValue(nfc));
  }

  @Test
  void document_neitherNumberNorTitle_throws() {
    assertThatThrownBy(() -> EvidenceValue.Document.builder().issuer("UBND thị trấn").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document: expected a number or a title but found neither");
  }

  @Test
  void document_numberOnly_isAllowed() {
    EvidenceValue.Document doc = EvidenceValue.Document.builder().number("12/KH-UBND").build();

    assertThat(doc.title()).isEmpty();
  }

  @Test
  void document_allFields_keepsThem() {
    EvidenceValue.Document doc =
        EvidenceValue.Document.builder()
            .number("12/KH-UBND")
            .title("Kế hoạch cải cách hành chính năm 2022")
            .issued(LocalDate.of(2022, 1, 20))
            .issuer("UBND thị trấn Phủ Thông")
            .locator("Mục II, trang 3")
            .uri(URI.create("https://example.org/12-KH-UBND.pdf"))
            .contentHash(HASH)
            .build();

    assertThat(doc.contentHash()).contains(HASH);
    assertThat(doc.issued()).contains(LocalDate.of(2022, 1, 20));
  }

  @Test
  void document_uppercaseHash_isLowercased() {
    EvidenceValue.Document doc =
        EvidenceValue.Document.builder()
            .title("x")
            .contentHash("sha256:" + "AB".repeat(32))
            .build();

    assertThat(doc.contentHash()).contains("sha256:" + "ab".repeat(32));
  }

  @Test
  void document_md5Hash_throws() {
    assertThatThrownBy(
            () ->
                EvidenceValue.Document.builder()
                    .title("x")
                    .contentHash("md5:d41d8cd98f00b204e9800998ecf8427e")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "document.contentHash: expected 'sha256:' followed by 64 hex digits but found 'md5:d41d8cd98f00b204e9800998ecf8427e'");
  }

  @Test
  void document_shortHash_throws() {
    assertThatThrownBy(
            () -> EvidenceValue.Document.builder().title("x").contentHash("sha256:abc").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "document.contentHash: expected 'sha256:' followed by 64 hex digits but found 'sha256:abc'");
  }

  @Test
  void document_relativeUri_throws() {
    assertThatThrownBy(
            () ->
                EvidenceValue.Document.builder().title("x").uri(URI.create("files/12.pdf")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "document.uri: expected an absolute URI such as 'https://…' but found 'files/12.pdf'");
  }

  @Test
  void document_issuedIn2200_throws() {
    assertThatThrownBy(
            () ->
                EvidenceValue.Document.builder()
                    .title("x")
                    .issued(LocalDate.of(2200, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "document.issued: expected a date between 1900-01-01 and 2199-12-31 but found 2200-01-01");
  }

  @Test
  void document_numberWithTrailingSpace_throws() {
    assertThatThrownBy(() -> EvidenceValue.Document.builder().number("12/KH-UBND ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "document.number: expected a non-blank code without surrounding spaces but found '12/KH-UBND '");
  }

  @Test
  void document_blankIssuer_throws() {
    assertThatThrownBy(() -> EvidenceValue.Document.builder().number("1").issuer("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("document.issuer: expected non-blank text but found ''");
  }

  @Test
  void document_nfdTitle_equalsNfc() {
    String title = "Kế hoạch cải cách hành chính";

    assertThat(
            EvidenceValue.Document.builder()
                .title(Normalizer.normalize(title, Normalizer.Form.NFD))
                .build())
        .isEqualTo(EvidenceValue.Document.builder().title(title).build());
  }
}
