package dev.rubric.spark.example;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_json;

import dev.rubric.spark.SparkCatalog;
import dev.rubric.spark.SparkRanking;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The national example job: synthetic raw dossier and document records for every commune of the
 * country, aggregated with Spark SQL into per-commune evidence, evaluated with Rubric, ranked
 * within district and province, and written as Parquet and CSV. See {@code docs/spark.md} for the
 * commands.
 *
 * <pre>
 * spark-submit --class dev.rubric.spark.example.NationalJob spark/target/rubric-spark-job.jar \
 *     --catalog spark/data/national.rubric --out target/national [--communes 10000]
 *     [--layout 63|34] [--seed 17] [--max-dossiers 60] [--partitions 8]
 * </pre>
 *
 * <p>Outputs under {@code --out}: {@code results/} (Parquet, every result column and the ranks),
 * {@code results-csv/} (one CSV file: unit, province, status, index, band, ranks, problem), {@code
 * bands-csv/} (units per band per province). Rows are sorted by unit code, so the same arguments
 * give the same files.
 */
public final class NationalJob {

  private NationalJob() {}

  /**
   * The job's arguments.
   *
   * @param catalog the catalog file
   * @param out the output folder, a path or a URI Spark can write to ({@code hdfs://…}, {@code
   *     s3a://…})
   * @param data what to generate
   * @param partitions the number of partitions of the evidence, or 0 for Spark's choice
   */
  public record Options(Path catalog, String out, NationalData data, int partitions) {

    /** Returns the output folder {@code name} under {@link #out}. */
    String output(String name) {
      return out.endsWith("/") ? out + name : out + "/" + name;
    }
  }

  /** The job's Datasets, all lazy. */
  public record Output(Dataset<Row> evidence, Dataset<Row> results, Dataset<Row> ranked) {}

  /** Runs the job from the command line; see the class description for the arguments. */
  public static void main(String[] args) throws IOException {
    Options options = parse(args);
    SparkSession.Builder builder = SparkSession.builder().appName("rubric-national");
    if (System.getProperty("spark.master") == null) {
      builder.master("local[*]"); // run with plain java: local mode on every core
    }
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, options, System.out);
    } finally {
      spark.stop();
    }
  }

  /**
   * Generates, aggregates, evaluates, ranks and writes; prints counts and timings to {@code out}
   * (never evidence values).
   */
  public static Output run(SparkSession spark, Options options, PrintStream out)
      throws IOException {
    long start = System.nanoTime();
    Output o = build(spark, options);
    o.ranked().cache();
    long units = o.ranked().count();
    long rejected = o.ranked().filter(col("status").equalTo(SparkCatalog.REJECTED)).count();
    double evaluated = (System.nanoTime() - start) / 1e9;
    Dataset<Row> sorted = o.ranked().orderBy(col("unit_code"), col("period"));
    sorted.write().mode(SaveMode.Overwrite).parquet(options.output("results"));
    List<Column> flat = new ArrayList<>();
    for (String c :
        List.of(
            "unit_code",
            "unit_name",
            "parent_code",
            "province_code",
            "period",
            "status",
            "index",
            "band",
            "district_rank",
            "province_rank",
            "problem_column",
            "problem_reason")) {
      flat.add(col(c));
    }
    flat.add(to_json(col("areas")).alias("areas"));
    sorted
        .select(flat.toArray(Column[]::new))
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", true)
        // RFC 4180: a quote inside a quoted field is doubled (Spark's default is a backslash,
        // which spreadsheet programs and most CSV readers split on)
        .option("escape", "\"")
        .csv(options.output("results-csv"));
    SparkRanking.bandDistribution(o.ranked(), "province_code")
        .coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .option("header", true)
        .csv(options.output("bands-csv"));
    o.ranked().unpersist();
    double total = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "%d units (%d rejected) in %d provinces, %s layout: evaluated and ranked in %.1f s,"
            + " written in %.1f s total%n",
        units,
        rejected,
        options.data().layout().provinces(),
        options.data().layout().hasDistricts() ? "district" : "two-level",
        evaluated,
        total);
    return o;
  }

  /** Returns the job's Datasets without running them. */
  public static Output build(SparkSession spark, Options options) throws IOException {
    String text = Files.readString(options.catalog(), StandardCharsets.UTF_8);
    String name = String.valueOf(options.catalog().getFileName());
    Dataset<Row> evidence = options.data().evidence(spark);
    if (options.partitions() > 0) {
      evidence = evidence.repartition(options.partitions());
    }
    SparkCatalog catalog =
        SparkCatalog.compile(name, text)
            .withKept("district_code", "province_code")
            .withCohort("province_code");
    Dataset<Row> results = catalog.evaluate(evidence);
    Dataset<Row> ranked = SparkRanking.rank(results, "province_code", "province_rank");
    ranked =
        options.data().layout().hasDistricts()
            ? SparkRanking.rank(ranked, "district_code", "district_rank")
            : ranked.withColumn("district_rank", lit(null).cast("int"));
    return new Output(evidence, results, ranked);
  }

  /** Parses {@code --name value} pairs. */
  static Options parse(String[] args) {
    Map<String, String> given = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException(
            "expected '--name value' pairs but found '" + args[i] + "'; " + USAGE);
      }
      given.put(args[i].substring(2), args[i + 1]);
    }
    for (String k : given.keySet()) {
      if (!List.of("catalog", "out", "communes", "layout", "seed", "max-dossiers", "partitions")
          .contains(k)) {
        throw new IllegalArgumentException("unknown option '--" + k + "'; " + USAGE);
      }
    }
    if (!given.containsKey("catalog") || !given.containsKey("out")) {
      throw new IllegalArgumentException("--catalog and --out are required; " + USAGE);
    }
    NationalData data =
        new NationalData(
            NationalData.Layout.of(given.getOrDefault("layout", "63")),
            Integer.parseInt(given.getOrDefault("communes", "10000")),
            Long.parseLong(given.getOrDefault("seed", "17")),
            Integer.parseInt(given.getOrDefault("max-dossiers", "60")));
    return new Options(
        Path.of(given.get("catalog")),
        given.get("out"),
        data,
        Integer.parseInt(given.getOrDefault("partitions", "0")));
  }

  private static final String USAGE =
      "usage: --catalog FILE --out DIR [--communes N] [--layout 63|34] [--seed N]"
          + " [--max-dossiers N] [--partitions N]";
}
