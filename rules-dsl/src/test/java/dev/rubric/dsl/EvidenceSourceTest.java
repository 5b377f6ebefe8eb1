package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.EvidenceSource;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.result.Scorecard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EvidenceLoader#source}: evidence read a unit at a time, each reading from the files
 * afresh, with the units, order and error messages of {@link EvidenceLoader#load}; and, for {@code
 * load} as well, which of two problems of the input is reported (the tests named {@code load_…}
 * held before loading streamed).
 */
class EvidenceSourceTest {

  private static final Catalog CATALOG = compile();

  private static Catalog compile() {
    Path path = Path.of("src/test/resources/csv/tiny.rubric");
    try {
      return Rubric.standard()
          .compile(SourceText.of("tiny.rubric", Files.readString(path)))
          .orElseThrow()
          .catalog();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String HEADER =
      "unit_code,unit_name,level,kind,parent_code,period,so_cuoc_hop,ghi_chu\n";

  private static String row(String code, String name, String meetings) {
    return code + "," + name + ",commune,xa,063," + "2022," + meetings + ",Đã họp đủ\n";
  }

  private static String json(String code, String name) {
    return "{\n  \"format\": \"rubric-evidence/1\",\n  \"unit\": {\"code\": \""
        + code
        + "\", \"name\": \""
        + name
        + "\", \"level\": \"commune\", \"kind\": \"xa\"},\n  \"period\": \"2022\",\n"
        + "  \"evidence\": {}\n}\n";
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static final byte[] NOT_UTF8 = {'#', (byte) 0xE3, '\n'};

  @Test
  void load_badCellThenBadBytes_reportsTheBytes(@TempDir Path dir) throws IOException {
    Path csv =
        Files.write(
            dir.resolve("units.csv"),
            concat(utf8(HEADER + row("01", "Xã An", "abc") + row("02", "Xã Bình", "3")), NOT_UTF8));
    assertThatThrownBy(() -> EvidenceLoader.load(csv, "units.csv", CATALOG))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "cannot read 'units.csv': expected UTF-8 text but found "
                + "byte 0xE3 at line 4, column 2 (byte offset 174)");
  }

  @Test
  void load_badHeaderThenBadBytes_reportsTheBytes(@TempDir Path dir) throws IOException {
    Path csv = Files.write(dir.resolve("units.csv"), concat(utf8("unit_code,ten\n"), NOT_UTF8));
    assertThatThrownBy(() -> EvidenceLoader.load(csv, "units.csv", CATALOG))
        .hasMessage(
            "cannot read 'units.csv': expected UTF-8 text but found "
                + "byte 0xE3 at line 2, column 2 (byte offset 15)");
  }

  @Test
  void load_repeatedRowThenBadBytes_reportsTheBytes(@TempDir Path dir) throws IOException {
    Path csv =
        Files.write(
            dir.resolve("units.csv"),
            concat(utf8(HEADER + row("01", "Xã An", "3") + row("01", "Xã An", "3")), NOT_UTF8));
    assertThatThrownBy(() -> EvidenceLoader.load(csv, "units.csv", CATALOG))
        .hasMessage(
            "cannot read 'units.csv': expected UTF-8 text but found "
                + "byte 0xE3 at line 4, column 2 (byte offset 169)");
  }

  @Test
  void load_unitOfAnEarlierFileThenBadCell_reportsTheCell(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), json("01", "Xã An"));
    Files.writeString(
        dir.resolve("b.csv"), HEADER + row("01", "Xã An", "3") + row("02", "Xã Bình", "abc"));
    assertThatThrownBy(() -> EvidenceLoader.load(dir, "units", CATALOG))
        .hasMessage(
            "units/b.csv:3:32: column 'so_cuoc_hop' (count): expected a whole number such as '12'"
                + " but found 'abc'");
  }

