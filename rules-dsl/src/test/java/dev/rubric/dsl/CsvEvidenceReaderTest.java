package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.evidence.Provenance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvEvidenceReaderTest {

  /** Compiles the test catalog {@code src/test/resources/csv/<name>}; fails on errors. */
  private static CompiledCatalog compile(String name) {
    Path path = Path.of("src/test/resources/csv", name);
    try {
      return Rubric.standard().compile(SourceText.of(name, Files.readString(path))).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final Catalog CATALOG = compile("tiny.rubric").catalog();

  private static final String HEADER =
      "unit_code,unit_name,level,kind,parent_code,period,attr:co_thu_phi,attr:dan_so,"
          + "ke_hoach,so_cuoc_hop,thu_ngan_sach,dung_han,mot_cua,muc_do,ngay_bao_cao,ghi_chu";

  private static final String[] BASE = {
    "01", "Xã An", "commune", "xa", "100", "2022", "true", "1500",
    "12/KH-UBND;2022-01-20", "4", "125.5", "412/420", "true", "quyet_liet", "2022-12-15",
        "Đã họp đủ"
  };

  /** Returns the base row with field {@code field} (1-based) replaced by {@code cell}. */
  private static String row(int field, String cell) {
    String[] cells = BASE.clone();
    cells[field - 1] = cell;
    return String.join(",", cells);
  }

  /**
   * Returns the 1-based column where field {@code field} (1-based) of an unquoted {@code line}
   * starts.
   */
  private static int columnOf(String line, int field) {
    int column = 1;
    int seen = 1;
    for (int i = 0; i < line.length() && seen < field; ) {
      int cp = line.codePointAt(i);
      i += Character.charCount(cp);
      column++;
      if (cp == ',') {
        seen++;
      }
    }
    return column;
  }

  private static List<EvidenceFile> read(String text) {
    return CsvEvidenceReader.read("units.csv", text, CATALOG);
  }

  private static EvidenceFile readOne(String row) {
    List<EvidenceFile> files = read(HEADER + "\n" + row + "\n");
    assertThat(files).hasSize(1);
    return files.get(0);
  }

  private static Evidence item(EvidenceFile f, String key) {
    return f.evidence().evidence(key).orElseThrow();
  }

  @Test
  void read_everyCellEncoding_givesTheTypedValue() {
    // when
    EvidenceFile f = readOne(String.join(",", BASE));
    // then
    assertThat(f.unit().code()).isEqualTo("01");
    assertThat(f.unit().name()).isEqualTo("Xã An");
    assertThat(f.unit().level()).isEqualTo("commune");
    assertThat(f.unit().kind()).isEqualTo("xa");
    assertThat(f.unit().parentCode()).contains("100");
    assertThat(f.unit().attributes())
        .containsExactly(
            java.util.Map.entry("co_thu_phi", AttributeValue.of(true)),
            java.util.Map.entry("dan_so", AttributeValue.of(Decimal.of(1500))));
    assertThat(f.period()).isEqualTo(Period.year(2022));
    assertThat(f.evidence().unitCode()).isEqualTo("01");
    assertThat(f.evidence().periodId()).isEqualTo("2022");
    assertThat(item(f, "ke_hoach"))
        .isEqualTo(
            Evidence.provided(
                EvidenceValue.Document.builder()
                    .number("12/KH-UBND")
                    .issued(LocalDate.of(2022, 1, 20))
                    .build()));
    assertThat(item(f, "so_cuoc_hop")).isEqualTo(Evidence.provided(new EvidenceValue.Count(4)));
    assertThat(item(f, "thu_ngan_sach"))
        .isEqualTo(
            Evidence.provided(new EvidenceValue.Quantity(Decimal.parse("125.5"), "triệu đồng")));
    assertThat(item(f, "dung_han")).isEqualTo(Evidence.provided(EvidenceValue.Ratio.of(412, 420)));
    assertThat(item(f, "mot_cua")).isEqualTo(Evidence.provided(new EvidenceValue.Flag(true)));
    assertThat(item(f, "muc_do"))
        .isEqualTo(Evidence.provided(new EvidenceValue.Choice("quyet_liet")));
    assertThat(item(f, "ngay_bao_cao"))
        .isEqualTo(Evidence.provided(new EvidenceValue.DateValue(LocalDate.of(2022, 12, 15))));
    assertThat(item(f, "ghi_chu"))
        .isEqualTo(Evidence.provided(new EvidenceValue.TextValue("Đã họp đủ")));
  }

  @Test
  void read_emptyCell_isMissing() {
    assertThat(item(readOne(row(10, "")), "so_cuoc_hop")).isEqualTo(Evidence.missing());
  }

  @Test
  void read_bangPrefix_isMissingWithTheExplanation() {
    assertThat(item(readOne(row(12, "!Năm 2022 không tiếp nhận hồ sơ")), "dung_han"))
        .isEqualTo(Evidence.missingExplained("Năm 2022 không tiếp nhận hồ sơ"));
  }

  @Test
  void read_tildePrefix_isIncompleteWithTheValue() {
    assertThat(item(readOne(row(12, "~412/420")), "dung_han"))
        .isEqualTo(
            new Evidence(
                EvidenceStatus.INCOMPLETE,
                Optional.of(EvidenceValue.Ratio.of(412, 420)),
                Optional.empty(),
                Provenance.NONE));
  }

  @Test
  void read_bareTilde_isIncompleteWithoutValue() {
    assertThat(item(readOne(row(9, "~")), "ke_hoach"))
        .isEqualTo(
            new Evidence(
                EvidenceStatus.INCOMPLETE, Optional.empty(), Optional.empty(), Provenance.NONE));
  }

  @Test
  void read_documentWithoutDate_hasOnlyItsNumber() {
    assertThat(item(readOne(row(9, "~101/BC-UBND;")), "ke_hoach").value())
        .contains(EvidenceValue.Document.builder().number("101/BC-UBND").build());
  }

  @Test
  void read_flagInCapitals_isAccepted() {
    assertThat(item(readOne(row(13, "FALSE")), "mot_cua"))
        .isEqualTo(Evidence.provided(new EvidenceValue.Flag(false)));
  }

  @Test
  void read_emptyAttributeAndParent_areLeftOut() {
    // given
    String[] cells = BASE.clone();
    cells[4] = "";
    cells[7] = "";
    // when
    EvidenceFile f = readOne(String.join(",", cells));
    // then
    assertThat(f.unit().parentCode()).isEmpty();
    assertThat(f.unit().attributes()).containsOnlyKeys("co_thu_phi");
  }

  @Test
  void read_inputWithoutColumn_hasNoItem() {
    // given
    String text =
        "unit_code,unit_name,level,kind,parent_code,period,so_cuoc_hop\n"
            + "01,Xã An,commune,xa,,2022,3\n";
    // when
    EvidenceFile f = read(text).get(0);
    // then
    assertThat(f.evidence().evidence()).containsOnlyKeys("so_cuoc_hop");
  }

  @Test
  void read_byteOrderMarkAndCommentsBeforeHeader_areSkipped() {
    // given
    String text =
        "\uFEFF# DỮ LIỆU GIẢ LẬP\n#, \"not, a record\n\n"
            + HEADER
            + "\n"
            + String.join(",", BASE)
            + "\n";
    // when / then
    assertThat(read(text)).extracting(f -> f.unit().code()).containsExactly("01");
  }

  @Test
  void read_crlfLineEndsAndNoFinalLineBreak_areAccepted() {
    String text = HEADER + "\r\n" + String.join(",", BASE) + "\r\n" + row(1, "02");
    assertThat(read(text)).extracting(f -> f.unit().code()).containsExactly("01", "02");
  }

  @Test
  void read_quotedFields_holdCommasQuotesAndLineBreaks() {
    // given
    String text = HEADER + "\n" + row(16, "\"Họp đủ, có \"\"biên bản\"\"\nvà ảnh\"") + "\n";
    // when
    EvidenceFile f = read(text).get(0);
    // then
    assertThat(item(f, "ghi_chu"))
        .isEqualTo(
            Evidence.provided(new EvidenceValue.TextValue("Họp đủ, có \"biên bản\"\nvà ảnh")));
  }

  @Test
  void read_quotedFieldWithCharacterOutsideTheBmp_keepsTheWholeCharacter() {
    // given: U+1F4C4 (a page) is two UTF-16 chars; unquoted and quoted fields keep both
    String text = HEADER + "\n" + row(16, "\"Biên bản \uD83D\uDCC4, đủ\"") + "\n";
    // when
    EvidenceFile f = read(text).get(0);
    // then
    assertThat(item(f, "ghi_chu"))
        .isEqualTo(Evidence.provided(new EvidenceValue.TextValue("Biên bản \uD83D\uDCC4, đủ")));
  }

  @Test
  void read_rowAfterMultiLineField_reportsItsOwnLine() {
    // given: the first row spans lines 2 and 3, so the second row is on line 4
    String bad = row(10, "abc").replaceFirst("^01", "02");
    String text = HEADER + "\n" + row(16, "\"hai\ndòng\"") + "\n" + bad + "\n";
    // when / then
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "units.csv:4:"
                + columnOf(bad, 10)
                + ": column 'so_cuoc_hop' (count): expected a whole number such as '12' but found"
                + " 'abc'");
  }

  @Test
  void read_quantityWithoutDeclaredUnit_takesTheUnitFromTheCell() {
    // given
    Catalog catalog = compile("no-unit.rubric").catalog();
    String text =
        "unit_code,unit_name,level,kind,parent_code,period,chi_phi\n"
            + "01,Xã An,commune,xa,,2022,125.5 triệu đồng\n";
    // when
    EvidenceFile f = CsvEvidenceReader.read("units.csv", text, catalog).get(0);
    // then
    assertThat(item(f, "chi_phi"))
        .isEqualTo(
            Evidence.provided(new EvidenceValue.Quantity(Decimal.parse("125.5"), "triệu đồng")));
  }

  // ---------------------------------------------------------------- errors

  @ParameterizedTest(name = "[{index}] field {0} = {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "10|abc|column 'so_cuoc_hop' (count): expected a whole number such as '12' but found 'abc'",
        "10|-3|column 'so_cuoc_hop' (count): expected a whole number such as '12' but found '-3'",
        "10|2.5|column 'so_cuoc_hop' (count): expected a whole number such as '12' but found '2.5'",
        "11|1e3|column 'thu_ngan_sach' (quantity): expected a plain decimal number such as '125.5'"
            + " but found '1e3'",
        "12|412|column 'dung_han' (ratio): expected 'numerator/denominator' such as '412/420' but"
            + " found '412'",
        "12|412/abc|column 'dung_han' (ratio): expected 'numerator/denominator' such as '412/420'"
            + " but found '412/abc'",
        "12|1/2/3|column 'dung_han' (ratio): expected 'numerator/denominator' such as '412/420' but"
            + " found '1/2/3'",
        "12|500/420|column 'dung_han' (ratio): ratio.numerator: expected at most the denominator"
            + " 420 but found 500",
        "13|yes|column 'mot_cua' (flag): expected 'true' or 'false' but found 'yes'",
        "15|15/12/2022|column 'ngay_bao_cao' (date): expected a date yyyy-mm-dd such as"
            + " '2022-01-20' but found '15/12/2022'",
        "15|2022-02-30|column 'ngay_bao_cao' (date): expected a date yyyy-mm-dd such as"
            + " '2022-01-20' but found '2022-02-30'",
        "9|12/KH-UBND|column 'ke_hoach' (document): expected 'number;yyyy-mm-dd' or 'number;' such"
            + " as '12/KH-UBND;2022-01-20' but found '12/KH-UBND'",
        "9|;2022-01-20|column 'ke_hoach' (document): expected a document number before ';' but"
            + " found none",
        "9|12/KH-UBND;20-01-2022|column 'ke_hoach' (document): expected a date yyyy-mm-dd such as"
            + " '2022-01-20' but found '20-01-2022'",
        "10|!|column 'so_cuoc_hop' (count): expected an explanation after '!' but found none",
        "10|~x|column 'so_cuoc_hop' (count): expected a whole number such as '12' but found 'x'",
        "7|có|column 'attr:co_thu_phi' (flag): expected 'true' or 'false' but found 'có'",
        "8|nhiều|column 'attr:dan_so' (count): expected a plain decimal number such as '125.5' but"
            + " found 'nhiều'",
        "6|năm 2022|column 'period': expected a year such as '2022' but found 'năm 2022'",
        "6|1800|column 'period': period.year: expected a year between 1900 and 2199 but found 1800",
        "1|''|column 'unit_code': expected a unit code but found an empty cell",
        "3|Commune|column 'level': expected a lowercase code such as 'commune' or 'thi_tran' (a-z,"
            + " 0-9, '_') but found 'Commune'",
      })
  void read_badCell_namesFileLineColumnAndColumnName(int field, String cell, String detail) {
    // given
    String line = row(field, cell);
    // when / then
    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("units.csv:2:" + columnOf(line, field) + ": " + detail);
  }

  @Test
  void read_nulInACell_isAFormatErrorAtTheCharacter() {
    String line = row(2, "Xã\0An");

    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "units.csv:2:"
                + (columnOf(line, 2) + 2)
                + ": expected text but found a NUL character (U+0000)");
  }

  @Test
  void read_loneSurrogateInAQuotedCell_isAFormatErrorAtTheCharacter() {
    String line = row(16, "\"Đã họp \uD83D\"");

    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "units.csv:2:"
                + (columnOf(line, 16) + 8)
                + ": expected text but found a lone surrogate U+D83D, which is not a character");
  }

  @Test
  void read_rowWithTooFewFields_pointsAtTheEndOfTheRow() {
    // given
    String line = String.join(",", Arrays.copyOf(BASE, 15));
    // when / then
    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\n"))
        .hasMessage(
            "units.csv:2:"
                + (line.codePointCount(0, line.length()) + 1)
                + ": expected 16 fields as in the header but found 15");
  }

  @Test
  void read_rowWithTooManyFields_pointsAtTheFirstExtraField() {
    // given
    String line = String.join(",", BASE) + ",thừa";
    // when / then
    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\n"))
        .hasMessage(
            "units.csv:2:"
                + columnOf(line, 17)
                + ": expected 16 fields as in the header but found 17");
  }

  @Test
  void read_unknownInputInHeader_suggestsTheClosestInput() {
    // given
    String header = HEADER.replace(",so_cuoc_hop,", ",so_cuoc_hopp,");
    // when / then
    assertThatThrownBy(() -> read(header + "\n"))
        .hasMessage(
            "units.csv:1:"
                + columnOf(header, 10)
                + ": unknown catalog input 'so_cuoc_hopp' in header column 10; did you mean"
                + " 'so_cuoc_hop'?");
  }

  @Test
  void read_unknownInputWithoutNearName_hasNoSuggestion() {
    // given
    String header =
        "unit_code,unit_name,level,kind,parent_code,period,attr:co_thu_phi,attr:dan_so,xyz";
    // when / then
    assertThatThrownBy(() -> read(header + "\n"))
        .hasMessage(
            "units.csv:1:"
                + columnOf(header, 9)
                + ": unknown catalog input 'xyz' in header column 9");
  }

  @Test
  void read_unknownAttributeInHeader_suggestsTheClosestAttribute() {
    // given
    String header = HEADER.replace("attr:dan_so", "attr:dan_s");
    // when / then
    assertThatThrownBy(() -> read(header + "\n"))
        .hasMessage(
            "units.csv:1:"
                + columnOf(header, 8)
                + ": unknown unit attribute 'dan_s' in header column 8; did you mean 'dan_so'?");
  }

  @Test
  void read_duplicateColumn_namesBothColumns() {
    // given
    String header = HEADER + ",mot_cua";
    // when / then
    assertThatThrownBy(() -> read(header + "\n"))
        .hasMessage(
            "units.csv:1:"
                + columnOf(header, 17)
                + ": duplicate column 'mot_cua' in header column 17 (first in column 13)");
  }

  @Test
  void read_headerWithoutFixedColumns_saysWhichColumnIsExpected() {
    assertThatThrownBy(() -> read("unit_code,name,level\n"))
        .hasMessage("units.csv:1:11: expected 'unit_name' in header column 2 but found 'name'");
  }

  @Test
  void read_shortHeader_pointsAtItsEnd() {
    assertThatThrownBy(() -> read("unit_code,unit_name\n"))
        .hasMessage(
            "units.csv:1:20: expected 'level' in header column 3 but found the end of the line");
  }

  @Test
  void read_emptyFile_expectsAHeader() {
    assertThatThrownBy(() -> read("\uFEFF# only a comment\n"))
        .hasMessage(
            "units.csv:1:1: expected a header row starting with 'unit_code' but found the end of"
                + " the file");
  }

  @Test
  void read_unclosedQuote_pointsAtTheOpeningQuote() {
    // given
    String line = row(16, "\"không đóng");
    // when / then
    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\nnext,line\n"))
        .hasMessage(
            "units.csv:2:"
                + columnOf(line, 16)
                + ": expected a closing '\"' for the quoted field that starts here but found end of"
                + " file");
  }

  @Test
  void read_textAfterClosingQuote_isRejected() {
    // given
    String line = row(16, "\"a\"b");
    // when / then
    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\n"))
        .hasMessage(
            "units.csv:2:"
                + (columnOf(line, 16) + 3)
                + ": expected ',' or the end of the line after a closing '\"' but found 'b'");
  }

  @Test
  void read_quoteInsideUnquotedField_isRejected() {
    // given
    String line = row(16, "a\"b");
    // when / then
    assertThatThrownBy(() -> read(HEADER + "\n" + line + "\n"))
        .hasMessage(
            "units.csv:2:"
                + (columnOf(line, 16) + 1)
                + ": unexpected '\"' inside an unquoted field; put the whole field in double quotes"
                + " and double the quote");
  }

  @Test
  void read_commentAfterHeader_isARow() {
    // given
    String text = HEADER + "\n# not a comment\n";
    // when / then
    assertThatThrownBy(() -> read(text))
        .hasMessage("units.csv:2:16: expected 16 fields as in the header but found 1");
  }

  @Test
  void read_sameUnitAndPeriodTwice_namesTheFirstLine() {
    // given
    String text = HEADER + "\n" + String.join(",", BASE) + "\n" + row(2, "Xã An (trùng)") + "\n";
    // when / then
    assertThatThrownBy(() -> read(text))
        .hasMessage("units.csv:3:1: duplicate unit '01' for period 2022 (first on line 2)");
  }
}
