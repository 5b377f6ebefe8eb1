package dev.rubric.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.when;

import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;

/**
 * Ranks and counts the results of {@link SparkCatalog#evaluate} with Spark window functions and
 * aggregations, as rubric-cohort's {@code Ranking} does in one JVM: by rounded index, highest
 * first, equal rounded indexes sharing the rank of the first of them (1, 2, 2, 4).
 */
public final class SparkRanking {
  private SparkRanking() {}

  /**
   * Returns {@code results} with a column {@code rankColumn}: each evaluated unit's rank among the
   * evaluated units with the same value of {@code groupColumn} (a district or province code), null
   * for rejected rows. Ranks are those rubric-cohort's {@code Ranking} gives each group.
   */
  public static Dataset<Row> rank(Dataset<Row> results, String groupColumn, String rankColumn) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(groupColumn, "groupColumn");
    Objects.requireNonNull(rankColumn, "rankColumn");
    // Rejected rows have no index and sort last, so they never push an evaluated unit down.
    WindowSpec w =
        Window.partitionBy(col(groupColumn)).orderBy(col("index_value").desc_nulls_last());
    Column evaluated = col("status").equalTo(lit(SparkCatalog.EVALUATED));
    return results.withColumn(rankColumn, when(evaluated, functions.rank().over(w)));
  }

  /**
   * Returns how many evaluated units of each value of {@code groupColumn} fall in each band:
   * columns {@code groupColumn}, {@code band} and {@code units} (a long), ordered by group, then
   * band. Bands without units are left out.
   */
  public static Dataset<Row> bandDistribution(Dataset<Row> results, String groupColumn) {
    Objects.requireNonNull(results, "results");
    Objects.requireNonNull(groupColumn, "groupColumn");
    return results
        .filter(col("status").equalTo(lit(SparkCatalog.EVALUATED)))
        .groupBy(col(groupColumn), col("band"))
        .agg(count(lit(1)).alias("units"), max(col("index_value")).alias("top"))
        .orderBy(col(groupColumn), col("top").desc())
        .drop("top");
  }
}
