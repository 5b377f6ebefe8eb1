package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.csv.CsvRowMapper;
import dev.rubric.core.diagnostic.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvRowMapperTest {

  private static final Catalog CATALOG = compile();

  private static final List<String> HEADER =
      List.of(
          "unit_code",
          "unit_name",
          "level",
          "kind",
          "parent_code",
          "period",
          "attr:co_thu_phi",
          "attr:dan_so",
          "ke_hoach",
          "so_cuoc_hop",
          "thu_ngan_sach",
          "dung_han",
          "mot_cua",
          "muc_do",
          "ngay_bao_cao",
          "ghi_chu");

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
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> row(int field, String cell) {
    String[] cells = BASE.clone();
    cells[field - 1] = cell;
    return Arrays.asList(cells);
  }

  @Test
  void map_validRow_givesTheEvidenceFileTheCsvReaderGives() {
    // given
    CsvRowMapper mapper = CsvRowMapper.of("units", HEADER, CATALOG);
    String csv = String.join(",", HEADER) + "\n" + String.join(",", BASE) + "\n";

    // when
    CsvRowMapper.Result result = mapper.map(Arrays.asList(BASE));

    // then
    assertThat(result)
        .isEqualTo(
            new CsvRowMapper.Mapped(CsvEvidenceReader.read("units.csv", csv, CATALOG).get(0)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1||unit_code|expected a unit code but found an empty cell",
        "6|22|period|expected a year such as '2022' but found '22'",
        "8|many|attr:dan_so|expected a plain decimal number such as '125.5' but found 'many'",
        "10|abc|so_cuoc_hop|expected a whole number such as '12' but found 'abc'",
        "12|412|dung_han|expected 'numerator/denominator' such as '412/420' but found '412'",
        "15|2022-13-01|ngay_bao_cao|expected a date yyyy-mm-dd such as '2022-01-20' but found"
            + " '2022-13-01'",
      })
  void map_badCell_givesTheColumnAndTheCsvReadersReason(
      int field, String cell, String column, String reason) {
    // given
    CsvRowMapper mapper = CsvRowMapper.of("units", HEADER, CATALOG);
    String[] cells = BASE.clone();
    cells[field - 1] = cell == null ? "" : cell;
    String csv = String.join(",", HEADER) + "\n" + String.join(",", cells) + "\n";

    // when
    CsvRowMapper.Result result = mapper.map(row(field, cell == null ? "" : cell));

    // then
    assertThat(result).isEqualTo(new CsvRowMapper.Problem(column, reason));
    assertThatThrownBy(() -> CsvEvidenceReader.read("units.csv", csv, CATALOG))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageEndingWith(reason);
  }

  @Test
  void map_nulOrLoneSurrogateInACell_isAProblemOfThatColumn() {
    CsvRowMapper mapper = CsvRowMapper.of("units", HEADER, CATALOG);

    assertThat(mapper.map(row(2, "Xã\0An")))
        .isEqualTo(
            new CsvRowMapper.Problem(
                "unit_name", "expected text but found a NUL character (U+0000)"));
    assertThat(mapper.map(row(16, "Đã họp \uD83D")))
        .isEqualTo(
            new CsvRowMapper.Problem("ghi_chu", "expected text but found a lone surrogate U+D83D"));
  }

  @Test
  void of_unknownInputColumn_throwsWithHeaderColumnAndSuggestion() {
    List<String> header =
        List.of("unit_code", "unit_name", "level", "kind", "parent_code", "period", "so_cuoc_hp");

    assertThatThrownBy(() -> CsvRowMapper.of("units", header, CATALOG))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage(
            "units:1:7: unknown catalog input 'so_cuoc_hp' in header column 7; did you mean"
                + " 'so_cuoc_hop'?");
  }

  @Test
  void problem_message_namesTheColumn() {
    assertThat(new CsvRowMapper.Problem("so_cuoc_hop", "expected a whole number").message())
        .isEqualTo("column 'so_cuoc_hop': expected a whole number");
  }
}
