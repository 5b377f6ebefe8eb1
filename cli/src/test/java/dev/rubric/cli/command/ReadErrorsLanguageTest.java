package dev.rubric.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cli.Cli;
import dev.rubric.cli.Cli.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A malformed CSV or workbook evidence file is one error line in the run's language: all Vietnamese
 * by default ({@code lỗi:} and the reader's detail), all English with {@code --lang en}.
 */
class ReadErrorsLanguageTest {

  @TempDir Path dir;

  private static Result evaluate(boolean english, String evidence, String... more) {
    String[] args = new String[5 + more.length];
    args[0] = "evaluate";
    args[1] = "--catalog";
    args[2] = Cli.fixture("tiny.rubric");
    args[3] = "--evidence";
    args[4] = evidence;
    System.arraycopy(more, 0, args, 5, more.length);
    return english ? Cli.runEn(args) : Cli.run(args);
  }

  private String badHeader() throws IOException {
    Path p = dir.resolve("bad.csv");
    Files.writeString(
        p,
        "unit_code,ho_so,level,kind,parent_code,period,so_cuoc_hop,dung_han\n"
            + "01,Xã An,commune,xa,,2022,4,412/420\n");
    return p.toString();
  }

  @Test
  void badHeader_isVietnameseByDefault() throws IOException {
    String file = badHeader();

    Result r = evaluate(false, file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "lỗi: " + file + ":1:11: cần 'unit_name' ở cột 2 của dòng tiêu đề nhưng gặp 'ho_so'\n");
  }

  @Test
  void badHeader_isEnglishWithLangEn() throws IOException {
    String file = badHeader();

    Result r = evaluate(true, file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "error: "
                + file
                + ":1:11: expected 'unit_name' in header column 2 but found 'ho_so'\n");
  }

  @Test
  void badNumberCell_isVietnameseByDefault() {
    String file = Cli.fixture("bad-row.csv");

    Result r = evaluate(false, file, "--unit", "01");

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "lỗi: "
                + file
                + ":3:29: cột 'so_cuoc_hop' (count): cần một số nguyên, ví dụ '12', nhưng gặp"
                + " 'abc'\n");
  }

  @Test
  void unknownInput_suggestsTheInputInVietnameseByDefault() {
    String file = Cli.fixture("unknown-input.csv");

    Result r = evaluate(false, file);

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "lỗi: "
                + file
                + ":1:63: bộ tiêu chí không có trường dữ liệu đầu vào 'dung_hn' (cột 8 của dòng"
                + " tiêu đề); có phải ý bạn là 'dung_han'?\n");
  }

  @Test
  void unknownInput_isEnglishWithLangEn() {
    String file = Cli.fixture("unknown-input.csv");

    Result r = evaluate(true, file);

    assertThat(r.err())
        .isEqualTo(
            "error: "
                + file
                + ":1:63: unknown catalog input 'dung_hn' in header column 8; did you mean"
                + " 'dung_han'?\n");
  }

  @Test
  void fileThatIsNotUtf8_isVietnameseByDefault() throws IOException {
    Path p = dir.resolve("latin1.csv");
    Files.write(p, "unit_code,unit_name\n01,X\u00e3 An\n".getBytes(StandardCharsets.ISO_8859_1));

    Result r = evaluate(false, p.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .isEqualTo(
            "lỗi: không đọc được '"
                + p
                + "': cần văn bản UTF-8 nhưng gặp byte 0xE3 ở dòng 2, cột 5 (vị trí byte 24)\n");
  }

  @Test
  void workbookThatIsNoWorkbook_isVietnameseByDefaultAndEnglishWithLangEn() throws IOException {
    Path p = dir.resolve("units.xlsx");
    Files.writeString(p, "unit_code,unit_name\n");

    Result vi = evaluate(false, p.toString());
    Result en = evaluate(true, p.toString());

    assertThat(vi.status()).isEqualTo(1);
    assertThat(vi.err())
        .isEqualTo(
            "lỗi: "
                + p
                + ": cần một sổ tính .xlsx (một tệp nén zip) nhưng gặp một loại tệp khác; tệp CSV"
                + " được đọc khi tên tệp có đuôi .csv\n");
    assertThat(en.err())
        .isEqualTo(
            "error: "
                + p
                + ": expected an .xlsx workbook (a zip archive) but found a file of another kind;"
                + " a CSV file is read when its name ends in .csv\n");
  }

  @Test
  void evidenceOfAnotherType_namesTheReadableTypesInVietnamese() throws IOException {
    Path p = Files.writeString(dir.resolve("units.txt"), "x");

    Result vi = evaluate(false, p.toString());
    Result en = evaluate(true, p.toString());

    assertThat(vi.err())
        .isEqualTo(
            "lỗi: không đọc được '"
                + p
                + "': cần một tệp dữ liệu kiểm chứng (.json, .csv hoặc .xlsx) hoặc một thư mục"
                + " chứa các tệp ấy\n");
    assertThat(en.err())
        .isEqualTo(
            "error: cannot read '"
                + p
                + "': expected a .json, .csv or .xlsx evidence file or a directory of them\n");
  }
}
