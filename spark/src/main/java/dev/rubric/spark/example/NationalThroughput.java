package dev.rubric.spark.example;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.spark.SparkCatalog;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Measures evaluation throughput for {@code docs/spark.md}: the national evidence of {@code
 * communes} communes (at most 20 dossiers each: the evaluation does not see how many), aggregated
 * once and cached, then evaluated (a) by Spark with each partition count given (also used for the
 * shuffle of the duplicate check), counting the result rows, and (b) in this JVM by the library's
 * streaming evaluation ({@code CompiledCatalog.evaluateAll}) reading the same rows from CSV text.
 * Each is run {@code rounds} times; the last (warm) round is reported, in units per second.
 * Arguments: {@code catalog communes rounds partitions...}, for example {@code
 * spark/data/national.rubric 100000 3 2 4 8}. Wall-clock timing on a shared machine: a rough
 * figure, not a benchmark.
 */
public final class NationalThroughput {
  private NationalThroughput() {}

  /** Runs the measurement; prints one line per configuration. */
  public static void main(String[] args) throws IOException {
    Path catalogFile = Path.of(args[0]);
    int communes = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    String text = Files.readString(catalogFile, StandardCharsets.UTF_8);
    SparkSession.Builder builder = SparkSession.builder().appName("rubric-throughput");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[2]");
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      NationalData data = new NationalData(NationalData.Layout.PROVINCES_63, communes, 17, 20);
      // without the rows whose plan date was mistyped: the CSV reader stops at a bad row
      Dataset<Row> evidence =
          data.evidence(spark)
              .drop("district_code", "province_code")
              .filter(
                  col("ke_hoach_cchc").isNull().or(not(col("ke_hoach_cchc").rlike(";[0-9]{2}/"))))
              .cache();
      List<Row> rows = evidence.orderBy(col("unit_code")).collectAsList();
      int units = rows.size();
      SparkCatalog catalog = SparkCatalog.compile(String.valueOf(catalogFile.getFileName()), text);
      for (int a = 3; a < args.length; a++) {
        int partitions = Integer.parseInt(args[a]);
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(partitions));
        Dataset<Row> parts = evidence.repartition(partitions).cache();
        parts.count();
        double seconds = 0;
        for (int r = 0; r < rounds; r++) {
          long start = System.nanoTime();
          parts.count(); // warm the cache read path too
          long n = catalog.evaluate(parts).count();
          seconds = (System.nanoTime() - start) / 1e9;
          if (n != units) {
            throw new IllegalStateException("expected " + units + " results but found " + n);
          }
        }
        parts.unpersist();
        System.out.printf(
            Locale.ROOT,
            "spark %s, %d partitions: %d units in %.2f s, %.0f units/s%n",
            spark.sparkContext().master(),
            partitions,
            units,
            seconds,
            units / seconds);
      }
      String csv = csv(rows);
      CompiledCatalog compiled = catalog.catalog();
      double seconds = 0;
      long[] n = {0};
      for (int r = 0; r < rounds; r++) {
        long start = System.nanoTime();
        n[0] = 0;
        compiled.evaluateAll(
            () -> reader(csv, compiled),
            (Scorecard card) -> {
              n[0]++;
            });
        seconds = (System.nanoTime() - start) / 1e9;
      }
      System.out.printf(
          Locale.ROOT,
          "one JVM (CSV reader + evaluateAll, %d cores): %d units in %.2f s, %.0f units/s%n",
          Runtime.getRuntime().availableProcessors(),
          n[0],
          seconds,
          n[0] / seconds);
    } finally {
      spark.stop();
    }
  }

  private static Iterator<EvidenceFile> reader(String csv, CompiledCatalog compiled) {
    return CsvEvidenceReader.iterator("national.csv", new StringReader(csv), compiled.catalog());
  }

  private static String csv(List<Row> rows) {
    StringBuilder b = new StringBuilder();
    List<String> header = new ArrayList<>(List.of(rows.get(0).schema().fieldNames()));
    b.append(String.join(",", header)).append('\n');
    for (Row r : rows) {
      for (int i = 0; i < header.size(); i++) {
        Object v = r.get(i);
        b.append(i == 0 ? "" : ",").append(v == null ? "" : v.toString());
      }
      b.append('\n');
    }
    return b.toString();
  }
}
