package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.csv.CsvRowMapper;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.InvalidCatalogException;
import dev.rubric.dsl.Rubric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A catalog, given as {@code .rubric} text, ready to evaluate Spark {@code Dataset}s of evidence
 * rows: one result row per input row, evaluated inside the executors. Immutable; configure with the
 * {@code with…} methods, which return copies.
 *
 * <pre>{@code
 * SparkCatalog catalog = SparkCatalog.compile("cchc-xa.rubric", text).withKept("province_code");
 * Dataset<Row> evidence = spark.read().option("header", true).option("comment", "#")
 *     .schema(catalog.evidenceTextSchema()).csv("units.csv");
 * Dataset<Row> results = catalog.evaluate(evidence);
 * Dataset<Row> ranked = SparkRanking.rank(results, "province_code", "province_rank");
 * }</pre>
 *
 * <p><b>Evidence rows.</b> The columns are those of Rubric's CSV evidence files ({@link
 * CsvEvidenceReader}), mapped to the catalog's declared inputs the same way: {@code unit_code,
 * unit_name, level, kind, parent_code, period}, then {@code attr:<name>} columns for unit
 * attributes and one column per input key, in any order; an input without a column is missing for
 * every unit. String columns hold cells as a CSV file does ({@code 412/420}, {@code
 * 12/KH-UBND;2022-01-20}, {@code !explanation}, {@code ~incomplete}); typed columns ({@link
 * #evidenceSchema()}) hold values, null being missing. Further columns must be named with {@link
 * #withKept}: they are copied to the results (a province code to rank by, say); any other column is
 * refused, with a suggestion, so that a misspelt input is not silently missing.
 *
 * <p><b>Results</b> ({@link #resultSchema(StructType)}): the unit, period and kept columns; {@code
 * status} {@value #EVALUATED} or {@value #REJECTED}; for an evaluated unit the rounded index as the
 * catalog publishes it ({@code index}, text, exactly the library's) and as a decimal to sort by
 * ({@code index_value}), the band, the points of each top-level node and the finding codes with
 * severity; for a rejected row, the column and reason of its first bad cell (or, for every row of a
 * unit and period given more than once, {@code unit_code} and "duplicate unit …"); the catalog
 * hash; and, with {@link #withScorecardJson}, the whole scorecard as {@code rubric-scorecard/1}
 * JSON. A bad row is a rejected result row, never a failed task and never dropped.
 *
 * <p><b>Executors.</b> The catalog text travels as a broadcast string; each executor JVM compiles
 * it once, on first use, and keeps it by catalog hash. Nothing of Rubric's is serialized.
 *
 * <p><b>Cohorts.</b> A catalog that compares units with their cohort ({@code best(x)}) is evaluated
 * per group of {@link #withCohort cohort column} (the whole Dataset by default), each group with
 * the library's streaming cohort evaluation in one task.
 */
public final class SparkCatalog {

  /** The {@code status} of a row that was evaluated. */
  public static final String EVALUATED = "evaluated";

  /** The {@code status} of a row whose cells do not map to evidence; it has a problem instead. */
  public static final String REJECTED = "rejected";

  /**
   * The scale of {@code index_value}: {@link dev.rubric.core.result.Scorecard#MAX_INDEX_DECIMALS},
   * so that every rounded index fits exactly.
   */
  public static final int INDEX_SCALE = 10;

  /** The type of {@code index_value}, and of typed quantity columns: 28 digits before the point. */
  private static final DataType DECIMAL = DataTypes.createDecimalType(38, INDEX_SCALE);

  private final String name;
  private final String text;
  private final CompiledCatalog compiled;
  private final List<String> kept;
  private final Optional<String> cohort;
  private final boolean json;

  private SparkCatalog(
      String name,
      String text,
      CompiledCatalog compiled,
      List<String> kept,
      Optional<String> cohort,
      boolean json) {
    this.name = name;
    this.text = text;
    this.compiled = compiled;
    this.kept = kept;
    this.cohort = cohort;
    this.json = json;
  }

  /**
   * Compiles catalog text on the driver; executors compile the same text again once each.
   *
   * @param name the catalog's file name in messages, such as {@code cchc-xa.rubric}
   * @param text the catalog text
   * @throws InvalidCatalogException with the rendered diagnostics, if the text has errors
   */
  public static SparkCatalog compile(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    CompiledCatalog c = Rubric.standard().compile(SourceText.of(name, text)).orElseThrow();
    return new SparkCatalog(name, text, c, List.of(), Optional.empty(), false);
  }

  /** Returns the compiled catalog (on the driver). */
  public CompiledCatalog catalog() {
    return compiled;
  }

  /**
   * Returns a copy that copies {@code columns} of the evidence rows to the result rows, after the
   * unit columns, with their types.
   */
  public SparkCatalog withKept(String... columns) {
    List<String> list = List.copyOf(Arrays.asList(columns));
    return new SparkCatalog(name, text, compiled, list, cohort, json);
  }

  /**
   * Returns a copy that evaluates a cohort-comparing catalog per value of {@code column} (a
   * district or province code, kept or an evidence column); it has no effect on other catalogs.
   */
  public SparkCatalog withCohort(String column) {
    Objects.requireNonNull(column, "column");
    return new SparkCatalog(name, text, compiled, kept, Optional.of(column), json);
  }

  /** Returns a copy whose result rows do or do not carry the scorecard JSON. */
  public SparkCatalog withScorecardJson(boolean include) {
    return new SparkCatalog(name, text, compiled, kept, cohort, include);
  }

  /**
   * Returns the evidence schema with every column a string, holding CSV cell text. Read CSV files
   * with it: every cell reaches Rubric as written, so a bad cell becomes a rejected row naming its
   * column and the reason, where a typed schema would make Spark turn it into a silent null.
   */
  public StructType evidenceTextSchema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : CsvEvidenceReader.FIXED_COLUMNS) {
      fields.add(field(c, DataTypes.StringType));
    }
    Catalog catalog = compiled.catalog();
    for (InputDecl a : catalog.attributes()) {
      fields.add(field(CsvEvidenceReader.ATTRIBUTE_PREFIX + a.key(), DataTypes.StringType));
    }
    for (InputDecl in : catalog.inputs()) {
      fields.add(field(in.key(), DataTypes.StringType));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * Returns the evidence schema with one typed column per input: count {@code long}; quantity with
   * a declared unit {@code decimal(38,10)}; flag {@code boolean}; date {@code date}; ratio,
   * document, choice, text and a quantity without a declared unit {@code string} in CSV cell form.
   * Attributes: flag {@code boolean}, count and quantity {@code decimal(38,10)}, date {@code date},
   * others {@code string}. {@code period} is an {@code int}, the other unit columns strings. Use it
   * for Parquet and for Datasets made with Spark SQL; a null is missing evidence.
   */
  public StructType evidenceSchema() {
    List<StructField> fields = new ArrayList<>();
    for (String c : CsvEvidenceReader.FIXED_COLUMNS) {
      fields.add(field(c, c.equals("period") ? DataTypes.IntegerType : DataTypes.StringType));
    }
    Catalog catalog = compiled.catalog();
    for (InputDecl a : catalog.attributes()) {
      DataType t =
          switch (a.type()) {
            case FLAG -> DataTypes.BooleanType;
            case COUNT, QUANTITY -> DECIMAL;
            case DATE -> DataTypes.DateType;
            default -> DataTypes.StringType;
          };
      fields.add(field(CsvEvidenceReader.ATTRIBUTE_PREFIX + a.key(), t));
    }
    for (InputDecl in : catalog.inputs()) {
      DataType t =
          switch (in.type()) {
            case COUNT -> DataTypes.LongType;
            case QUANTITY -> in.unit().isPresent() ? DECIMAL : DataTypes.StringType;
            case FLAG -> DataTypes.BooleanType;
            case DATE -> DataTypes.DateType;
            default -> DataTypes.StringType;
          };
      fields.add(field(in.key(), t));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** Returns the schema of the results of evaluating {@code evidence}. */
  public StructType resultSchema(StructType evidence) {
    List<StructField> fields = new ArrayList<>();
    fields.add(field("unit_code", DataTypes.StringType));
    fields.add(field("unit_name", DataTypes.StringType));
    fields.add(field("parent_code", DataTypes.StringType));
    fields.add(field("period", DataTypes.StringType));
    for (String k : kept) {
      fields.add(evidence.apply(evidence.fieldIndex(k)));
    }
    fields.add(field("status", DataTypes.StringType));
    fields.add(field("index", DataTypes.StringType));
    fields.add(field("index_value", DECIMAL));
    fields.add(field("band", DataTypes.StringType));
    StructType area =
        new StructType(
            new StructField[] {
              field("code", DataTypes.StringType),
              field("earned", DataTypes.StringType),
              field("applicable_max", DataTypes.StringType)
            });
    fields.add(field("areas", DataTypes.createArrayType(area, false)));
    StructType finding =
        new StructType(
            new StructField[] {
              field("code", DataTypes.StringType), field("severity", DataTypes.StringType)
            });
    fields.add(field("findings", DataTypes.createArrayType(finding, false)));
    fields.add(field("problem_column", DataTypes.StringType));
    fields.add(field("problem_reason", DataTypes.StringType));
    fields.add(field("catalog_hash", DataTypes.StringType));
    if (json) {
      fields.add(field("scorecard_json", DataTypes.StringType));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  /**
   * Evaluates every row of {@code evidence}; lazy, like any Dataset transformation. The result has
   * one row per input row, in no particular order; sort it (by {@code unit_code}, {@code period})
   * for deterministic output.
   *
   * @throws CsvFormatException if a column is neither a unit column, a declared input or attribute
   *     ({@code attr:<name>}) nor kept, or a unit column is missing, with a suggestion where one
   *     fits
   * @throws IllegalArgumentException if a kept or cohort column is not in {@code evidence}
   */
  public Dataset<Row> evaluate(Dataset<Row> evidence) {
    Objects.requireNonNull(evidence, "evidence");
    StructType schema = evidence.schema();
    Set<String> keptSet = new LinkedHashSet<>(kept);
    for (String k : kept) {
      requireColumn(schema, k, "kept");
    }
    cohort.ifPresent(c -> requireColumn(schema, c, "cohort"));
    List<String> header = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    // the unit columns first, wherever they are, then the others in Dataset order
    for (String c : CsvEvidenceReader.FIXED_COLUMNS) {
      if (Arrays.asList(schema.fieldNames()).contains(c)) {
        header.add(c);
        positions.add(schema.fieldIndex(c));
      }
    }
    for (String c : schema.fieldNames()) {
      if (!CsvEvidenceReader.FIXED_COLUMNS.contains(c) && !keptSet.contains(c)) {
        header.add(c);
        positions.add(schema.fieldIndex(c));
      }
    }
    CsvRowMapper.of(name, header, compiled.catalog()); // the header's problems, on the driver
    List<Integer> keep = kept.stream().map(schema::fieldIndex).toList();
    StructType resultSchema = resultSchema(schema);
    Broadcast<String> broadcast =
        JavaSparkContext.fromSparkContext(evidence.sparkSession().sparkContext()).broadcast(text);
    Plan plan =
        new Plan(
            name,
            compiled.hash(),
            broadcast,
            List.copyOf(header),
            List.copyOf(positions),
            keep,
            json,
            resultSchema);
    Dataset<Row> results;
    if (!compiled.needsCohort()) {
      results = evidence.mapPartitions(new EvaluatePartition(plan), Encoders.row(resultSchema));
    } else {
      int group = cohort.map(schema::fieldIndex).orElse(-1);
      results =
          evidence
              .groupByKey(
                  (MapFunction<Row, String>) row -> group < 0 ? "" : Cells.text(row.get(group)),
                  Encoders.STRING())
              .flatMapGroups(new EvaluateCohort(plan), Encoders.row(resultSchema));
    }
    return rejectDuplicates(results, resultSchema);
  }

  /**
   * Rejects every row whose unit and period another row has too, as the CSV reader refuses a unit
   * given twice: which of two evidence rows is right is not Rubric's to guess. A row rejected for a
   * bad cell keeps that problem.
   */
  private static Dataset<Row> rejectDuplicates(Dataset<Row> results, StructType schema) {
    WindowSpec same = Window.partitionBy(col("unit_code"), col("period"));
    Column rows = count(lit(1)).over(same);
    Column duplicate =
        col("unit_code")
            .isNotNull()
            .and(col("status").equalTo(lit(EVALUATED)))
            .and(col("_rows").gt(1));
    Column reason =
        concat(
            lit("duplicate unit '"),
            col("unit_code"),
            lit("' for period "),
            col("period"),
            lit(" ("),
            col("_rows").cast("string"),
            lit(" rows)"));
    List<Column> columns = new ArrayList<>();
    for (StructField f : schema.fields()) {
      String n = f.name();
      Column c = col(n);
      Column replaced =
          switch (n) {
            case "status" -> when(duplicate, lit(REJECTED)).otherwise(c);
            case "problem_column" -> when(duplicate, lit("unit_code")).otherwise(c);
            case "problem_reason" -> when(duplicate, reason).otherwise(c);
            case "index", "index_value", "band", "areas", "findings", "scorecard_json" ->
                when(duplicate, lit(null).cast(f.dataType())).otherwise(c);
            default -> c;
          };
      columns.add(replaced.alias(n));
    }
    return results.withColumn("_rows", rows).select(columns.toArray(Column[]::new));
  }

  private static void requireColumn(StructType schema, String column, String what) {
    if (!Arrays.asList(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException(
          what + " column '" + column + "' is not a column of the evidence Dataset");
    }
  }

  private static StructField field(String name, DataType type) {
    return new StructField(name, type, true, Metadata.empty());
  }

  @Override
  public String toString() {
    return "SparkCatalog[" + name + ", " + compiled.hash() + "]";
  }
}
