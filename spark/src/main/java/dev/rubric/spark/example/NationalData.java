package dev.rubric.spark.example;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lpad;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Synthetic national raw records for the example job: communes in provinces (and districts), the
 * dossiers each commune received in the year, and the documents it issued; then the per-commune
 * evidence that Spark SQL aggregates from them. Every value is a function of the seed and the
 * record's number (Spark's {@code xxhash64}), so the same arguments give the same records in any
 * partitioning, on any machine. All data is invented; the codes are not real ones.
 *
 * @param layout the administrative layout
 * @param communes the number of communes
 * @param seed the seed every random choice hashes
 * @param maxDossiers the most dossiers a commune receives (at least a fifth of it)
 */
public record NationalData(Layout layout, int communes, long seed, int maxDossiers) {

  /** The evaluation year. */
  public static final int YEAR = 2025;

  /** The administrative layout the communes are placed in. */
  public enum Layout {
    /** 63 provinces, each with districts (about 16 communes each); the layout until mid-2025. */
    PROVINCES_63(63, true),
    /** 34 provinces and no districts: the two-level layout in force from July 2025. */
    PROVINCES_34(34, false);

    private final int provinces;
    private final boolean districts;

    Layout(int provinces, boolean districts) {
      this.provinces = provinces;
      this.districts = districts;
    }

    /** Returns the number of provinces. */
    public int provinces() {
      return provinces;
    }

    /** Returns whether communes sit in districts (else directly in their province). */
    public boolean hasDistricts() {
      return districts;
    }

    /** Returns the layout named {@code 63} or {@code 34}. */
    public static Layout of(String provinces) {
      return switch (provinces) {
        case "63" -> PROVINCES_63;
        case "34" -> PROVINCES_34;
        default ->
            throw new IllegalArgumentException(
                "layout: expected '63' or '34' (provinces) but found '" + provinces + "'");
      };
    }
  }

  private static final String[] FIRST = {
    "Hòa", "An", "Tân", "Phú", "Bình", "Thạnh", "Long", "Hưng", "Đức", "Quảng", "Nghĩa", "Xuân",
    "Trường", "Vĩnh", "Hồng", "Thái", "Minh", "Kim", "Đông", "Sơn"
  };
  private static final String[] SECOND = {
    "Bình", "Lợi", "Thành", "Phước", "Hiệp", "Lộc", "Điền", "Mỹ", "Thuận", "Hà", "Yên", "Tiến",
    "Lâm", "Khánh", "Trung", "Đạt", "Châu", "Ngọc", "Thịnh", "Quý"
  };

  /** About this many communes per district in the 63-province layout. */
  private static final int COMMUNES_PER_DISTRICT = 16;

  /** Validates the components. */
  public NationalData {
    Objects.requireNonNull(layout, "layout");
    if (communes < layout.provinces()) {
      throw new IllegalArgumentException(
          "communes: expected at least " + layout.provinces() + " but found " + communes);
    }
    if (maxDossiers < 5) {
      throw new IllegalArgumentException(
          "maxDossiers: expected at least 5 but found " + maxDossiers);
    }
  }

  /**
   * Returns the communes: {@code unit_code, unit_name, kind, parent_code, district_code,
   * province_code}; {@code district_code} is null without districts, and {@code parent_code} is the
   * district or, without districts, the province.
   */
  public Dataset<Row> communes(SparkSession spark) {
    int districts = Math.max(layout.provinces(), communes / COMMUNES_PER_DISTRICT);
    List<Row> rows = new ArrayList<>(communes);
    for (int i = 0; i < communes; i++) {
      long h = mix(seed, i);
      String kind = i % 10 == 0 ? "phuong" : i % 17 == 0 ? "thi_tran" : "xa";
      String prefix = kind.equals("phuong") ? "Phường " : kind.equals("xa") ? "Xã " : "Thị trấn ";
      String name =
          prefix
              + FIRST[(int) Math.floorMod(h, (long) FIRST.length)]
              + " "
              + SECOND[(int) Math.floorMod(h >>> 20, (long) SECOND.length)];
      String province = code(2, (long) i * layout.provinces() / communes + 1);
      String district = layout.hasDistricts() ? code(3, (long) i * districts / communes + 1) : null;
      rows.add(
          RowFactory.create(
              code(codeWidth(), i + 1),
              name,
              kind,
              district != null ? district : province,
              district,
              province));
    }
    StructType schema =
        new StructType(
            new StructField[] {
              field("unit_code"),
              field("unit_name"),
              field("kind"),
              field("parent_code"),
              field("district_code"),
              field("province_code")
            });
    return spark.createDataFrame(rows, schema);
  }

