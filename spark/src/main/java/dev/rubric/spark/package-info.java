/**
 * Rubric on Apache Spark: evaluates a {@code Dataset} of evidence rows against a catalog given as
 * text, one result row per unit, and ranks the results with Spark window functions. Start from
 * {@link dev.rubric.spark.SparkCatalog}; rank with {@link dev.rubric.spark.SparkRanking}.
 */
@NullMarked
package dev.rubric.spark;

import org.jspecify.annotations.NullMarked;
