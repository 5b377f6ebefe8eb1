package dev.rubric.cli;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and names the test fixtures. */
public final class Cli {

  /**
   * The bundled sample catalog, relative to a module directory (the tests' working directory), so
   * that it resolves from cli/ and examples/ alike.
   */
  public static final String CATALOG = "../examples/data/catalogs/cchc-xa-2022.rubric";

  /** The bundled evidence directory of Bạch Thông's units. */
  public static final String EVIDENCE_DIR = "../examples/data/evidence/bach-thong-2022";

  /** The bundled evidence of Bạch Thông's units as CSV. */
  public static final String EVIDENCE_CSV = "../examples/data/evidence/bach-thong-2022.csv";

  /** The bundled waivers of Cao Sơn (02002) for 2022. */
  public static final String WAIVERS = "../examples/data/waivers/02002-cao-son-2022.json";

  /** The bundled evidence of Thị trấn Phủ Thông. */
  public static final String PHU_THONG =
      "../examples/data/evidence/bach-thong-2022/01969-phu-thong.json";

  private Cli() {}

  /**
   * What one run printed and returned.
   *
   * @param status the exit status
   * @param out what went to standard output
   * @param err what went to standard error
   */
  public record Result(int status, String out, String err) {}

  /** Runs {@code rubric args} without colour. */
  public static Result run(String... args) {
    return run(false, args);
  }

  /** Runs {@code rubric --lang en args} without colour: errors and reports in English. */
  public static Result runEn(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--lang";
    all[1] = "en";
    System.arraycopy(args, 0, all, 2, args.length);
    return run(false, all);
  }

  /** Runs {@code rubric args} on a terminal that may ({@code colour}) or may not be coloured. */
  public static Result run(boolean colour, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        Main.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            colour);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Returns the path of the test fixture {@code name}, relative to the module directory. */
  public static String fixture(String name) {
    return "../cli/src/test/resources/fixtures/" + name;
  }

  /** Returns the test catalog {@code fixtures/tiny.rubric}, compiled. */
  public static CompiledCatalog tinyCatalog() {
    return compile(fixture("tiny.rubric"));
  }

  /** Returns the catalog file at {@code path}, compiled; fails on errors. */
  public static CompiledCatalog compile(String path) {
    try {
      return Rubric.standard()
          .compile(SourceText.of(path, Files.readString(Path.of(path))))
          .orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