  /**
   * Returns the dossiers: {@code unit_code, dossier, received, resolved, on_time, online}, one row
   * per dossier a commune received in {@value #YEAR}.
   */
  public Dataset<Row> dossiers(SparkSession spark) {
    Column commune = floor(col("id").divide(maxDossiers));
    Column k = pmod(col("id"), lit(maxDossiers));
    int least = Math.max(1, maxDossiers / 5);
    Column count =
        lit(least).plus(pmod(xxhash64(lit(seed), commune, lit(1)), lit(maxDossiers - least + 1)));
    // per commune: how often it resolves on time (900..999 per mille) and files online (100..799)
    Column quality = lit(900).plus(pmod(xxhash64(lit(seed), commune, lit(2)), lit(100)));
    Column uptake = lit(100).plus(pmod(xxhash64(lit(seed), commune, lit(3)), lit(700)));
    Column resolved = pmod(xxhash64(lit(seed), col("id"), lit(4)), lit(1000)).lt(lit(970));
    Column onTime = pmod(xxhash64(lit(seed), col("id"), lit(5)), lit(1000)).lt(quality);
    Column online = pmod(xxhash64(lit(seed), col("id"), lit(6)), lit(1000)).lt(uptake);
    Column day = pmod(xxhash64(lit(seed), col("id"), lit(7)), lit(365));
    return spark
        .range(0, (long) communes * maxDossiers)
        .filter(k.lt(count))
        .select(
            lpad(commune.plus(1).cast("string"), codeWidth(), "0").alias("unit_code"),
            col("id").alias("dossier"),
            date_add(to_date(lit(YEAR + "-01-01")), day.cast("int")).alias("received"),
            resolved.alias("resolved"),
            resolved.and(onTime).alias("on_time"),
            online.alias("online"));
  }

  /**
   * Returns the documents: {@code unit_code, kind, number, issued}; {@code issued} is text as the
   * source system keeps it, {@code yyyy-mm-dd}, except for about one commune in a thousand whose
   * plan date was typed {@code dd/mm/yyyy}: a bad cell the evaluation reports.
   */
  public Dataset<Row> documents(SparkSession spark) {
    Column id = col("id");
    Dataset<Row> plans =
        spark
            .range(0, communes)
            .filter(pmod(xxhash64(lit(seed), id, lit(8)), lit(100)).lt(lit(95)))
            .select(
                lpad(id.plus(1).cast("string"), codeWidth(), "0").alias("unit_code"),
                lit("ke_hoach_cchc").alias("kind"),
                concat(pmod(id, lit(90)).plus(1).cast("string"), lit("/KH-UBND")).alias("number"),
                date_add(
                        to_date(lit(YEAR + "-01-02")),
                        pmod(xxhash64(lit(seed), id, lit(9)), lit(75)).cast("int"))
                    .alias("date"),
                pmod(xxhash64(lit(seed), id, lit(10)), lit(1000)).equalTo(lit(0)).alias("typo"));
    Dataset<Row> reports =
        spark
            .range(0, communes)
            .filter(pmod(xxhash64(lit(seed), id, lit(11)), lit(100)).lt(lit(97)))
            .select(
                lpad(id.plus(1).cast("string"), codeWidth(), "0").alias("unit_code"),
                lit("bao_cao_cchc").alias("kind"),
                concat(pmod(id, lit(300)).plus(1).cast("string"), lit("/BC-UBND")).alias("number"),
                date_add(
                        to_date(lit(YEAR + "-11-25")),
                        pmod(xxhash64(lit(seed), id, lit(12)), lit(30)).cast("int"))
                    .alias("date"),
                lit(false).alias("typo"));
    return plans
        .unionByName(reports)
        .select(
            col("unit_code"),
            col("kind"),
            col("number"),
            when(col("typo"), date_format(col("date"), "dd/MM/yyyy"))
                .otherwise(date_format(col("date"), "yyyy-MM-dd"))
                .alias("issued"));
  }

