package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.csv.CsvRowMapper;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The CSV evidence reader's problems in Vietnamese and English: the same position, the detail in
 * the language asked for, the English byte for byte the exception's message. Where the table checks
 * a rule of a model value itself (a ratio's parts, the year, a level's form), its English is the
 * model's own message.
 */
class CsvReaderWordsTest {

  private static final Catalog CATALOG = compile();

  private static final String HEADER =
      "unit_code,unit_name,level,kind,parent_code,period,attr:co_thu_phi,attr:dan_so,"
          + "ke_hoach,so_cuoc_hop,thu_ngan_sach,dung_han,mot_cua,muc_do,ngay_bao_cao,ghi_chu";

  private static final String[] BASE = {
    "01", "Xã An", "commune", "xa", "100", "2022", "true", "1500",
    "12/KH-UBND;2022-01-20", "4", "125.5", "412/420", "true", "quyet_liet", "2022-12-15",
        "Đã họp đủ"
  };

  private static Catalog compile() {
    try {
      String text = Files.readString(Path.of("src/test/resources/csv/tiny.rubric"));
      return Rubric.standard().compile(SourceText.of("tiny.rubric", text)).orElseThrow().catalog();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String row(int field, String cell) {
    String[] cells = BASE.clone();
    cells[field - 1] = cell;
    return String.join(",", cells);
  }

  private static CsvFormatException error(String text) {
    CsvFormatException e =
        catchThrowableOfType(
            CsvFormatException.class, () -> CsvEvidenceReader.read("units.csv", text, CATALOG));
    assertThat(e).as("a CsvFormatException").isNotNull();
    assertThat(e.message(Language.EN)).isEqualTo(e.getMessage());
    assertThat(e.getMessage()).isEqualTo(e.position() + ": " + e.detail(Language.EN));
    return e;
  }

  private static String modelMessage(Executable construction) {
    IllegalArgumentException e =
        catchThrowableOfType(IllegalArgumentException.class, construction::execute);
    assertThat(e).as("the model refuses the value").isNotNull();
    return String.valueOf(e.getMessage());
  }

  @Test
  void badHeader_saysItInVietnamese() {
    CsvFormatException e = error(HEADER.replace(",unit_name,", ",ho_so,") + "\n");

    assertThat(e.getMessage())
        .isEqualTo("units.csv:1:11: expected 'unit_name' in header column 2 but found 'ho_so'");
    assertThat(e.message(Language.VI))
        .isEqualTo("units.csv:1:11: cần 'unit_name' ở cột 2 của dòng tiêu đề nhưng gặp 'ho_so'");
    assertThat(e.position()).isEqualTo("units.csv:1:11");
  }

  @Test
  void headerEndingEarly_saysItInVietnamese() {
    CsvFormatException e = error("unit_code,unit_name,level\n");

    assertThat(e.message(Language.VI))
        .isEqualTo("units.csv:1:26: cần 'kind' ở cột 4 của dòng tiêu đề nhưng dòng đã hết");
  }

  @Test
  void badNumberCell_saysItInVietnamese() {
    CsvFormatException e = error(HEADER + "\n" + row(10, "abc") + "\n");

    assertThat(e.getMessage())
        .endsWith(
            ": column 'so_cuoc_hop' (count): expected a whole number such as '12' but found"
                + " 'abc'");
    assertThat(e.message(Language.VI))
        .isEqualTo(
            e.position()
                + ": cột 'so_cuoc_hop' (count): cần một số nguyên, ví dụ '12', nhưng gặp 'abc'");
  }

  @Test
  void unknownInput_suggestsTheInputInVietnamese() {
    CsvFormatException e = error(HEADER.replace(",so_cuoc_hop,", ",so_cuoc_hopp,") + "\n");

    assertThat(e.getMessage())
        .endsWith(
            ": unknown catalog input 'so_cuoc_hopp' in header column 10; did you mean"
                + " 'so_cuoc_hop'?");
    assertThat(e.detail(Language.VI))
        .isEqualTo(
            "bộ tiêu chí không có trường dữ liệu đầu vào 'so_cuoc_hopp' (cột 10 của dòng tiêu đề);"
                + " có phải ý bạn là 'so_cuoc_hop'?");
  }

  @Test
  void unknownAttribute_withoutSuggestion_saysItInVietnamese() {
    CsvFormatException e = error(HEADER.replace("attr:dan_so", "attr:xyz") + "\n");

    assertThat(e.detail(Language.EN)).isEqualTo("unknown unit attribute 'xyz' in header column 8");
    assertThat(e.detail(Language.VI))
        .isEqualTo(
            "thuộc tính đơn vị 'xyz' ở cột 8 của dòng tiêu đề không được bộ tiêu chí khai báo");
  }

  @Test
  void cellsOfEveryType_sayWhatTheyExpectInVietnamese() {
    assertThat(error(HEADER + "\n" + row(13, "có") + "\n").detail(Language.VI))
        .isEqualTo("cột 'mot_cua' (flag): cần 'true' hoặc 'false' nhưng gặp 'có'");
    assertThat(error(HEADER + "\n" + row(15, "15/12/2022") + "\n").detail(Language.VI))
        .isEqualTo(
            "cột 'ngay_bao_cao' (date): cần một ngày dạng yyyy-mm-dd, ví dụ '2022-01-20', nhưng gặp"
                + " '15/12/2022'");
    assertThat(error(HEADER + "\n" + row(12, "412") + "\n").detail(Language.VI))
        .isEqualTo("cột 'dung_han' (ratio): cần 'tử_số/mẫu_số', ví dụ '412/420', nhưng gặp '412'");
    assertThat(error(HEADER + "\n" + row(11, "nhiều") + "\n").detail(Language.VI))
        .isEqualTo(
            "cột 'thu_ngan_sach' (quantity): cần một số thập phân viết thường, ví dụ '125.5',"
                + " nhưng gặp 'nhiều'");
    assertThat(error(HEADER + "\n" + row(2, "") + "\n").detail(Language.VI))
        .isEqualTo("cột 'unit_name': cần tên đơn vị nhưng gặp ô trống");
    assertThat(error(HEADER + "\n" + row(6, "") + "\n").detail(Language.VI))
        .isEqualTo("cột 'period': cần một năm, ví dụ '2022', nhưng gặp ô trống");
  }

  @Test
  void ratioAboveItsDenominator_isTheModelsEnglishAndVietnamese() {
    String model =
        modelMessage(() -> new EvidenceValue.Ratio(Decimal.parse("430"), Decimal.parse("420")));

    CsvFormatException e = error(HEADER + "\n" + row(12, "430/420") + "\n");

    assertThat(e.detail(Language.EN)).isEqualTo("column 'dung_han' (ratio): " + model);
    assertThat(e.detail(Language.VI))
        .isEqualTo("cột 'dung_han' (ratio): cần tử số không lớn hơn mẫu số 420 nhưng gặp 430");
  }

  @Test
  void ratioOfNothing_isTheModelsEnglishAndVietnamese() {
    String model =
        modelMessage(() -> new EvidenceValue.Ratio(Decimal.parse("5"), Decimal.parse("0")));

    CsvFormatException e = error(HEADER + "\n" + row(12, "5/0") + "\n");

    assertThat(e.detail(Language.EN)).isEqualTo("column 'dung_han' (ratio): " + model);
    assertThat(e.detail(Language.VI))
        .isEqualTo("cột 'dung_han' (ratio): cần mẫu số dương khi tử số là 5 nhưng gặp 0");
  }

  @Test
  void yearOutOfRange_isTheModelsEnglishAndVietnamese() {
    String model = modelMessage(() -> Period.year(1800));

    CsvFormatException e = error(HEADER + "\n" + row(6, "1800") + "\n");

    assertThat(e.detail(Language.EN)).isEqualTo("column 'period': " + model);
    assertThat(e.detail(Language.VI))
        .isEqualTo("cột 'period': cần một năm từ 1900 đến 2199 nhưng gặp 1800");
  }

  @Test
  void levelThatIsNoLowercaseCode_isTheModelsEnglishAndVietnamese() {
    String model =
        modelMessage(
            () -> Unit.builder().code("01").name("Xã An").level("Commune").kind("xa").build());

    CsvFormatException e = error(HEADER + "\n" + row(3, "Commune") + "\n");

    assertThat("unit.level: " + e.detail(Language.EN).substring("column 'level': ".length()))
        .isEqualTo(model);
    assertThat(e.detail(Language.VI))
        .isEqualTo(
            "cột 'level': cần một mã viết thường, ví dụ 'commune' hoặc 'thi_tran' (a-z, 0-9,"
                + " '_'), nhưng gặp 'Commune'");
  }

  @Test
  void unitGivenTwice_namesTheFirstLineInVietnamese() {
    CsvFormatException e =
        error(HEADER + "\n" + String.join(",", BASE) + "\n" + String.join(",", BASE) + "\n");

    assertThat(e.getMessage())
        .isEqualTo("units.csv:3:1: duplicate unit '01' for period 2022 (first on line 2)");
    assertThat(e.message(Language.VI))
        .isEqualTo("units.csv:3:1: đơn vị '01' của kỳ 2022 bị lặp (lần đầu ở dòng 2)");
  }

  @Test
  void malformedCsv_saysItInVietnamese() {
    assertThat(error(HEADER + "\n" + row(2, "\"Xã An") + "\n").detail(Language.VI))
        .isEqualTo("cần dấu '\"' đóng trường trong ngoặc kép mở ở đây nhưng tệp đã hết");
    assertThat(error(HEADER + "\n01,Xã An\n").detail(Language.VI))
        .isEqualTo("cần 16 trường như dòng tiêu đề nhưng gặp 2");
    assertThat(error("").message(Language.VI))
        .isEqualTo("units.csv:1:1: cần dòng tiêu đề bắt đầu bằng 'unit_code' nhưng tệp đã hết");
  }

  @Test
  void viDialect_stillReads_andItsAmbiguousPointIsSaidInVietnamese() {
    String good =
        HEADER.replace(',', ';')
            + "\n01;Xã An;commune;xa;100;2022;true;1500;\"12/KH-UBND;2022-01-20\";4;125,5;412/420;"
            + "true;quyet_liet;2022-12-15;Đã họp đủ\n";

    List<EvidenceFile> files = CsvEvidenceReader.read("units.csv", good, CATALOG);
    CsvFormatException e = error(good.replace(";125,5;", ";1.250;"));

    assertThat(files).hasSize(1);
    assertThat(files.get(0).evidence().evidence("thu_ngan_sach").orElseThrow().value())
        .contains(new EvidenceValue.Quantity(Decimal.parse("125.5"), "triệu đồng"));
    assertThat(e.detail(Language.VI))
        .isEqualTo(
            "cột 'thu_ngan_sach' (quantity): cần một số viết dấu phẩy thập phân, không có dấu phân"
                + " cách hàng nghìn, như tệp phân cách bằng ';' vẫn viết, nhưng gặp '1.250', trong"
                + " đó dấu chấm không rõ nghĩa: hãy viết '1250' hoặc '1,250'");
  }

  @Test
  void rowMapperProblem_givesItsReasonInVietnamese() {
    CsvRowMapper mapper = CsvRowMapper.of("units", List.of(HEADER.split(",")), CATALOG);
    String[] cells = BASE.clone();
    cells[9] = "abc";

    CsvRowMapper.Result r = mapper.map(List.of(cells));

    assertThat(r)
        .isEqualTo(
            new CsvRowMapper.Problem(
                "so_cuoc_hop", "expected a whole number such as '12' but found" + " 'abc'"));
    CsvRowMapper.Problem p = (CsvRowMapper.Problem) r;
    assertThat(p.reason(Language.VI)).isEqualTo("cần một số nguyên, ví dụ '12', nhưng gặp 'abc'");
    assertThat(p.message(Language.VI))
        .isEqualTo("cột 'so_cuoc_hop': cần một số nguyên, ví dụ '12', nhưng gặp 'abc'");
  }
}
