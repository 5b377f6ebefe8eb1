package dev.rubric.dsl;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waivers;
import dev.rubric.dsl.internal.eval.Engine;
import dev.rubric.dsl.internal.eval.Rescore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A checked catalog compiled for evaluation: every input resolved to a slot, every rule to an
 * evaluation plan. Compile once, evaluate many: an instance is immutable and thread-safe, and may
 * be shared by any number of threads evaluating at once.
 *
 * <pre>{@code
 * CompiledCatalog catalog = Rubric.standard().compile(SourceText.of("cchc-xa.rubric", text)).orElseThrow();
 * Scorecard card = catalog.evaluate(unit, Period.year(2022), evidence);
 * catalog.evaluateAll(cohort, card -> store(card)); // a whole district, streamed
 * }</pre>
 *
 * <p>Evaluation never throws on data: missing or incomplete required evidence makes a node
 * insufficient-evidence, evidence that does not fit the declared inputs becomes a data-quality
 * finding (RB6xx), and a value that cannot be computed (division by zero) makes the node an error
 * with a finding (RB5xx). A {@linkplain #strict() strict} view of the catalog throws on
 * data-quality findings instead.
 */
public final class CompiledCatalog {
  /** Units per core in a batch of a streaming evaluation. */
  private static final int UNITS_PER_CORE = 32;

  /** The most units in a batch of a streaming evaluation. */
  private static final int MAX_BATCH = 1024;

  private final Catalog catalog;
  private final String hash;
  private final String text;
  private final Engine engine;
  private final boolean strict;
  private final Lineage lineage;

  CompiledCatalog(Catalog catalog, String hash, String text, Engine engine, Lineage lineage) {
    this(catalog, hash, text, engine, false, lineage);
  }

  private CompiledCatalog(
      Catalog catalog, String hash, String text, Engine engine, boolean strict, Lineage lineage) {
    this.catalog = catalog;
    this.hash = hash;
    this.text = text;
    this.engine = engine;
    this.strict = strict;
    this.lineage = lineage;
  }

  /**
   * Returns this catalog evaluating strictly: an evaluation whose scorecards have {@linkplain
   * Scorecard#dataQualityFindings() data-quality findings} (evidence or unit data that do not fit
   * the catalog, such as a misspelt key or a value of the wrong type) throws a {@link
   * DataQualityException} instead of returning them. For offices that validate an import before
   * publishing. The scorecards are the same as a lenient evaluation's; the two share the compiled
   * plan.
   *
   * <pre>{@code
   * try {
   *   List<Scorecard> cards = catalog.strict().evaluateAll(cohort);
   *   publish(cards);
   * } catch (DataQualityException e) {
   *   e.problems().forEach(p -> log(p.unitCode(), p.finding().message().in(Language.VI)));
   * }
   * }</pre>
   */
  public CompiledCatalog strict() {
    return strict ? this : new CompiledCatalog(catalog, hash, text, engine, true, lineage);
  }

  /** Returns whether evaluations {@linkplain #strict() fail on data-quality findings}. */
  public boolean isStrict() {
    return strict;
  }

  /** Returns the catalog as a value. */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Returns the catalog's content hash, {@code sha256:} and the hex digest of its canonical text.
   */
  public String hash() {
    return hash;
  }

  /**
   * Returns where the catalog came from: its layers (base first) and which layer set each node's
   * properties. One layer for a catalog compiled from one text.
   */
  public Lineage lineage() {
    return lineage;
  }

  /**
   * Returns the catalog's canonical text (see {@link Rubric#print(Catalog)}); for a layered
   * catalog, the resolved catalog as one flat file.
   */
  public String print() {
    return text;
  }

  /**
   * Recomputes the totals of {@code card}, a scorecard of this catalog, with the points of some
   * leaf criteria replaced, such as the points one round of an assessment gave: the leaves' points
   * are limited to their range, parents are the sums of their children, and the total, the index
   * (by the catalog's index formula, rounded as it says) and the band follow as in evaluation.
   * Leaves without a replacement keep their points; nodes that did not apply keep theirs and their
   * effect on the index. Points of parents in {@code points} are not used.
   *
   * <pre>{@code
   * Rescored selfScored = catalog.rescore(card, Map.of("2.3", Decimal.ONE));
   * selfScored.indexRounded(); // the index the self-assessment claims
   * }</pre>
   *
   * @param card an evaluation of this catalog
   * @param points replacement points by criterion code
   * @throws IllegalArgumentException if {@code card} was not evaluated with this catalog
   */
  public Rescored rescore(Scorecard card, Map<String, Decimal> points) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(points, "points");
    if (!card.catalogHash().equals(hash)) {
      throw new IllegalArgumentException(
          "card: expected a scorecard of catalog "
              + catalog.id()
              + " "
              + catalog.version()
              + " ("
              + hash
              + ") but found one of "
              + card.catalogId()
              + " "
              + card.catalogVersion()
              + " ("
              + card.catalogHash()
              + ")");
    }
    Rescore.Result r = Rescore.of(catalog, card, points);
    return new Rescored(
        r.points(), r.total(), r.index(), r.indexRounded(), r.band().map(Band::label));
  }

  /** Returns whether some rule compares a unit with its cohort, so needs {@link #evaluateAll}. */
  public boolean needsCohort() {
    return engine.needsCohort();
  }

  /**
   * Evaluates one unit for one period. Rules that compare with the cohort ({@code best(…)}) give an
   * error status and a needs-cohort finding; use {@link #evaluateAll} for them.
   *
   * @throws DataQualityException if this catalog is {@linkplain #strict() strict} and the scorecard
   *     has data-quality findings
   */
  public Scorecard evaluate(Unit unit, Period period, EvidenceSet evidence) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(evidence, "evidence");
    return checked(engine.evaluate(unit, period, evidence));
  }

  /**
   * Evaluates the unit, period and evidence of one evidence file.
   *
   * @throws DataQualityException if this catalog is {@linkplain #strict() strict} and the scorecard
   *     has data-quality findings
   */
  public Scorecard evaluate(EvidenceFile file) {
    Objects.requireNonNull(file, "file");
    return checked(engine.evaluate(file.unit(), file.period(), file.evidence()));
  }

  /**
   * Evaluates one evidence file without and with {@code waivers}, which must all be waivers of the
   * file's unit. Waivers fail closed: if one names another unit, a criterion the catalog does not
   * have, points outside its criterion's range or points for a node with sub-criteria, nothing is
   * evaluated and the exception lists every such waiver with its position. A waiver that is not in
   * force on the period's {@linkplain Period#asOf() as-of date} is not applied; a finding (RB755)
   * says so.
   *
   * <pre>{@code
   * Waivers waivers = Waivers.read(Path.of("02002-cao-son-2022.json"), "02002-cao-son-2022.json");
   * WaivedEvaluation e = catalog.evaluate(file, waivers);
   * Decimal before = e.withoutWaivers().indexRounded();
   * Decimal after = e.withWaivers().indexRounded();
   * }</pre>
   *
   * @throws InvalidWaiversException if a waiver names another unit or does not fit the catalog
   * @throws DataQualityException if this catalog is {@linkplain #strict() strict} and the scorecard
   *     has data-quality findings
   */
  public WaivedEvaluation evaluate(EvidenceFile file, Waivers waivers) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(waivers, "waivers");
    checkWaivers(waivers, List.of(file.unit().code()));
    Scorecard without = checked(engine.evaluate(file.unit(), file.period(), file.evidence()));
    Scorecard with =
        engine.evaluate(file.unit(), file.period(), file.evidence(), waivers.waivers());
    return new WaivedEvaluation(without, with);
  }

  /**
   * Evaluates a cohort without and with {@code waivers}, as {@link #evaluateAll(List)} does, and
   * returns each unit's pair in the order given. Every waiver must name a unit of the cohort and
   * fit the catalog (see {@link #evaluate(EvidenceFile, Waivers)}); otherwise nothing is evaluated.
   *
   * @throws InvalidWaiversException if a waiver names a unit outside the cohort or does not fit the
   *     catalog
   * @throws DataQualityException if this catalog is {@linkplain #strict() strict} and some
   *     scorecard has data-quality findings
   */
  public List<WaivedEvaluation> evaluateAll(List<EvidenceFile> cohort, Waivers waivers) {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(waivers, "waivers");
    checkWaivers(waivers, cohort.stream().map(f -> f.unit().code()).toList());
    List<WaivedEvaluation> out = new ArrayList<>(cohort.size());
    engine.evaluateAllWaived(
        cohort,
        Math.max(1, cohort.size()),
        unit -> waivers.forUnit(unit.code()),
        pair -> out.add(new WaivedEvaluation(pair[0], pair[1])));
    if (strict) {
      DataQualityException.Collector problems = new DataQualityException.Collector();
      out.forEach(e -> problems.note(e.withoutWaivers()));
      problems.throwIfAny();
    }
    return List.copyOf(out);
  }

  /**
   * Checks {@code waivers} against this catalog and the codes of the units to be evaluated, as the
   * evaluations with waivers do before they start: for hosts that evaluate units one at a time with
   * a waivers file that covers them all.
   *
   * @throws InvalidWaiversException listing every waiver that names a unit outside {@code units} or
   *     does not fit the catalog
   */
  public void checkWaivers(Waivers waivers, Collection<String> units) {
    Objects.requireNonNull(waivers, "waivers");
    Objects.requireNonNull(units, "units");
    WaiverCheck.check(catalog, waivers, units);
  }

  /** Returns {@code card}, or throws if this catalog is strict and the card has data problems. */
  private Scorecard checked(Scorecard card) {
    if (strict) {
      DataQualityException.Collector problems = new DataQualityException.Collector();
      problems.note(card);
      problems.throwIfAny();
    }
    return card;
  }

  /**
   * Evaluates a cohort of units, using every available core, and returns their scorecards in the
   * order given. Cohort comparisons ({@code best(…)}) use the largest value among these units. This
   * holds every scorecard at once; for a cohort of any size, stream it with {@link
   * #evaluateAll(Iterable, Consumer)}, which gives the same scorecards in the same order.
   *
   * @throws DataQualityException if this catalog is {@linkplain #strict() strict} and some
   *     scorecard has data-quality findings
   */
  public List<Scorecard> evaluateAll(List<EvidenceFile> cohort) {
    Objects.requireNonNull(cohort, "cohort");
    List<Scorecard> cards = new ArrayList<>(cohort.size());
    // One batch: the whole list is in memory anyway, and all of it is evaluated in parallel.
    engine.evaluateAll(cohort, Math.max(1, cohort.size()), cards::add);
    if (strict) {
      DataQualityException.Collector problems = new DataQualityException.Collector();
      cards.forEach(problems::note);
      problems.throwIfAny();
    }
    return List.copyOf(cards);
  }

  /**
   * Evaluates a cohort of any size and hands each unit's scorecard to {@code consumer}, in the
   * order the cohort gives the units, using every available core while holding only a bounded batch
   * of units and scorecards: memory does not grow with the number of units. The scorecards are
   * those {@link #evaluateAll(List)} returns for the same units.
   *
   * <p>The consumer is called on the calling thread, one scorecard at a time, so it need not be
   * thread-safe; the batch it is called from is evaluated in parallel on the common {@link
   * java.util.concurrent.ForkJoinPool} (or the pool the calling thread runs in) before. The call
   * returns when every scorecard has been handed over.
   *
   * <p>When the catalog {@linkplain #needsCohort() compares units with their cohort} ({@code
   * best(x)}), the cohort is read twice, each time from a fresh {@link Iterable#iterator()}: first
   * to find the largest {@code x} of every such rule, keeping only those numbers, then to evaluate.
   * A {@link java.util.Collection} can be read twice as it is. A source that reads a file (or a
   * database) is re-read by opening it again in each {@code iterator()} call; since {@code
   * Iterable} has a single method, a lambda that opens the source will do, and an iterator that is
   * also {@link AutoCloseable} is closed at the end of its pass, also when the pass fails:
   *
   * <pre>{@code
   * List<Path> files = ...; // one rubric-evidence/1 file per unit
   * RankingAccumulator ranking = new RankingAccumulator(catalog.catalog()); // rubric-cohort
   * catalog.evaluateAll(
   *     () -> files.stream().map(p -> EvidenceLoader.readJson(p, p.toString())).iterator(),
   *     ranking);
   * }</pre>
   *
   * <p>Like every lenient evaluation, this never throws on data; a {@linkplain #strict() strict}
   * one hands over every scorecard and then throws a {@link DataQualityException} if any had
   * data-quality findings. An exception thrown by {@code consumer} or by the cohort's iterator
   * stops the evaluation and propagates unchanged; the scorecards handed over until then stay
   * handed over.
   *
   * @param cohort the evidence of the units, in the order their scorecards are wanted
   * @param consumer receives each scorecard
   * @throws NullPointerException if {@code cohort} or {@code consumer} is null, or the cohort gives
   *     a null unit
   * @throws IllegalStateException if the cohort is read twice and the second reading gives a
   *     different number of units (a source that can be read only once, such as {@code
   *     stream::iterator}, gives none)
   */
  public void evaluateAll(Iterable<EvidenceFile> cohort, Consumer<? super Scorecard> consumer) {
    Objects.requireNonNull(cohort, "cohort");
    Objects.requireNonNull(consumer, "consumer");
    if (!strict) {
      engine.evaluateAll(cohort, streamingBatch(), consumer);
      return;
    }
    DataQualityException.Collector problems = new DataQualityException.Collector();
    engine.evaluateAll(
        cohort,
        streamingBatch(),
        card -> {
          problems.note(card);
          consumer.accept(card);
        });
    problems.throwIfAny();
  }

  /**
   * Returns the number of units a streaming evaluation reads and evaluates at a time: {@value
   * #UNITS_PER_CORE} per core, enough to keep the cores busy between batches, and at most {@value
   * #MAX_BATCH}, which bounds the memory a batch of scorecards takes on large machines.
   */
  private static int streamingBatch() {
    return Math.min(MAX_BATCH, UNITS_PER_CORE * Runtime.getRuntime().availableProcessors());
  }

  @Override
  public String toString() {
    return "CompiledCatalog["
        + catalog.id()
        + " "
        + catalog.version()
        + ", "
        + hash
        + (strict ? ", strict" : "")
        + "]";
  }
}
