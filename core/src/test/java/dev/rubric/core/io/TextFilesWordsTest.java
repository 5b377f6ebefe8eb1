package dev.rubric.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rubric.core.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file that is not UTF-8 is reported in Vietnamese and in English, with the same position. */
class TextFilesWordsTest {

  @TempDir Path dir;

  @Test
  void read_notUtf8_saysWhereInBothLanguages() throws IOException {
    Path p = dir.resolve("units.csv");
    Files.write(p, new byte[] {'a', 'b', '\n', 'c', (byte) 0xE3, '\n'});

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> TextFiles.read(p, "units.csv"));

    assertThat(e.getMessage())
        .isEqualTo(
            "cannot read 'units.csv': expected UTF-8 text but found byte 0xE3 at line 2, column 2"
                + " (byte offset 4)");
    assertThat(e.message(Language.VI))
        .isEqualTo(
            "không đọc được 'units.csv': cần văn bản UTF-8 nhưng gặp byte 0xE3 ở dòng 2, cột 2"
                + " (vị trí byte 4)");
  }

  @Test
  void read_brokenSequence_namesItsByteInBothLanguages() throws IOException {
    Path p = dir.resolve("units.csv");
    Files.write(p, new byte[] {(byte) 0xC3, '('});

    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> TextFiles.read(p, "units.csv"));

    assertThat(e.getMessage()).contains("but found byte");
    assertThat(e.message(Language.VI)).contains("nhưng gặp byte 0xC3 ở dòng 1, cột 1");
  }
}
