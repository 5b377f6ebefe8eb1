package dev.rubric.spark;

import dev.rubric.core.csv.CsvRowMapper;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.sql.Row;

/**
 * Evaluates one cohort (the rows of one group) together, with the library's streaming cohort
 * evaluation, so that {@code best(x)} is the largest {@code x} of the group. The group's rows are
 * held in the task while it is evaluated: a cohort comparison reads its units twice.
 */
final class EvaluateCohort implements FlatMapGroupsFunction<String, Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Plan plan;

  EvaluateCohort(Plan plan) {
    this.plan = plan;
  }

  @Override
  public Iterator<Row> call(String key, Iterator<Row> rows) {
    RowEvaluator evaluator = new RowEvaluator(plan);
    List<Row> out = new ArrayList<>();
    List<Row> sources = new ArrayList<>();
    List<EvidenceFile> files = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      CsvRowMapper.Result r = evaluator.map(row);
      if (r instanceof CsvRowMapper.Problem p) {
        out.add(evaluator.rejected(row, p));
      } else {
        sources.add(row);
        files.add(((CsvRowMapper.Mapped) r).file());
      }
    }
    int[] next = {0};
    evaluator
        .catalog()
        .evaluateAll(
            files,
            (Scorecard card) -> {
              int i = next[0]++;
              out.add(evaluator.evaluated(sources.get(i), files.get(i), card));
            });
    return out.iterator();
  }
}