  /**
   * Returns the per-commune evidence, aggregated from the raw records with Spark SQL: the unit
   * columns of Rubric's evidence rows, {@code district_code} and {@code province_code}, and the
   * inputs of {@code spark/data/national.rubric} as CSV cell text (ratios {@code a/b}, documents
   * {@code number;date}) and a typed count.
   */
  public Dataset<Row> evidence(SparkSession spark) {
    communes(spark).createOrReplaceTempView("rubric_communes");
    dossiers(spark).createOrReplaceTempView("rubric_dossiers");
    documents(spark).createOrReplaceTempView("rubric_documents");
    return spark.sql(
        String.join(
            "\n",
            "WITH d AS (",
            "  SELECT unit_code, count(*) AS received,",
            "    sum(CASE WHEN resolved THEN 1 ELSE 0 END) AS resolved,",
            "    sum(CASE WHEN on_time THEN 1 ELSE 0 END) AS on_time,",
            "    sum(CASE WHEN online THEN 1 ELSE 0 END) AS online,",
            "    sum(CASE WHEN resolved AND NOT on_time THEN 1 ELSE 0 END) AS overdue",
            "  FROM rubric_dossiers GROUP BY unit_code),",
            "plan AS (SELECT unit_code, concat(number, ';', issued) AS cell",
            "  FROM rubric_documents WHERE kind = 'ke_hoach_cchc'),",
            "report AS (SELECT unit_code, concat(number, ';', issued) AS cell",
            "  FROM rubric_documents WHERE kind = 'bao_cao_cchc')",
            "SELECT c.unit_code, c.unit_name, 'commune' AS level, c.kind, c.parent_code,",
            "  '" + YEAR + "' AS period, c.district_code, c.province_code,",
            "  plan.cell AS ke_hoach_cchc, report.cell AS bao_cao_cchc,",
            "  concat(coalesce(d.resolved, 0), '/', coalesce(d.received, 0)) AS ho_so_giai_quyet,",
            "  concat(coalesce(d.on_time, 0), '/', coalesce(d.resolved, 0)) AS ho_so_dung_han,",
            "  concat(coalesce(d.online, 0), '/', coalesce(d.received, 0)) AS ho_so_truc_tuyen,",
            "  CAST(coalesce(d.overdue, 0) AS BIGINT) AS ho_so_qua_han",
            "FROM rubric_communes c",
            "LEFT JOIN d ON d.unit_code = c.unit_code",
            "LEFT JOIN plan ON plan.unit_code = c.unit_code",
            "LEFT JOIN report ON report.unit_code = c.unit_code"));
  }

  /** Returns the width of commune codes: five digits, or more for 100,000 communes and more. */
  private int codeWidth() {
    return Math.max(5, String.valueOf(communes).length());
  }

  private static String code(int width, long n) {
    return String.format(Locale.ROOT, "%0" + width + "d", n);
  }

  private static StructField field(String name) {
    return new StructField(name, DataTypes.StringType, true, Metadata.empty());
  }

  /** A 64-bit mix of the seed and a number (SplitMix64's finaliser). */
  private static long mix(long seed, long n) {
    long z = seed * 0x9E3779B97F4A7C15L + n;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
