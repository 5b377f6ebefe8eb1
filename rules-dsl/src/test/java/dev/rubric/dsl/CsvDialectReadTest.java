package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evidence CSV reader in the dialect of Vietnamese-locale spreadsheets: {@code ';'} between
 * fields, decimal commas, named by a first line {@code sep=;} or recognised from the header, with
 * or without a byte order mark; a number with a point is rejected there with its position.
 */
class CsvDialectReadTest {

  private static final Catalog CATALOG = compile();

  private static Catalog compile() {
    try {
      String text = Files.readString(Path.of("src/test/resources/csv/tiny.rubric"));
      return Rubric.standard().compile(SourceText.of("tiny.rubric", text)).orElseThrow().catalog();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The same two units in the standard dialect. */
  private static final String STANDARD =
      "unit_code,unit_name,level,kind,parent_code,period,attr:co_thu_phi,attr:dan_so,"
          + "ke_hoach,so_cuoc_hop,thu_ngan_sach,dung_han,mot_cua,muc_do,ngay_bao_cao,ghi_chu\n"
          + "01,Xã An,commune,xa,100,2022,true,1500.5,12/KH-UBND;2022-01-20,4,125.5,412/420,true,"
          + "quyet_liet,2022-12-15,\"Đã họp đủ; 4 lần\"\n"
          + "02,\"Xã Bình, Hạ\",commune,xa,100,2022,false,980,~,3,~-0.75,0/0,false,"
          + "quyet_liet,2022-12-01,!Không có\n";

  /** The golden sample: what a Vietnamese-locale spreadsheet saves (body of every variant). */
  private static final String VI_BODY =
      "unit_code;unit_name;level;kind;parent_code;period;attr:co_thu_phi;attr:dan_so;"
          + "ke_hoach;so_cuoc_hop;thu_ngan_sach;dung_han;mot_cua;muc_do;ngay_bao_cao;ghi_chu\r\n"
          + "01;Xã An;commune;xa;100;2022;true;1500,5;\"12/KH-UBND;2022-01-20\";4;125,5;412/420;true;"
          + "quyet_liet;2022-12-15;\"Đã họp đủ; 4 lần\"\r\n"
          + "02;Xã Bình, Hạ;commune;xa;100;2022;false;980;~;3;~-0,75;0/0;false;"
          + "quyet_liet;2022-12-01;!Không có\r\n";

  @ParameterizedTest
  @ValueSource(strings = {"", "\uFEFF", "sep=;\r\n", "\uFEFFsep=;\r\n", "\uFEFF# ghi chú\n"})
  void read_viDialect_givesTheSameEvidenceAsTheStandardDialect(String start) {
    List<EvidenceFile> standard = CsvEvidenceReader.read("units.csv", STANDARD, CATALOG);

    List<EvidenceFile> vi = CsvEvidenceReader.read("units.csv", start + VI_BODY, CATALOG);

    assertThat(vi).isEqualTo(standard);
    assertThat(vi.get(0).unit().attribute("dan_so"))
        .contains(AttributeValue.of(Decimal.parse("1500.5")));
    assertThat(vi.get(0).evidence().evidence().get("thu_ngan_sach").value())
        .hasValueSatisfying(
            v ->
                assertThat(((EvidenceValue.Quantity) v).amount())
                    .isEqualTo(Decimal.parse("125.5")));
    assertThat(vi.get(1).unit().name()).isEqualTo("Xã Bình, Hạ");
  }

  @Test
  void read_sepCommaLine_readsTheStandardDialect() {
    assertThat(CsvEvidenceReader.read("units.csv", "sep=,\n" + STANDARD, CATALOG))
        .isEqualTo(CsvEvidenceReader.read("units.csv", STANDARD, CATALOG));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.250", "1.250,5", "~12.5"})
  void read_pointInANumberOfASemicolonFile_isAmbiguousAndNamesItsCell(String cell) {
    String text = VI_BODY.replace(";125,5;", ";" + cell + ";");
    int column = text.lines().skip(1).findFirst().orElseThrow().indexOf(cell) + 1;
    String number = cell.startsWith("~") ? cell.substring(1) : cell;

    assertThatThrownBy(() -> CsvEvidenceReader.read("units.csv", text, CATALOG))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageStartingWith(
            "units.csv:2:" + column + ": column 'thu_ngan_sach' (quantity): expected a number")
        .hasMessageContaining("but found '" + number + "', where a point is ambiguous");
  }

  @Test
  void read_unknownSeparatorLine_isRejected() {
    assertThatThrownBy(() -> CsvEvidenceReader.read("units.csv", "sep=|\n" + STANDARD, CATALOG))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("units.csv:1:5: expected 'sep=;' or 'sep=,' alone on the first line");
  }
}
