package dev.rubric.testkit;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample data that Rubric's docs test with, shipped in this jar: the bundled sample catalog
 * {@code cchc-xa-2022.rubric} (a commune-level PAR index, "Chỉ số CCHC cấp xã") and the 2022
 * evidence of Thị trấn Phủ Thông ({@code 01969-phu-thong.json}), the same files as the repository's
 * {@code examples/data}. Use them to try the testkit before your own catalog exists.
 */
public final class SampleData {

  /** The classpath folder of the files, relative to this class's package. */
  private static final String FOLDER = "sample/";

  private static final CompiledCatalog CATALOG =
      Rubric.standard()
          .compile(SourceText.of("cchc-xa-2022.rubric", read("cchc-xa-2022.rubric")))
          .orElseThrow();

  private SampleData() {}

  /** Returns the text of the sample catalog {@code cchc-xa-2022.rubric}. */
  public static String catalogText() {
    return read("cchc-xa-2022.rubric");
  }

  /** Returns the sample catalog, compiled once. */
  public static CompiledCatalog catalog() {
    return CATALOG;
  }

  /**
   * Returns the 2022 evidence of Thị trấn Phủ Thông (unit {@code 01969}, a town with a one-stop
   * shop), read anew on each call.
   */
  public static EvidenceFile phuThong2022() {
    return Json.readEvidence("01969-phu-thong.json", read("01969-phu-thong.json"));
  }

  private static String read(String name) {
    try (InputStream in = SampleData.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the testkit jar lacks " + FOLDER + name + "; rebuild rubric-testkit");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
