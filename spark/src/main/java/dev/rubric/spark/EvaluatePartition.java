package dev.rubric.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/** Evaluates the rows of one partition one at a time, as Spark reads them. */
final class EvaluatePartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Plan plan;

  EvaluatePartition(Plan plan) {
    this.plan = plan;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    RowEvaluator evaluator = new RowEvaluator(plan);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return evaluator.evaluate(rows.next());
      }
    };
  }
}
