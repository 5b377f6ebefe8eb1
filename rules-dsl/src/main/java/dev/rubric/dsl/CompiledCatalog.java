package dev.rubric.dsl;

import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.internal.eval.Engine;
import java.util.List;
import java.util.Objects;

/**
 * A checked catalog compiled for evaluation: every input resolved to a slot, every rule to an
 * evaluation plan. Compile once, evaluate many: an instance is immutable and thread-safe, and may be
 * shared by any number of threads evaluating at once.
 *
 * <pre>{@code
 * CompiledCatalog catalog = Rubric.standard().compile(SourceText.of("cchc-xa.rubric", text)).orElseThrow();
 * Scorecard card = catalog.evaluate(unit, Period.year(2022), evidence);
 * }</pre>
 *
 * <p>Evaluation never throws on data: missing or incomplete required evidence makes a node
 * insufficient-evidence, evidence that does not fit the declared inputs becomes a data-quality
 * finding (RB6xx), and a value that cannot be computed (division by zero) makes the node an error
 * with a finding (RB5xx).
 */
public final class CompiledCatalog {
  private final Catalog catalog;
  private final String hash;
  private final String text;
  private final Engine engine;

  CompiledCatalog(Catalog catalog, String hash, String text, Engine engine) {
    this.catalog = catalog;
    this.hash = hash;
    this.text = text;
    this.engine = engine;
  }

  /** Returns the catalog as a value. */
  public Catalog catalog() {
    return catalog;
  }

  /** Returns the catalog's content hash, {@code sha256:} and the hex digest of its canonical text. */
  public String hash() {
    return hash;
  }

  /** Returns the catalog's canonical text (see {@link Rubric#print(Catalog)}). */
  public String print() {
    return text;
  }

  /** Returns whether some rule compares a unit with its cohort, so needs {@link #evaluateAll}. */
  public boolean needsCohort() {
    return engine.needsCohort();
  }

  /**
   * Evaluates one unit for one period. Rules that compare with the cohort ({@code best(…)}) give
   * an error status and a needs-cohort finding; use {@link #evaluateAll} for them.
   */
  public Scorecard evaluate(Unit unit, Period period, EvidenceSet evidence) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(evidence, "evidence");
    return engine.evaluate(unit, period, evidence);
  }

  /** Evaluates the unit, period and evidence of one evidence file. */
  public Scorecard evaluate(EvidenceFile file) {
    Objects.requireNonNull(file, "file");
    return engine.evaluate(file.unit(), file.period(), file.evidence());
  }

  /**
   * Evaluates a cohort of units, using every available core, and returns their scorecards in the
   * order given. Cohort comparisons ({@code best(…)}) use the largest value among these units.
   */
  public List<Scorecard> evaluateAll(List<EvidenceFile> cohort) {
    Objects.requireNonNull(cohort, "cohort");
    return engine.evaluateAll(
        cohort.stream().map(f -> new Engine.Subject(f.unit(), f.period(), f.evidence())).toList());
  }

  @Override
  public String toString() {
    return "CompiledCatalog[" + catalog.id() + " " + catalog.version() + ", " + hash + "]";
  }
}
