package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Direction;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Property checks that every well-formed catalog must pass, run against generated evidence: the
 * criteria-aware counterpart of a unit test. A failing check throws a {@link PropertyFailure} with
 * a minimal counterexample and the seed that reproduces it.
 *
 * <pre>{@code
 * @Test
 * void sampleCatalog_passesStandardChecks() {
 *   CompiledCatalog compiled = Rubric.standard().compile(source).orElseThrow();
 *   CatalogChecks.standard(compiled).check();
 * }
 * }</pre>
 *
 * <p>{@link #check()} runs every check below, in this order; each can also run alone:
 *
 * <ul>
 *   <li>{@link #checkBounds() bounds}: every node earns between 0 and its applicable max (a penalty
 *       between {@code -max} and 0), its applicable max lies between 0 and its max, a parent's
 *       points and applicable max are the sums of its children's, and a clamped percent index lies
 *       in [0, 100], a weighted index in [0, 1];
 *   <li>{@link #checkBands() bands}: the rounded index is the index rounded as the catalog says,
 *       and the band is the catalog band that contains it;
 *   <li>{@link #checkDeterminism() determinism}: evaluating the same file twice, or as part of a
 *       cohort, gives equal scorecards and identical JSON;
 *   <li>{@link #checkNeverThrows() robustness}: evaluating evidence that does not fit the catalog
 *       never throws, and reports each mismatch as a data-quality finding (RB601 to RB604);
 *   <li>{@link #checkMonotonicity() monotonicity}: improving an input in its declared direction
 *       ({@code higher-better} or {@code lower-better}) never lowers a node's points or the index;
 *   <li>{@link #checkNotApplicableInvariance() not-applicable invariance}: changing the evidence
 *       that only a not-applicable node reads never changes the points of any other node.
 * </ul>
 *
 * <p>Each check is a property of {@link Properties}: 100 tries unless {@link #tries(int)} or the
 * {@code rubric.tries} system property says otherwise, and a fresh seed per run unless {@link
 * #seed(long)} or {@code rubric.seed} fixes it. Instances are immutable and thread-safe; each
 * configuration method returns a new instance.
 */
public final class CatalogChecks {

  /*
   * Implementation notes.
   *
   * Monotonicity generates pairs of values for one directional input (lower, higher) rather than
   * a value and an increment of a base value, so every try can be compared: a base ratio at 100%
   * could not be raised. Ratio pairs keep the denominator and raise the numerator; denominators are
   * multiples of 100 (100 to 5000) and numerators are drawn as a whole percentage plus a remainder
   * (see ratioPair), so every whole-percentage threshold is exactly reachable, shrinking the
   * denominator keeps the percentages, and a failure at a tier threshold shrinks to the threshold
   * itself over 100 (90% gives 90/100). Counts move by whole units, dates by days, quantities by
   * 0.01.
   *
   * Not-applicable invariance computes, for every topmost not-applicable node, the inputs read
   * only inside its subtree (rules, lets followed to their inputs, applicability, finding
   * conditions and placeholders; see CatalogWalk), replaces their evidence with generated
   * alternatives, and compares every node outside the subtree and its ancestors.
   */

  private final CompiledCatalog compiled;
  private final EvidenceFileGen files;
  private final @Nullable Integer tries;
  private final @Nullable Long seed;

  private CatalogChecks(
      CompiledCatalog compiled,
      EvidenceFileGen files,
      @Nullable Integer tries,
      @Nullable Long seed) {
    this.compiled = compiled;
    this.files = files;
    this.tries = tries;
    this.seed = seed;
  }

  /**
   * Returns the standard checks of {@code compiled}, run against {@link
   * EvidenceGens#files(CompiledCatalog)}: commune-level units with every declared attribute, the
   * year 2022, and evidence of every status.
   *
   * @param compiled the compiled catalog
   * @return the checks, with default settings
   */
  public static CatalogChecks standard(CompiledCatalog compiled) {
    Objects.requireNonNull(compiled, "compiled");
    return new CatalogChecks(compiled, EvidenceGens.files(compiled), null, null);
  }

  /**
   * Returns these checks run with {@code tries} evidence files each.
   *
   * @param tries the number of tries per check, at least 1
   * @return the reconfigured checks
   * @throws IllegalArgumentException if {@code tries} is less than 1
   */
  public CatalogChecks tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1: " + tries);
    }
    return new CatalogChecks(compiled, files, tries, seed);
  }

  /**
   * Returns these checks run with a fixed seed, which reproduces every generated value and hence
   * every failure.
   *
   * @param seed the seed of each check's run
   * @return the reconfigured checks
   */
  public CatalogChecks seed(long seed) {
    return new CatalogChecks(compiled, files, tries, seed);
  }

  /**
   * Returns these checks run against files from {@code files}, for example {@code
   * EvidenceGens.files(compiled).period(Period.year(2024))}.
   *
   * @param files the generator of evidence files
   * @return the reconfigured checks
   */
  public CatalogChecks files(EvidenceFileGen files) {
    return new CatalogChecks(compiled, Objects.requireNonNull(files, "files"), tries, seed);
  }

  /**
   * Runs every check, in the order listed in the class documentation, and stops at the first
   * failure.
   *
   * @throws PropertyFailure if a check fails
   */
  public void check() {
    checkBounds();
    checkBands();
    checkDeterminism();
    checkNeverThrows();
    checkMonotonicity();
    checkNotApplicableInvariance();
  }

  /**
   * Checks the bounds of every node's points and of the index.
   *
   * @throws PropertyFailure if a scorecard is out of bounds
   */
  public void checkBounds() {
    run(files, file -> verifyBounds(file, compiled.evaluate(file)));
  }

  /**
   * Checks that the rounded index and the band follow the catalog's rounding and bands.
   *
   * @throws PropertyFailure if a scorecard disagrees with the catalog
   */
  public void checkBands() {
    run(files, file -> verifyBands(file, compiled.evaluate(file)));
  }

  /**
   * Checks that evaluation is deterministic: equal scorecards and identical JSON for the same file,
   * alone or in a cohort.
   *
   * @throws PropertyFailure if two evaluations of the same file differ
   */
  public void checkDeterminism() {
    run(files, this::verifyDeterminism);
  }

  /**
   * Checks that evidence which does not fit the catalog (see {@link EvidenceFileGen#invalid()})
   * never makes evaluation throw, and that each mismatch is reported as a data-quality finding with
   * its code and path.
   *
   * @throws PropertyFailure if evaluation throws or a mismatch goes unreported
   */
  public void checkNeverThrows() {
    run(files.invalid(), this::verifyInvalid);
  }

  /**
   * Checks that improving an input in its declared direction never lowers a node's points or the
   * index. Inputs of type {@code count}, {@code quantity}, {@code ratio} (the numerator rises, the
   * denominator, a multiple of 100, stays), {@code date}, {@code document} (its issue date) and
   * {@code flag} (false to true) take part; a catalog without directional inputs passes trivially.
   * Because ratio denominators are multiples of 100, a failure at a whole-percentage threshold
   * shrinks to a ratio exactly at the threshold.
   *
   * @throws PropertyFailure with an {@link Improvement} as counterexample if a score falls
   */
  public void checkMonotonicity() {
    List<InputDecl> directional =
        compiled.catalog().inputs().stream()
            .filter(i -> i.direction() != Direction.NONE && pairs(i, files.period()).isPresent())
            .toList();
    if (directional.isEmpty()) {
      return;
    }
    Map<String, Gen<Pair>> pairs = new LinkedHashMap<>();
    directional.forEach(in -> pairs.put(in.key(), pairs(in, files.period()).orElseThrow()));
    Gen<Improvement> improvements =
        Gen.combine(
            files,
            Gen.elements(directional)
                .flatMap(
                    in ->
                        Objects.requireNonNull(pairs.get(in.key()), in.key())
                            .map(p -> Map.entry(in, p))),
            (file, choice) -> {
              InputDecl in = choice.getKey();
              Pair p = choice.getValue();
              return in.direction() == Direction.HIGHER_IS_BETTER
                  ? new Improvement(file, in.key(), p.low(), p.high())
                  : new Improvement(file, in.key(), p.high(), p.low());
            });
    run(improvements, this::verifyMonotone);
  }

  /**
   * Checks that the evidence read only by a not-applicable node never changes the points,
   * applicable max or status of any other node (its ancestors aside). The index may change: the
   * evidence can make the node applicable, or change which not-applicable policy applies inside its
   * subtree.
   *
   * @throws PropertyFailure with a {@link Variation} as counterexample if another node changes
   */
  public void checkNotApplicableInvariance() {
    List<InputDecl> inputs = compiled.catalog().inputs();
    List<Gen<Evidence>> items = new ArrayList<>();
    inputs.forEach(in -> items.add(EvidenceGens.items(in, files.period())));
    Gen<SortedMap<String, Evidence>> alternatives =
        new Gen<>(
            "alternatives(" + inputs.size() + " inputs)",
            source -> {
              SortedMap<String, Evidence> map = new TreeMap<>();
              for (int i = 0; i < inputs.size(); i++) {
                map.put(inputs.get(i).key(), items.get(i).generate(source));
              }
              return map;
            });
    Gen<Variation> variations = Gen.combine(files, alternatives, Variation::new);
    CatalogWalk walk = CatalogWalk.of(compiled.catalog());
    run(variations, v -> verifyNotApplicable(walk, v));
  }

  /**
   * Runs the checks that need a single file (bounds, bands and determinism) on {@code file}, once.
   * Use it inside your own property, for example over generated catalogs and their evidence.
   *
   * @param file the evidence file to evaluate
   * @throws AssertionError if a check fails
   */
  public void verify(EvidenceFile file) {
    Objects.requireNonNull(file, "file");
    Scorecard card = compiled.evaluate(file);
    verifyBounds(file, card);
    verifyBands(file, card);
    verifyDeterminism(file);
  }

  // ---------------------------------------------------------------------------------------------
  // Counterexamples

  /**
   * A counterexample of {@link #checkMonotonicity()}: {@code input} improves from {@code worse} to
   * {@code better} in {@code file}, whose own item for the input is replaced by each in turn.
   *
   * @param file the rest of the evidence, the unit and the period
   * @param input the key of the improved input
   * @param worse the worse value, provided in {@link #worseFile()}
   * @param better the better value, provided in {@link #betterFile()}
   */
  public record Improvement(
      EvidenceFile file, String input, EvidenceValue worse, EvidenceValue better) {

    /**
     * Checks the components.
     *
     * @param file the rest of the evidence
     * @param input the improved input
     * @param worse the worse value
     * @param better the better value
     */
    public Improvement {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(worse, "worse");
      Objects.requireNonNull(better, "better");
    }

    /**
     * Returns {@link #file()} with {@code worse} provided for the input.
     *
     * @return the file with the worse value
     */
    public EvidenceFile worseFile() {
      return with(file, Map.of(input, Evidence.provided(worse)));
    }

    /**
     * Returns {@link #file()} with {@code better} provided for the input.
     *
     * @return the file with the better value
     */
    public EvidenceFile betterFile() {
      return with(file, Map.of(input, Evidence.provided(better)));
    }

    /**
     * Returns {@code 'r' improves from 50/100 to 90/100 in unit …}, describing the file without its
     * own item for the input, which both values replace.
     */
    @Override
    public String toString() {
      TreeMap<String, Evidence> others = new TreeMap<>(file.evidence().evidence());
      others.remove(input);
      EvidenceSet rest =
          EvidenceSet.builder()
              .unitCode(file.evidence().unitCode())
              .periodId(file.evidence().periodId())
              .evidence(others)
              .build();
      return "'"
          + input
          + "' improves from "
          + Display.value(worse)
          + " to "
          + Display.value(better)
          + " in "
          + Display.file(new EvidenceFile(file.unit(), file.period(), rest));
    }
  }

  /**
   * A counterexample of {@link #checkNotApplicableInvariance()}: an evidence file and an
   * alternative item for every declared input, used in place of the file's items for the inputs
   * only a not-applicable node reads.
   *
   * @param file the evidence file
   * @param alternatives an alternative item per input key
   */
  public record Variation(EvidenceFile file, SortedMap<String, Evidence> alternatives) {

    /**
     * Checks and copies the components.
     *
     * @param file the evidence file
     * @param alternatives the alternative items
     */
    public Variation {
      Objects.requireNonNull(file, "file");
      alternatives = Collections.unmodifiableSortedMap(new TreeMap<>(alternatives));
    }

    /** Returns the file, then the alternatives. */
    @Override
    public String toString() {
      StringBuilder alt = new StringBuilder("{");
      alternatives.forEach(
          (k, v) ->
              alt.append(alt.length() > 1 ? ", " : "")
                  .append(k)
                  .append('=')
                  .append(Display.item(v)));
      return Display.file(file) + " with alternatives " + alt.append('}');
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Single-file checks

  private void verifyBounds(EvidenceFile file, Scorecard card) {
    Catalog catalog = compiled.catalog();
    Map<String, Node> nodes = new LinkedHashMap<>();
    catalog.allNodes().forEach(n -> nodes.put(n.code(), n));
    List<String> problems = new ArrayList<>();
    for (NodeResult root : card.nodes()) {
      for (NodeResult r : root.flatten()) {
        Node n = nodes.get(r.code());
        if (n == null) {
          problems.add("node '" + r.code() + "' is not in the catalog");
          continue;
        }
        boolean penalty = n.kind() == NodeKind.PENALTY;
        Decimal low = penalty ? r.max().negate() : Decimal.ZERO;
        Decimal high = penalty ? Decimal.ZERO : r.applicableMax();
        if (r.earned().isLessThan(low) || r.earned().isGreaterThan(high)) {
          problems.add(
              "node '"
                  + r.code()
                  + "' earned "
                  + r.earned()
                  + ", outside ["
                  + low
                  + ", "
                  + high
                  + "] ("
                  + (penalty ? "penalty, max " + r.max() : "applicable max")
                  + ")");
        }
        if (r.applicableMax().signum() < 0 || r.applicableMax().isGreaterThan(r.max())) {
          problems.add(
              "node '"
                  + r.code()
                  + "' has applicable max "
                  + r.applicableMax()
                  + ", outside [0, "
                  + r.max()
                  + "]");
        }
        if (!r.children().isEmpty()) {
          Decimal earned = Decimal.ZERO;
          Decimal applicable = Decimal.ZERO;
          for (NodeResult c : r.children()) {
            earned = earned.plus(c.earned());
            applicable = applicable.plus(c.applicableMax());
          }
          // A node with its own 'round' shows its children's sum rounded.
          if (n.rounding().isPresent()) {
            earned = r.earned();
          }
          if (!earned.equals(r.earned()) || !applicable.equals(r.applicableMax())) {
            problems.add(
                "node '"
                    + r.code()
                    + "' has "
                    + r.earned()
                    + " of "
                    + r.applicableMax()
                    + " points but its children add up to "
                    + earned
                    + " of "
                    + applicable);
          }
        }
      }
    }
    Decimal index = card.index();
    Decimal top = indexCeiling(catalog.index());
    boolean empty = card.findings().stream().anyMatch(f -> f.code().startsWith("RB504"));
    if (top != null && !empty && (index.signum() < 0 || index.isGreaterThan(top))) {
      problems.add("index " + index + " is outside [0, " + top + "]");
    }
    if (!problems.isEmpty()) {
      throw failure(
          "bounds",
          "Expecting every node and the index of the scorecard of "
              + Display.file(file)
              + "\nto lie within bounds\nbut:\n  "
              + String.join("\n  ", problems));
    }
  }

  /**
   * Returns the largest index {@code formula} can give a unit to which something applies, or null
   * when it has none (an unclamped percentage, a sum of points, an XCCDF flat score).
   */
  private static @Nullable Decimal indexCeiling(IndexFormula formula) {
    if (formula instanceof IndexFormula.WeightedSum weighted) {
      return weighted.scale() == IndexFormula.Scale.PERCENT ? Decimal.HUNDRED : Decimal.ONE;
    }
    if (formula instanceof IndexFormula.PercentOfApplicableMax percent) {
      return percent.clamp() ? Decimal.HUNDRED : null;
    }
    if (formula instanceof IndexFormula.Xccdf xccdf) {
      return switch (xccdf.model()) {
        case DEFAULT -> Decimal.HUNDRED;
        case ABSOLUTE -> Decimal.ONE;
        default -> null;
      };
    }
    return null;
  }

  private void verifyBands(EvidenceFile file, Scorecard card) {
    Catalog catalog = compiled.catalog();
    List<String> problems = new ArrayList<>();
    if (card.indexDecimals() != catalog.rounding().decimals()) {
      problems.add(
          "index decimals "
              + card.indexDecimals()
              + " differ from the catalog's "
              + catalog.rounding().decimals());
    }
    Decimal expected = card.index().round(catalog.rounding().decimals(), catalog.rounding().mode());
    if (!expected.equals(card.indexRounded())) {
      problems.add(
          "index "
              + card.index()
              + " rounded to "
              + catalog.rounding().decimals()
              + " decimals "
              + Display.lower(catalog.rounding().mode())
              + " is "
              + expected
              + ", not "
              + card.indexRounded());
    }
    Optional<String> band = catalog.bandOf(card.indexRounded()).map(b -> b.label().vi());
    Optional<String> actual = card.band().map(b -> b.vi());
    if (!band.equals(actual)) {
      problems.add(
          "rounded index "
              + card.indexRounded()
              + " lies in band "
              + band.map(b -> "'" + b + "'").orElse("(none)")
              + " but the scorecard says "
              + actual.map(b -> "'" + b + "'").orElse("(none)"));
    }
    if (!problems.isEmpty()) {
      throw failure(
          "bands",
          "Expecting the scorecard of "
              + Display.file(file)
              + "\nto follow the catalog's rounding and bands\nbut:\n  "
              + String.join("\n  ", problems));
    }
  }

  private void verifyDeterminism(EvidenceFile file) {
    Scorecard first = compiled.evaluate(file);
    Scorecard second = compiled.evaluate(file);
    Scorecard parts = compiled.evaluate(file.unit(), file.period(), file.evidence());
    List<String> problems = new ArrayList<>();
    if (!first.equals(second)) {
      problems.add("two evaluations gave different scorecards:\n    " + first + "\n    " + second);
    } else if (!Json.write(first).equals(Json.write(second))) {
      problems.add("two evaluations gave different JSON");
    }
    if (!first.equals(parts)) {
      problems.add("evaluate(file) and evaluate(unit, period, evidence) differ");
    }
    if (!compiled.needsCohort()) {
      List<Scorecard> cohort = compiled.evaluateAll(List.of(file, file));
      for (int i = 0; i < cohort.size(); i++) {
        if (!cohort.get(i).equals(first)) {
          problems.add("evaluateAll gave a different scorecard for cohort member " + (i + 1));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw failure(
          "determinism",
          "Expecting repeated evaluations of "
              + Display.file(file)
              + "\nto be equal\nbut:\n  "
              + String.join("\n  ", problems));
    }
  }

  private void verifyInvalid(InvalidEvidence invalid) {
    Scorecard card = compiled.evaluate(invalid.file());
    List<String> missing = new ArrayList<>();
    for (InvalidEvidence.Problem p : invalid.problems()) {
      String path = "$.evidence." + p.key();
      boolean reported =
          card.findings().stream()
              .anyMatch(
                  f ->
                      (f.code().equals(p.code()) || f.code().startsWith(p.code() + "#"))
                          && path.equals(f.arguments().get("path")));
      if (!reported) {
        missing.add(p + " (path " + path + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw failure(
          "robustness",
          "Expecting the scorecard of "
              + Display.file(invalid.file())
              + "\nto report every mismatch as a data-quality finding\nbut these were not reported:\n  "
              + String.join("\n  ", missing)
              + "\nfindings:\n  "
              + card.findings().stream().map(Finding::code).collect(Collectors.joining(", ")));
    }
  }

  private void verifyMonotone(Improvement imp) {
    Scorecard worse = compiled.evaluate(imp.worseFile());
    Scorecard better = compiled.evaluate(imp.betterFile());
    Map<String, NodeResult> after = flatten(better);
    List<String> fell = new ArrayList<>();
    for (NodeResult w : flatten(worse).values()) {
      NodeResult b = after.get(w.code());
      if (b != null && b.earned().isLessThan(w.earned())) {
        fell.add(
            "node '"
                + w.code()
                + "': "
                + w.earned()
                + " ("
                + Display.lower(w.status())
                + ") -> "
                + b.earned()
                + " ("
                + Display.lower(b.status())
                + ")");
      }
    }
    if (better.index().isLessThan(worse.index())) {
      fell.add(
          "index: "
              + worse.indexRounded().toString(worse.indexDecimals())
              + " -> "
              + better.indexRounded().toString(better.indexDecimals()));
    }
    if (!fell.isEmpty()) {
      InputDecl in = CatalogWalk.input(compiled.catalog(), imp.input());
      throw failure(
          "monotonicity",
          "Expecting no score to fall when input '"
              + imp.input()
              + "' ("
              + (in.direction() == Direction.HIGHER_IS_BETTER ? "higher-better" : "lower-better")
              + ") improves\n  from: "
              + Display.value(imp.worse())
              + "\n  to:   "
              + Display.value(imp.better())
              + "\nbut these fell:\n  "
              + String.join("\n  ", fell));
    }
  }

  private void verifyNotApplicable(CatalogWalk walk, Variation v) {
    Scorecard card = compiled.evaluate(v.file());
    Map<String, NodeResult> before = flatten(card);
    for (NodeResult r : before.values()) {
      if (r.status() != NodeStatus.NOT_APPLICABLE
          || walk.ancestorsOf(r.code()).stream()
              .anyMatch(
                  a ->
                      before.containsKey(a)
                          && before.get(a).status() == NodeStatus.NOT_APPLICABLE)) {
        continue;
      }
      Set<String> subtree =
          r.flatten().stream()
              .map(NodeResult::code)
              .collect(Collectors.toCollection(LinkedHashSet::new));
      Set<String> inside = new LinkedHashSet<>();
      Set<String> outside = new LinkedHashSet<>();
      for (String code : walk.codes()) {
        (subtree.contains(code) ? inside : outside).addAll(walk.inputsOf(code));
      }
      inside.removeAll(outside);
      Map<String, Evidence> changes = new TreeMap<>();
      for (String key : inside) {
        Evidence alt = v.alternatives().get(key);
        Optional<Evidence> current = v.file().evidence().evidence(key);
        if (alt != null && !current.equals(Optional.of(alt))) {
          changes.put(key, alt);
        }
      }
      if (changes.isEmpty()) {
        continue;
      }
      Scorecard changed = compiled.evaluate(with(v.file(), changes));
      Map<String, NodeResult> after = flatten(changed);
      Set<String> ancestors = new LinkedHashSet<>(walk.ancestorsOf(r.code()));
      List<String> problems = new ArrayList<>();
      for (NodeResult b : before.values()) {
        if (subtree.contains(b.code()) || ancestors.contains(b.code())) {
          continue;
        }
        NodeResult a = after.get(b.code());
        if (a == null
            || !a.earned().equals(b.earned())
            || !a.applicableMax().equals(b.applicableMax())
            || a.status() != b.status()) {
          problems.add(
              "node '"
                  + b.code()
                  + "': "
                  + points(b)
                  + " -> "
                  + (a == null ? "(gone)" : points(a)));
        }
      }
      if (!problems.isEmpty()) {
        StringBuilder changeText = new StringBuilder();
        changes.forEach(
            (k, e) ->
                changeText
                    .append("\n  ")
                    .append(k)
                    .append(": ")
                    .append(v.file().evidence().evidence(k).map(Display::item).orElse("(absent)"))
                    .append(" -> ")
                    .append(Display.item(e)));
        throw failure(
            "not-applicable invariance",
            "Expecting no other node to change when only the evidence read by not-applicable node '"
                + r.code()
                + "' changes:"
                + changeText
                + "\nbut these changed:\n  "
                + String.join("\n  ", problems));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private <T> void run(Gen<T> gen, Consumer<? super T> property) {
    Property<T> p = Properties.forAll(gen);
    if (tries != null) {
      p = p.tries(tries);
    }
    if (seed != null) {
      p = p.seed(seed);
    }
    p.check(property);
  }

  private AssertionError failure(String check, String message) {
    Catalog c = compiled.catalog();
    return new AssertionError(
        check + " check of catalog " + c.id() + " " + c.version() + ":\n" + message);
  }

  private static String points(NodeResult r) {
    return r.earned() + " of " + r.applicableMax() + " (" + Display.lower(r.status()) + ")";
  }

  private static Map<String, NodeResult> flatten(Scorecard card) {
    Map<String, NodeResult> out = new LinkedHashMap<>();
    card.nodes().forEach(root -> root.flatten().forEach(n -> out.put(n.code(), n)));
    return out;
  }

  /** Returns {@code file} with the items of {@code changes} in place of its own. */
  static EvidenceFile with(EvidenceFile file, Map<String, Evidence> changes) {
    TreeMap<String, Evidence> items = new TreeMap<>(file.evidence().evidence());
    items.putAll(changes);
    EvidenceSet evidence =
        EvidenceSet.builder()
            .unitCode(file.evidence().unitCode())
            .periodId(file.evidence().periodId())
            .note(file.evidence().note())
            .evidence(items)
            .build();
    return new EvidenceFile(file.unit(), file.period(), evidence);
  }

  /** Two values of an input, {@code low < high} in the input's natural order. */
  private record Pair(EvidenceValue low, EvidenceValue high) {}

  /** Returns a generator of ordered value pairs for {@code input}, if its type has an order. */
  private static Optional<Gen<Pair>> pairs(InputDecl input, Period period) {
    switch (input.type()) {
      case RATIO -> {
        return Optional.of(new Gen<>("ratioPairs()", CatalogChecks::ratioPair));
      }
      case COUNT -> {
        return Optional.of(
            Gen.integers(0, EvidenceGens.MAX_COUNT - 1)
                .flatMap(
                    n ->
                        Gen.integers(1, EvidenceGens.MAX_COUNT - n)
                            .map(
                                d ->
                                    new Pair(
                                        new EvidenceValue.Count(n),
                                        new EvidenceValue.Count(n + d)))));
      }
      case QUANTITY -> {
        String unit = input.unit().orElse(EvidenceGens.DEFAULT_UNIT);
        BigDecimal step = new BigDecimal("0.01");
        if (input.range().isPresent()
            && input
                    .range()
                    .get()
                    .high()
                    .toBigDecimal()
                    .subtract(input.range().get().low().toBigDecimal())
                    .compareTo(step)
                > 0) {
          // Both values in the declared range (in 0..1): a value outside it is not used (RB609).
          BigDecimal low = input.range().get().low().toBigDecimal();
          BigDecimal high = input.range().get().high().toBigDecimal();
          return Optional.of(
              Gen.decimals(low, high.subtract(step), 2)
                  .flatMap(
                      a ->
                          Gen.decimals(step, high.subtract(a), 2)
                              .map(
                                  d ->
                                      new Pair(
                                          new EvidenceValue.Quantity(Decimal.of(a), unit),
                                          new EvidenceValue.Quantity(
                                              Decimal.of(a.add(d)), unit)))));
        }
        return Optional.of(
            Gen.combine(
                Gen.decimals(BigDecimal.ZERO, BigDecimal.valueOf(10_000), 2),
                Gen.decimals(new BigDecimal("0.01"), BigDecimal.valueOf(1_000), 2),
                (a, d) ->
                    new Pair(
                        new EvidenceValue.Quantity(Decimal.of(a), unit),
                        new EvidenceValue.Quantity(Decimal.of(a.add(d)), unit))));
      }
      case DATE -> {
        return Optional.of(datePairs(period).map(p -> p));
      }
      case DOCUMENT -> {
        return Optional.of(
            datePairs(period)
                .map(
                    p ->
                        new Pair(
                            document(((EvidenceValue.DateValue) p.low()).value()),
                            document(((EvidenceValue.DateValue) p.high()).value()))));
      }
      case FLAG -> {
        return Optional.of(
            Gen.constant(new Pair(new EvidenceValue.Flag(false), new EvidenceValue.Flag(true))));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * Draws two ratios with the same denominator {@code 100·k}: the lower {@code p·k + r} and the
   * higher {@code q·k + s}, where {@code p} and {@code q} are whole percentages and {@code r},
   * {@code s} the remainders below {@code k}. Lowering {@code k} keeps both percentages, so a
   * failure shrinks to {@code k = 1} and to whole percentages.
   */
  private static Pair ratioPair(ChoiceSource source) {
    int k = Gen.integers(1, 50).generate(source);
    int p = Gen.integers(0, 99).generate(source);
    int r = Gen.integers(0, k - 1).generate(source);
    int q = Gen.integers(p, 100).generate(source);
    if (q == p && r == k - 1) {
      q = p + 1;
    }
    int s;
    if (q == 100) {
      s = 0;
    } else if (q == p) {
      s = Gen.integers(r + 1, k - 1).generate(source);
    } else {
      s = Gen.integers(0, k - 1).generate(source);
    }
    long denominator = 100L * k;
    return new Pair(
        EvidenceValue.Ratio.of((long) p * k + r, denominator),
        EvidenceValue.Ratio.of((long) q * k + s, denominator));
  }

  private static Gen<Pair> datePairs(Period period) {
    LocalDate first = EvidenceGens.firstDate(period);
    LocalDate last = EvidenceGens.lastDate(period);
    return Gen.dates(first, last.minusDays(1))
        .flatMap(
            d ->
                Gen.integers(1L, Math.min(60L, last.toEpochDay() - d.toEpochDay()))
                    .map(
                        n ->
                            new Pair(
                                new EvidenceValue.DateValue(d),
                                new EvidenceValue.DateValue(d.plusDays(n)))));
  }

  private static EvidenceValue document(LocalDate issued) {
    return EvidenceValue.Document.builder().number("1/KH-UBND").issued(issued).build();
  }
}