  @Test
  void load_unitOfAnEarlierFileThenBadBytes_reportsTheBytes(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), json("01", "Xã An"));
    Files.write(dir.resolve("b.csv"), concat(utf8(HEADER + row("01", "Xã An", "3")), NOT_UTF8));
    assertThatThrownBy(() -> EvidenceLoader.load(dir, "units", CATALOG))
        .hasMessage(
            "cannot read 'units/b.csv': expected UTF-8 text but found "
                + "byte 0xE3 at line 3, column 2 (byte offset 120)");
  }

  @Test
  void load_unitOfAnEarlierFileThenMoreUnits_namesTheFirstRepeat(@TempDir Path dir)
      throws IOException {
    Files.writeString(
        dir.resolve("a.csv"), HEADER + row("01", "Xã An", "3") + row("02", "Xã Bình", "3"));
    Files.writeString(
        dir.resolve("b.csv"),
        HEADER + row("03", "Xã Cư", "3") + row("02", "Xã Bình", "3") + row("01", "Xã An", "3"));
    Files.writeString(dir.resolve("c.csv"), "bad");
    assertThatThrownBy(() -> EvidenceLoader.load(dir, "units", CATALOG))
        .hasMessage("duplicate unit '02' for period 2022 in 'units/a.csv' and 'units/b.csv'");
  }

  // ---------------------------------------------------------------- reading a unit at a time

  private static final Path BACH_THONG = Path.of("../examples/data/evidence/bach-thong-2022");
  private static final Path BACH_THONG_CSV =
      Path.of("../examples/data/evidence/bach-thong-2022.csv");

  /** Vietnamese names of communes and wards, with every kind of diacritic. */
  private static final String[] NAMES = {
    "Xã Đồng Tâm", "Phường Hòa Bình", "Thị trấn Phủ Thông", "Xã Quân Hà", "Xã Cẩm Giàng",
    "Xã Lục Bình", "Xã Nguyên Phúc", "Phường Ngọc Thụy", "Xã Sĩ Bình", "Xã Vũ Muộn"
  };

  private static List<EvidenceFile> readAll(Iterable<EvidenceFile> source) {
    List<EvidenceFile> out = new ArrayList<>();
    source.forEach(out::add);
    return out;
  }

  private static Catalog sampleCatalog() {
    try {
      return SampleCatalogTest.compileSample().orElseThrow().catalog();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A CSV text of {@code n} units named in Vietnamese, long enough to span many of the reader's
   * buffers; unit {@code i} holds {@code i % 9} meetings and a quoted note with a comma, a line
   * break and a character outside the BMP.
   */
  private static String district(int n) {
    StringBuilder csv = new StringBuilder("\uFEFF# Dữ liệu giả lập\n").append(HEADER);
    for (int i = 0; i < n; i++) {
      csv.append(String.format("%05d", i))
          .append(',')
          .append(NAMES[i % NAMES.length])
          .append(' ')
          .append(i)
          .append(",commune,xa,063,2022,")
          .append(i % 9)
          .append(",\"Họp đủ, có biên bản \uD83D\uDCC4\nđã ký\"\n");
    }
    return csv.toString();
  }

  @Test
  void source_csvFile_givesLoadsUnitsInFileOrder() {
    // given
    Catalog catalog = sampleCatalog();
    // when
    List<EvidenceFile> streamed =
        readAll(EvidenceLoader.source(BACH_THONG_CSV, "bach-thong.csv", catalog));
    // then
    assertThat(streamed)
        .hasSize(14)
        .isEqualTo(EvidenceLoader.load(BACH_THONG_CSV, "bach-thong.csv", catalog));
    assertThat(streamed.get(0).unit().name()).isEqualTo("Thị trấn Phủ Thông");
  }

  @Test
  void source_directoryOfJson_givesTheUnitsInFileNameOrder() {
    // given
    Catalog catalog = sampleCatalog();
    // when
    List<EvidenceFile> streamed = readAll(EvidenceLoader.source(BACH_THONG, "bach-thong", catalog));
    // then
    assertThat(streamed)
        .extracting(f -> f.unit().code())
        .containsExactly(
            "01969", "01975", "01978", "01981", "01984", "01990", "01993", "01999", "02002",
            "02005", "02008", "02011", "02014", "02017");
    assertThat(streamed).isEqualTo(EvidenceLoader.load(BACH_THONG, "bach-thong", catalog));
  }

  @Test
  void source_directoryOfJsonAndCsv_readsEachFileWhenItsTurnComes(@TempDir Path dir)
      throws IOException {
    // given
    Files.writeString(
        dir.resolve("b.csv"), HEADER + row("02", "Xã Bình", "3") + row("03", "Xã Cư", "1"));
    Files.writeString(dir.resolve("a.json"), json("01", "Xã An"));
    Files.writeString(dir.resolve("c.json"), json("04", "Phường Đông"));
    Files.writeString(dir.resolve("ghi-chu.txt"), "not evidence");
    EvidenceSource source = EvidenceLoader.source(dir, "units", CATALOG);
    // when
    List<String> codes = new ArrayList<>();
    try (EvidenceSource.Cursor cursor = source.iterator()) {
      codes.add(cursor.next().unit().code());
      // c.json is read only when its turn comes: break it before
      Files.writeString(dir.resolve("c.json"), json("05", "Phường Tây"));
      cursor.forEachRemaining(f -> codes.add(f.unit().code()));
    }
    // then
    assertThat(codes).containsExactly("01", "02", "03", "05");
  }

  @Test
  void source_manyVietnameseRows_givesWhatReadingTheWholeTextGives(@TempDir Path dir)
      throws IOException {
    // given: some 600 KiB, so rows and multi-byte characters straddle the reader's buffers
    String text = district(5_000);
    Path csv = Files.writeString(dir.resolve("xã.csv"), text);
    // when
    List<EvidenceFile> streamed = readAll(EvidenceLoader.source(csv, "xã.csv", CATALOG));
    // then
    assertThat(streamed).isEqualTo(CsvEvidenceReader.read("xã.csv", text.substring(1), CATALOG));
    assertThat(streamed).hasSize(5_000);
    assertThat(streamed.get(4_321).unit().name()).isEqualTo("Phường Hòa Bình 4321");
    assertThat(streamed.get(4_321).evidence().evidence("ghi_chu").orElseThrow().value())
        .hasValueSatisfying(
            v -> assertThat(v.toString()).contains("Họp đủ, có biên bản \uD83D\uDCC4\nđã ký"));
  }

  @Test
  void source_iteratedAgain_readsTheFileAgain(@TempDir Path dir) throws IOException {
    // given
    Path csv = Files.writeString(dir.resolve("units.csv"), district(50));
    EvidenceSource source = EvidenceLoader.source(csv, "units.csv", CATALOG);
    List<EvidenceFile> first = readAll(source);
    // when
    List<EvidenceFile> second = readAll(source);
    Files.writeString(csv, district(60));
    List<EvidenceFile> third = readAll(source);
    // then
    assertThat(second).hasSize(50).isEqualTo(first);
    assertThat(third).hasSize(60).startsWith(first.toArray(EvidenceFile[]::new));
  }

  @Test
  void source_directory_readsTheFilesItHeldWhenOpened(@TempDir Path dir) throws IOException {
    // given
    Files.writeString(dir.resolve("a.json"), json("01", "Xã An"));
    EvidenceSource source = EvidenceLoader.source(dir, "units", CATALOG);
    // when
    Files.writeString(dir.resolve("b.json"), json("02", "Xã Bình"));
    // then
    assertThat(readAll(source)).extracting(f -> f.unit().code()).containsExactly("01");
    assertThat(readAll(EvidenceLoader.source(dir, "units", CATALOG))).hasSize(2);
  }

  @Test
  void source_catalogWithBest_evaluatesAsTheLoadedList(@TempDir Path dir) throws IOException {
    // given: best(…) makes evaluateAll read the source twice
    CompiledCatalog catalog =
        EvaluationFixtures.compile(
            EvaluationFixtures.catalog(
                "    count so_cuoc_hop \"Số cuộc họp\"",
                "  area \"1\" \"Họp định kỳ\" max 10 {\n"
                    + "    points = so_cuoc_hop / best(so_cuoc_hop) * max\n"
                    + "  }"));
    StringBuilder text = new StringBuilder(HEADER.replace(",ghi_chu", ""));
    for (int i = 0; i < 3_000; i++) {
      text.append(
          String.format("%05d,%s %d,commune,xa,063,2022,%d%n", i, NAMES[i % 10], i, i % 97));
    }
    Path csv = Files.writeString(dir.resolve("units.csv"), text);
    EvidenceSource source = EvidenceLoader.source(csv, "units.csv", catalog.catalog());
    // when
    List<Scorecard> cards = new ArrayList<>();
    catalog.evaluateAll(source, cards::add);
    // then
    assertThat(cards)
        .isEqualTo(catalog.evaluateAll(EvidenceLoader.load(csv, "units.csv", catalog.catalog())));
    assertThat(cards.get(96).node("1").orElseThrow().earned())
        .isEqualTo(EvaluationFixtures.dec("10"));
  }

  // ---------------------------------------------------------------- errors while reading

  @Test
  void cursor_badCellFarIntoTheFile_givesTheRowsBeforeThenLoadsPositionedError(@TempDir Path dir)
      throws IOException {
    // given: row 4,000 (line 8,001: a comment, the header, two lines a row) has a bad count
    String good = district(3_999);
    String bad = "03999,Phường Hòa Bình 3999,commune,xa,063,2022,mười,\"Họp\"\n";
    Path csv = Files.writeString(dir.resolve("xã.csv"), good + bad + row("04000", "Xã An", "1"));
    String message =
        "xã.csv:8001:"
            + ("03999,Phường Hòa Bình 3999,commune,xa,063,2022,".length() + 1)
            + ": column 'so_cuoc_hop' (count): expected a whole number such as '12' but found"
            + " 'mười'";
    Iterator<EvidenceFile> cursor = EvidenceLoader.source(csv, "xã.csv", CATALOG).iterator();
    // when
    List<EvidenceFile> before = new ArrayList<>();
    for (int i = 0; i < 3_999; i++) {
      before.add(cursor.next());
    }
    // then
    assertThat(before.get(3_998).unit().name()).isEqualTo("Xã Sĩ Bình 3998");
    assertThatThrownBy(cursor::hasNext)
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(message);
    assertThat(cursor.hasNext()).as("after the error").isFalse();
    assertThatThrownBy(() -> EvidenceLoader.load(csv, "xã.csv", CATALOG)).hasMessage(message);
  }

  @Test
  void cursor_badBytesAfterGoodRows_givesTheRowsThenTheUtf8Error(@TempDir Path dir)
      throws IOException {
    // given
    Path csv =
        Files.write(
            dir.resolve("units.csv"), concat(utf8(district(2_000)), new byte[] {'0', (byte) 0xC3}));
    Iterator<EvidenceFile> cursor = EvidenceLoader.source(csv, "units.csv", CATALOG).iterator();
    // when
    int read = 0;
    InvalidInputException error = null;
    try {
      while (cursor.hasNext()) {
        cursor.next();
        read++;
      }
    } catch (InvalidInputException e) {
      error = e;
    }
    // then: a lone lead byte at the very end is caught too
    assertThat(read).isLessThanOrEqualTo(2_000);
    assertThat(error)
        .hasMessage(
            "cannot read 'units.csv': expected UTF-8 text but found "
                + "byte 0xC3 at line 4003, column 2 (byte offset 191390)");
  }

  @Test
  void cursor_fileGoneAfterOpening_saysNoSuchFile(@TempDir Path dir) throws IOException {
    // given
    Path csv = Files.writeString(dir.resolve("units.csv"), district(3));
    EvidenceSource source = EvidenceLoader.source(csv, "units.csv", CATALOG);
    Files.delete(csv);
    // when / then
    assertThatThrownBy(() -> source.iterator().hasNext())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cannot read 'units.csv': no such file");
  }

  @Test
  void cursor_unitOfAnEarlierFile_isReportedAfterTheRestOfItsFile(@TempDir Path dir)
      throws IOException {
    // given
    Files.writeString(dir.resolve("a.json"), json("01", "Xã An"));
    Files.writeString(
        dir.resolve("b.csv"), HEADER + row("02", "Xã Bình", "3") + row("01", "Xã An", "3"));
    Iterator<EvidenceFile> cursor = EvidenceLoader.source(dir, "units", CATALOG).iterator();
    // when
    List<String> codes = List.of(cursor.next().unit().code(), cursor.next().unit().code());
    // then
    assertThat(codes).containsExactly("01", "02");
    assertThatThrownBy(cursor::hasNext)
        .hasMessage("duplicate unit '01' for period 2022 in 'units/a.json' and 'units/b.csv'");
  }

  @Test
  void cursor_closedEarly_hasNoMoreUnits(@TempDir Path dir) throws IOException {
    // given
    Path csv = Files.writeString(dir.resolve("units.csv"), district(10));
    EvidenceSource.Cursor cursor = EvidenceLoader.source(csv, "units.csv", CATALOG).iterator();
    cursor.next();
    // when
    cursor.close();
    // then
    assertThat(cursor.hasNext()).isFalse();
  }

  @Test
  void source_pathOfAnotherType_failsWhenOpened(@TempDir Path dir) throws IOException {
    // given
    Path xlsx = Files.writeString(dir.resolve("units.xlsx"), "x");
    // when / then
    assertThatThrownBy(() -> EvidenceLoader.source(xlsx, "units.xlsx", CATALOG))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "cannot read 'units.xlsx': expected a .json or .csv evidence file or a directory of"
                + " them");
    assertThatThrownBy(() -> EvidenceLoader.source(dir.resolve("nope"), "nope", CATALOG))
        .hasMessage("cannot read 'nope': no such file");
  }
}
