package dev.rubric.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.cohort.RankingAccumulator;
import dev.rubric.core.io.EvidenceLoader;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.report.RankingCsv;
import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code rubric rank} streams its evidence: a JVM of its own with an 80 MiB heap ({@value #HEAP})
 * ranks a generated CSV file of {@value #UNITS} communes, for a catalog with {@code best(…)}, so
 * that the file is read twice, and exits 0 with one ranking row per unit.
 *
 * <p>The numbers, measured on this file (12 MiB, each row with a note of some 130 characters): the
 * rank command needs about 60 MiB of heap, nearly all of it for what the ranking keeps of each unit
 * and for the rendered report, which grow with the number of units whatever the reading does; the
 * reading itself keeps each row's unit code, period and line, a few MiB. Loading every unit into a
 * list first, as the command did before it streamed, needs more than 112 MiB: the child then dies
 * of an {@code OutOfMemoryError} (exit status 3). The child takes about 10 s on two cores and is
 * given three minutes before the test fails.
 */
class RankStreamingHeapTest {

  private static final int UNITS = 50_000;
  private static final String HEAP = "-Xmx80m";

  /** A catalog with a cohort rule, a tiered rule, an attribute, a text input and bands. */
  private static final String CATALOG =
      """
      catalog "heap" version "1.0.0" {
        title "Bộ tiêu chí thử bộ nhớ" en "Heap test criteria"
        applies-to commune
        inputs {
          count dich_vu_cong "Số dịch vụ công trực tuyến có hồ sơ" en "Online services used"
          ratio dung_han "Hồ sơ giải quyết đúng hạn" en "Dossiers resolved on time"
          text ghi_chu "Ghi chú của đoàn kiểm tra" en "Inspectors' note"
        }
        attributes {
          flag co_mot_cua "Có bộ phận một cửa" en "Has a one-stop desk"
        }
        area "1" "Dịch vụ công trực tuyến" en "Online services" max 10 {
          points = dich_vu_cong / best(dich_vu_cong) * max
        }
        area "2" "Thủ tục hành chính" en "Procedures" max 4 {
          criterion "2.1" "Hồ sơ đúng hạn" en "On time" max 4
              applies-when unit.co_mot_cua else exclude {
            tiers dung_han { >= 100%: 4, >= 95%: 3, >= 90%: 2, otherwise: 0 }
          }
        }
        index percent
        round 2 half-up
        bands { "Tốt" en "Good" >= 90, "Khá" en "Fair" >= 70, otherwise "Kém" en "Poor" }
      }
      """;

  private static final List<String> NAMES =
      List.of(
          "Xã Đồng Tâm",
          "Phường Hòa Bình",
          "Thị trấn Phủ Thông",
          "Xã Quân Hà",
          "Xã Cẩm Giàng",
          "Xã Lục Bình",
          "Xã Nguyên Phúc",
          "Phường Ngọc Thụy",
          "Xã Sĩ Bình",
          "Xã Vũ Muộn");

  @Test
  void rank_50000UnitCsvIn80MiBHeap_exitsZeroWithARowPerUnit(@TempDir Path dir) throws Exception {
    // given
    Path catalog = Files.writeString(dir.resolve("heap.rubric"), CATALOG);
    Path units = writeUnits(dir.resolve("units.csv"));
    Path ranking = dir.resolve("ranking.csv");
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            HEAP,
            "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError",
            "-cp",
            classPath(),
            Main.class.getName(),
            "rank",
            "--catalog",
            catalog.toString(),
            "--evidence",
            units.toString(),
            "--format",
            "csv",
            "--out",
            ranking.toString());
    // when
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    child.getOutputStream().close();
    String out;
    boolean finished;
    try {
      out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      finished = child.waitFor(3, TimeUnit.MINUTES);
    } finally {
      child.destroyForcibly();
    }
    // then
    assertThat(finished).as("the child finished; it printed:%n%s", out).isTrue();
    assertThat(child.exitValue()).as("the child's exit status; it printed:%n%s", out).isZero();
    assertThat(out).isEmpty();
    List<String> rows = Files.readAllLines(ranking, StandardCharsets.UTF_8);
    assertThat(rows).hasSize(1 + UNITS);
    // first: a unit with the cohort's best count (4,000 = 1,880 * 7,919 mod 4,001) and no one-stop
    // desk (1,880 % 5 == 0), which excludes area 2; the lowest code of those with 100.00
    assertThat(rows.get(1)).isEqualTo("1,001880,Xã Đồng Tâm 1880,2022,10,100,100.00,Tốt,10,0");
  }

  /**
   * Writes {@value #UNITS} communes with Vietnamese names and a note each, one row at a time, and
   * returns the file.
   */
  private static Path writeUnits(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("\uFEFF# Dữ liệu giả lập cho kiểm tra bộ nhớ\n");
      w.write(
          "unit_code,unit_name,level,kind,parent_code,period,attr:co_mot_cua,dich_vu_cong,"
              + "dung_han,ghi_chu\n");
      for (int i = 0; i < UNITS; i++) {
        w.write(
            String.format(
                "%06d,%s %d,commune,xa,063,2022,%b,%d,%d/420,\"Đoàn kiểm tra ghi nhận: bộ phận"
                    + " một cửa hoạt động đúng quy định, hồ sơ được số hóa, niêm yết công khai"
                    + " thủ tục hành chính (%d).\"%n",
                i,
                NAMES.get(i % NAMES.size()),
                i,
                i % 5 != 0,
                (i * 7919L) % 4_001,
                380 + i % 41,
                i));
      }
    }
    return file;
  }

  /**
   * Returns this test's class path for a plain {@code java -cp}: the class path and module path of
   * this JVM, and the places the CLI's classes and those of the modules it uses come from.
   */
  private static String classPath() throws URISyntaxException {
    Set<String> entries = new LinkedHashSet<>();
    for (String property : List.of("java.class.path", "jdk.module.path")) {
      for (String entry : System.getProperty(property, "").split(File.pathSeparator, -1)) {
        if (!entry.isBlank()) {
          entries.add(entry);
        }
      }
    }
    for (Class<?> c :
        List.of(
            Main.class,
            EvidenceLoader.class,
            CompiledCatalog.class,
            RankingAccumulator.class,
            RankingCsv.class,
            CommandLine.class)) {
      entries.add(
          Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
    }
    return String.join(File.pathSeparator, entries);
  }
}
