package dev.rubric.spark;

import dev.rubric.core.csv.CsvRowMapper;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * Turns input rows into evidence files and scorecards into result rows, in one task. Made per task
 * from a {@link Plan}; not serializable and not thread-safe.
 */
final class RowEvaluator {
  private final Plan plan;
  private final CompiledCatalog catalog;
  private final CsvRowMapper mapper;

  RowEvaluator(Plan plan) {
    this.plan = plan;
    this.catalog =
        CatalogCache.get(plan.catalogHash(), plan.catalogName(), plan.catalogText().value());
    this.mapper = CsvRowMapper.of(plan.catalogName(), plan.header(), catalog.catalog());
  }

  CompiledCatalog catalog() {
    return catalog;
  }

  /** Maps an input row to its evidence file or to the problem that keeps it from one. */
  CsvRowMapper.Result map(Row row) {
    List<Integer> positions = plan.evidence();
    List<String> cells = new ArrayList<>(positions.size());
    for (int p : positions) {
      cells.add(Cells.text(row.get(p)));
    }
    return mapper.map(cells);
  }

  /** Evaluates one input row on its own (a catalog without cohort comparisons). */
  Row evaluate(Row row) {
    CsvRowMapper.Result r = map(row);
    if (r instanceof CsvRowMapper.Problem p) {
      return rejected(row, p);
    }
    EvidenceFile file = ((CsvRowMapper.Mapped) r).file();
    return evaluated(row, file, catalog.evaluate(file));
  }

  /** Returns the result row of a row that maps to no evidence file. */
  Row rejected(Row row, CsvRowMapper.Problem problem) {
    Object[] v = new Object[plan.resultSchema().size()];
    int i = 0;
    v[i++] = fixed(row, 0);
    v[i++] = fixed(row, 1);
    v[i++] = fixed(row, 4);
    v[i++] = fixed(row, 5);
    for (int k : plan.keep()) {
      v[i++] = row.get(k);
    }
    v[i++] = SparkCatalog.REJECTED;
    i += 5; // index, index_value, band, areas, findings
    v[i++] = problem.column();
    v[i++] = problem.reason();
    v[i] = plan.catalogHash();
    return RowFactory.create(v);
  }

  /** Returns the result row of an evaluated unit. */
  Row evaluated(Row row, EvidenceFile file, Scorecard card) {
    Object[] v = new Object[plan.resultSchema().size()];
    int i = 0;
    v[i++] = card.unitCode();
    v[i++] = card.unitName();
    v[i++] = file.unit().parentCode().orElse(null);
    v[i++] = card.periodId();
    for (int k : plan.keep()) {
      v[i++] = row.get(k);
    }
    v[i++] = SparkCatalog.EVALUATED;
    v[i++] = card.indexRounded().toString(card.indexDecimals());
    v[i++] = indexValue(card);
    v[i++] = card.band().map(b -> b.vi()).orElse(null);
    List<NodeResult> nodes = card.nodes();
    Row[] areas = new Row[nodes.size()];
    for (int n = 0; n < areas.length; n++) {
      NodeResult node = nodes.get(n);
      areas[n] =
          RowFactory.create(node.code(), node.earned().toString(), node.applicableMax().toString());
    }
    v[i++] = areas;
    List<Finding> findings = card.findings();
    Row[] codes = new Row[findings.size()];
    for (int f = 0; f < codes.length; f++) {
      Finding finding = findings.get(f);
      codes[f] =
          RowFactory.create(finding.code(), finding.severity().name().toLowerCase(Locale.ROOT));
    }
    v[i++] = codes;
    i += 2; // problem_column, problem_reason
    v[i++] = card.catalogHash();
    if (plan.withJson()) {
      v[i] = Json.write(card);
    }
    return RowFactory.create(v);
  }

  private @Nullable String fixed(Row row, int column) {
    String cell = Cells.text(row.get(plan.evidence().get(column)));
    return cell.isEmpty() ? null : cell;
  }

  /** The decimal a rounded index is stored as in {@code index_value}. */
  static BigDecimal indexValue(Scorecard card) {
    return card.indexRounded()
        .toBigDecimal()
        .setScale(SparkCatalog.INDEX_SCALE, RoundingMode.UNNECESSARY);
  }
}
