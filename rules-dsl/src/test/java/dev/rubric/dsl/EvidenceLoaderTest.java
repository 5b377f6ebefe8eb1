package dev.rubric.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link EvidenceLoader} and {@link TextFiles}: evidence by file type, with errors naming files.
 */
class EvidenceLoaderTest {

  private static final Path PHU_THONG =
      Path.of("../examples/data/evidence/bach-thong-2022/01969-phu-thong.json");
  private static final Path BACH_THONG_CSV =
      Path.of("../examples/data/evidence/bach-thong-2022.csv");

  private static final Catalog CATALOG = sampleCatalog();

  private static Catalog sampleCatalog() {
    Path path = Path.of("../examples/data/catalogs/cchc-xa-2022.rubric");
    try {
      return Rubric.standard()
          .compile(SourceText.of(path.toString(), Files.readString(path)))
          .orElseThrow()
          .catalog();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void load_jsonFile_readsOneUnit() {
    // when
    List<EvidenceFile> files = EvidenceLoader.load(PHU_THONG, "phu-thong.json", CATALOG);
    // then
    assertThat(files)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.unit().code()).isEqualTo("01969");
              assertThat(f.unit().name()).isEqualTo("Thị trấn Phủ Thông");
            });
  }

  @Test
  void load_csvFile_readsEveryRowInFileOrder() {
    // when
    List<EvidenceFile> files = EvidenceLoader.load(BACH_THONG_CSV, "bach-thong.csv", CATALOG);
    // then
    assertThat(files).hasSize(14);
    assertThat(files.get(0).unit().code()).isEqualTo("01969");
  }

  @Test
  void load_directory_readsJsonAndCsvFilesInNameOrder(@TempDir Path dir) throws IOException {
    // given
    Files.copy(PHU_THONG, dir.resolve("b.json"));
    Files.copy(
        Path.of("../examples/data/evidence/bach-thong-2022/01975-vi-huong.json"),
        dir.resolve("a.json"));
    Files.writeString(dir.resolve("notes.txt"), "not evidence");
    // when
    List<EvidenceFile> files = EvidenceLoader.load(dir, "units", CATALOG);
    // then
    assertThat(files).extracting(f -> f.unit().code()).containsExactly("01975", "01969");
  }

  @Test
  void load_sameUnitAndPeriodTwice_namesBothFiles(@TempDir Path dir) throws IOException {
    // given
    Files.copy(PHU_THONG, dir.resolve("a.json"));
    Files.copy(PHU_THONG, dir.resolve("b.json"));
    // when / then
    assertThatThrownBy(() -> EvidenceLoader.load(dir, "units", CATALOG))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("duplicate unit '01969' for period 2022 in 'units/a.json' and 'units/b.json'");
  }

  @Test
  void load_emptyDirectory_saysWhatItExpected(@TempDir Path dir) {
    assertThatThrownBy(() -> EvidenceLoader.load(dir, "units", CATALOG))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cannot read 'units': the directory holds no .json or .csv evidence file");
  }

  @Test
  void load_otherFileType_saysWhatItExpected(@TempDir Path dir) throws IOException {
    // given
    Path xlsx = Files.writeString(dir.resolve("units.xlsx"), "x");
    // when / then
    assertThatThrownBy(() -> EvidenceLoader.load(xlsx, "units.xlsx", CATALOG))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "cannot read 'units.xlsx': expected a .json or .csv evidence file or a directory of"
                + " them");
  }

  @Test
  void load_malformedJson_namesFileAndPosition(@TempDir Path dir) throws IOException {
    // given
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\n  \"format\": 1\n}\n");
    // when / then
    assertThatThrownBy(() -> EvidenceLoader.load(bad, "bad.json", CATALOG))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("bad.json:2:");
  }

  @Test
  void read_missingFile_saysNoSuchFile(@TempDir Path dir) {
    assertThatThrownBy(() -> TextFiles.read(dir.resolve("nope.json"), "nope.json"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("cannot read 'nope.json': no such file");
  }

  @Test
  void read_byteOrderMarkAndVietnamese_dropsTheMarkOnly(@TempDir Path dir) throws IOException {
    // given
    Path file = dir.resolve("bom.csv");
    Files.write(file, "\uFEFFXã Vi Hương".getBytes(StandardCharsets.UTF_8));
    // when / then
    assertThat(TextFiles.read(file, "bom.csv")).isEqualTo("Xã Vi Hương");
  }

  @Test
  void read_notUtf8_saysWhatItFound(@TempDir Path dir) throws IOException {
    // given
    Path file = Files.write(dir.resolve("latin1.csv"), new byte[] {'X', (byte) 0xE3, '\n'});
    // when / then
    assertThatThrownBy(() -> TextFiles.read(file, "latin1.csv"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "cannot read 'latin1.csv': expected UTF-8 text but found "
                + "byte 0xE3 at line 1, column 2 (byte offset 1)");
  }
}
