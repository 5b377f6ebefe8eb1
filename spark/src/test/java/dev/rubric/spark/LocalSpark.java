package dev.rubric.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local-mode Spark session every test class of this module shares ({@code local[2]}, no UI,
 * few shuffle partitions), started on first use and stopped when the test JVM exits.
 */
public final class LocalSpark {
  private static volatile SparkSession session;

  private LocalSpark() {}

  /** Returns the shared session. */
  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("rubric-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      SparkSession s = session;
      Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
    }
    return session;
  }
}
