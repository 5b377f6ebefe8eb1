package dev.rubric.cohort.compare;

import dev.rubric.cohort.Ranking;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A cohort's units over two or more periods, possibly evaluated against different catalog versions:
 * for each period the ranking; for each step from one period to the next the catalogs' {@link
 * CatalogDiff}, each continuing unit's changes (index, band, rank, every node, findings), the band
 * transition matrix and how each criterion's share of its maximum moved; and for each unit its
 * series of results. Immutable and thread-safe.
 *
 * <p>Units are matched across periods by code, or through the {@link Succession} table for units
 * renamed, given a new code, moved or merged; never by name. A merged unit has no single
 * predecessor, so its series starts again. Criteria are matched through the {@link CodeMapping}
 * whose versions are those of the step's catalogs. Nodes whose rules changed show no delta.
 *
 * <pre>{@code
 * History h = History.of(List.of(Edition.of(c2021, cards2021), Edition.of(c2022, cards2022)),
 *     List.of(mapping), Succession.NONE);
 * h.unit("01969").orElseThrow();   // Phủ Thông's series and steps
 * }</pre>
 *
 * @param periods the periods, oldest first
 * @param steps one per consecutive pair of periods
 * @param units each unit's series, the units of the last period first (by rank), then units that
 *     ended earlier (by code)
 * @param movers the units present in the first and the last period (through succession), by index
 *     change from the first to the last, largest first, then by code
 * @param warnings what needs a person's attention: the diffs' warnings, then the units'
 */
public record History(
    List<Period> periods,
    List<Step> steps,
    List<UnitSeries> units,
    List<Mover> movers,
    List<Warning> warnings) {

  /** The decimals of published shares and averages (half-up). */
  public static final int DECIMALS = 2;

  /** Copies the components. */
  public History {
    periods = List.copyOf(periods);
    steps = List.copyOf(steps);
    units = List.copyOf(units);
    movers = List.copyOf(movers);
    warnings = List.copyOf(warnings);
  }

  /**
   * One period.
   *
   * @param edition the catalog and scorecards
   * @param ranking the units ranked
   */
  public record Period(Edition edition, Ranking ranking) {
    /** Checks that no component is null. */
    public Period {
      Objects.requireNonNull(edition, "edition");
      Objects.requireNonNull(ranking, "ranking");
    }

    /** Returns the period's id. */
    public String periodId() {
      return edition.periodId();
    }

    /** Returns the catalog. */
    public Catalog catalog() {
      return edition.catalog();
    }
  }

  /**
   * From one period to the next.
   *
   * @param fromPeriod the older period
   * @param toPeriod the newer period
   * @param diff the catalogs' differences
   * @param units each unit of the newer period with exactly one predecessor, in the newer period's
   *     rank order
   * @param bands how many continuing units moved from each band to each band
   * @param criteria every node of the newer catalog with one predecessor, by the absolute change of
   *     its share (largest first, not comparable last), then catalog order
   */
  public record Step(
      String fromPeriod,
      String toPeriod,
      CatalogDiff diff,
      List<UnitStep> units,
      BandTransitions bands,
      List<CriterionMove> criteria) {
    /** Copies the components. */
    public Step {
      Objects.requireNonNull(fromPeriod, "fromPeriod");
      Objects.requireNonNull(toPeriod, "toPeriod");
      Objects.requireNonNull(diff, "diff");
      units = List.copyOf(units);
      Objects.requireNonNull(bands, "bands");
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * One unit from one period to the next.
   *
   * @param before its result in the older period
   * @param after its result in the newer period
   * @param indexDelta the rounded index after minus before; empty when the index formula changed
   * @param nodes every node: the newer scorecard's in order, then nodes removed
   * @param findings its findings matched: new and persisting in the newer scorecard's order, then
   *     resolved
   */
  public record UnitStep(
      Point before,
      Point after,
      Optional<Decimal> indexDelta,
      List<NodeDelta> nodes,
      List<FindingChange> findings) {
    /** Copies the components. */
    public UnitStep {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
      Objects.requireNonNull(indexDelta, "indexDelta");
      nodes = List.copyOf(nodes);
      findings = List.copyOf(findings);
    }

    /** Returns the rank change: positive when the unit moved up. */
    public int rankChange() {
      return before.rank() - after.rank();
    }

    /** Returns the findings with {@code status}. */
    public List<FindingChange> findings(FindingChange.Status status) {
      return findings.stream().filter(f -> f.status() == status).toList();
    }
  }

  /**
   * The band transition matrix of a step: {@code counts.get(i).get(j)} units were in band {@code
   * from.get(i)} and are in band {@code to.get(j)}.
   *
   * @param from the older catalog's bands, highest first
   * @param to the newer catalog's bands, highest first
   * @param counts the counts, one row per older band
   * @param comparable whether the band bounds are unchanged
   */
  public record BandTransitions(
      List<LocalizedText> from,
      List<LocalizedText> to,
      List<List<Integer>> counts,
      boolean comparable) {
    /** Copies the components. */
    public BandTransitions {
      from = List.copyOf(from);
      to = List.copyOf(to);
      counts = counts.stream().map(List::copyOf).toList();
    }
  }

  /**
   * How one node's share of its maximum moved over the continuing units of a step: the points
   * earned over the applicable maximum, summed over the units where it applied both times.
   *
   * @param code the node's newer code
   * @param fromCode its older code
   * @param title its newer title
   * @param criterion whether it is scored by a rule (not an area or other summing parent)
   * @param comparability how its results compare
   * @param units the units it applied to both times
   * @param shareBefore the share in the older period, percent rounded to {@value #DECIMALS}
   *     decimals
   * @param shareAfter the share in the newer period, likewise
   * @param delta after minus before, in percentage points, from the rounded shares; empty when not
   *     comparable or no unit counts
   */
  public record CriterionMove(
      String code,
      String fromCode,
      LocalizedText title,
      boolean criterion,
      Comparability comparability,
      int units,
      Decimal shareBefore,
      Decimal shareAfter,
      Optional<Decimal> delta) {
    /** Checks that no component is null. */
    public CriterionMove {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(fromCode, "fromCode");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(comparability, "comparability");
      Objects.requireNonNull(shareBefore, "shareBefore");
      Objects.requireNonNull(shareAfter, "shareAfter");
      Objects.requireNonNull(delta, "delta");
    }
  }

  /**
   * One unit over all periods.
   *
   * @param unitCode its code in the last period it has
   * @param unitName its name in the last period it has
   * @param points its result in each period (aligned with {@link History#periods()}), empty where
   *     it has none
   */
  public record UnitSeries(String unitCode, String unitName, List<Optional<Point>> points) {
    /** Copies the components. */
    public UnitSeries {
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(unitName, "unitName");
      points = List.copyOf(points);
    }
  }

  /**
   * A unit's index change from the first period to the last.
   *
   * @param unitCode the unit's code in the last period
   * @param unitName its name in the last period
   * @param first its rounded index in the first period
   * @param last its rounded index in the last period
   * @param delta last minus first
   */
  public record Mover(
      String unitCode, String unitName, Decimal first, Decimal last, Decimal delta) {
    /** Checks that no component is null. */
    public Mover {
      Objects.requireNonNull(unitCode, "unitCode");
      Objects.requireNonNull(unitName, "unitName");
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      Objects.requireNonNull(delta, "delta");
    }
  }

  /** Returns the series of the unit with code {@code code} in the last period it has. */
  public Optional<UnitSeries> series(String code) {
    return units.stream().filter(u -> u.unitCode().equals(code)).findFirst();
  }

  /**
   * Returns the steps of the unit with code {@code code} (its code in the newer period of each
   * step), oldest first: one per step in which it continues a single predecessor.
   */
  public List<UnitStep> unitSteps(String code) {
    List<UnitStep> out = new ArrayList<>();
    Optional<UnitSeries> s = series(code);
    if (s.isEmpty()) {
      return out;
    }
    for (int step = 0; step < steps.size(); step++) {
      final int i = step;
      Optional<Point> p = s.get().points().get(i + 1);
      if (p.isEmpty()) {
        continue;
      }
      String at = p.get().unitCode();
      steps.get(i).units().stream()
          .filter(u -> u.after().unitCode().equals(at))
          .findFirst()
          .filter(u -> s.get().points().get(i).isPresent())
          .ifPresent(out::add);
    }
    return out;
  }

  /** Returns the units whose index rose most, largest first, at most {@code n}. */
  public List<Mover> mostImproved(int n) {
    return movers.stream().filter(m -> m.delta().signum() > 0).limit(n).toList();
  }

  /** Returns the units whose index fell most, largest fall first, at most {@code n}. */
  public List<Mover> mostDeclined(int n) {
    List<Mover> down =
        new ArrayList<>(movers.stream().filter(m -> m.delta().signum() < 0).toList());
    java.util.Collections.reverse(down);
    return down.stream()
        .sorted(Comparator.comparing(Mover::delta).thenComparing(Mover::unitCode))
        .limit(n)
        .toList();
  }

  /**
   * Compares {@code editions}, oldest first.
   *
   * @param editions two or more periods, oldest first, with distinct period ids
   * @param mappings code mappings; each step uses the one whose catalog id and versions are its
   *     catalogs' (none: codes match themselves)
   * @param succession which units continue which
   * @throws IllegalArgumentException if fewer than two editions are given or two have one period
   */
  public static History of(
      List<Edition> editions, List<CodeMapping> mappings, Succession succession) {
    if (editions.size() < 2) {
      throw new IllegalArgumentException(
          "editions: expected at least two periods but found " + editions.size());
    }
    for (int i = 1; i < editions.size(); i++) {
      if (editions.get(i).periodId().compareTo(editions.get(i - 1).periodId()) <= 0) {
        throw new IllegalArgumentException(
            "editions: expected periods oldest first, each once, but found "
                + editions.get(i - 1).periodId()
                + " before "
                + editions.get(i).periodId());
      }
    }
    List<Period> periods = new ArrayList<>();
    for (Edition e : editions) {
      periods.add(new Period(e, Ranking.of(e.catalog(), e.cards())));
    }
    List<Warning> diffWarnings = new ArrayList<>();
    List<Warning> unitWarnings = new ArrayList<>();
    List<Step> steps = new ArrayList<>();
    // predecessor code in period i of each unit code in period i + 1
    List<Map<String, String>> links = new ArrayList<>();
    for (int i = 1; i < periods.size(); i++) {
      Period a = periods.get(i - 1);
      Period b = periods.get(i);
      Optional<CodeMapping> mapping =
          mappings.stream()
              .filter(m -> m.catalogId().equals(b.catalog().id()))
              .filter(m -> m.from().equals(a.catalog().version()))
              .filter(m -> m.to().equals(b.catalog().version()))
              .findFirst();
      CatalogDiff diff = CatalogDiff.of(a.catalog(), b.catalog(), mapping);
      diffWarnings.addAll(diff.warnings());
      Map<String, String> link = link(a, b, succession, unitWarnings);
      links.add(link);
      steps.add(step(a, b, diff, link));
    }
    List<UnitSeries> series = series(periods, links);
    List<Mover> movers = new ArrayList<>();
    for (UnitSeries s : series) {
      Optional<Point> first = s.points().get(0);
      Optional<Point> last = s.points().get(s.points().size() - 1);
      if (first.isPresent() && last.isPresent()) {
        movers.add(
            new Mover(
                s.unitCode(),
                s.unitName(),
                first.get().index(),
                last.get().index(),
                last.get().index().minus(first.get().index())));
      }
    }
    movers.sort(Comparator.comparing(Mover::delta).reversed().thenComparing(Mover::unitCode));
    List<Warning> warnings = new ArrayList<>(diffWarnings);
    warnings.addAll(unitWarnings);
    return new History(periods, steps, series, movers, warnings);
  }

  /**
   * Returns the predecessor in {@code a} of each unit of {@code b} that has exactly one: by code,
   * or through the succession events between the two periods.
   */
  private static Map<String, String> link(
      Period a, Period b, Succession succession, List<Warning> warnings) {
    Map<String, List<String>> current = new LinkedHashMap<>();
    for (Scorecard c : a.edition().cards()) {
      current.put(c.unitCode(), new ArrayList<>(List.of(c.unitCode())));
    }
    List<String> named = new ArrayList<>();
    for (Succession.Event e : succession.between(a.periodId(), b.periodId())) {
      List<String> merged = new ArrayList<>();
      for (String from : e.from()) {
        List<String> was = current.remove(from);
        if (was == null) {
          warnings.add(Warning.of(Warning.Kind.SUCCESSION_UNKNOWN_UNIT, from, a.periodId()));
        } else {
          merged.addAll(was);
        }
      }
      current.computeIfAbsent(e.to(), k -> new ArrayList<>()).addAll(merged);
      named.add(e.to());
    }
    Map<String, Scorecard> inB = new LinkedHashMap<>();
    b.edition().cards().forEach(c -> inB.put(c.unitCode(), c));
    Map<String, String> out = new LinkedHashMap<>();
    for (String code : inB.keySet()) {
      List<String> preds = current.getOrDefault(code, List.of());
      if (preds.size() == 1) {
        out.put(code, preds.get(0));
      } else if (preds.size() > 1) {
        warnings.add(Warning.of(Warning.Kind.UNIT_MERGED, code, String.join(", ", preds)));
      } else {
        warnings.add(Warning.of(Warning.Kind.UNIT_NEW, code, a.periodId(), b.periodId()));
      }
    }
    for (Map.Entry<String, List<String>> e : current.entrySet()) {
      if (!inB.containsKey(e.getKey())) {
        if (named.contains(e.getKey())) {
          warnings.add(Warning.of(Warning.Kind.SUCCESSION_UNKNOWN_UNIT, e.getKey(), b.periodId()));
        } else {
          for (String old : e.getValue()) {
            warnings.add(Warning.of(Warning.Kind.UNIT_ENDED, old, a.periodId(), b.periodId()));
          }
        }
      }
    }
    return out;
  }

  private static Map<String, Point> points(Period p) {
    Map<String, Point> out = new HashMap<>();
    int n = p.ranking().rows().size();
    for (Ranking.Row r : p.ranking().rows()) {
      Ranking.Summary s = r.summary();
      out.put(
          s.unitCode(),
          new Point(
              s.unitCode(),
              s.unitName(),
              s.periodId(),
              s.indexRounded(),
              s.indexDecimals(),
              s.band(),
              r.rank(),
              n));
    }
    return out;
  }

  private static Step step(Period a, Period b, CatalogDiff diff, Map<String, String> link) {
    Map<String, Point> pa = points(a);
    Map<String, Point> pb = points(b);
    Map<String, Scorecard> ca = cards(a);
    Map<String, Scorecard> cb = cards(b);
    List<UnitStep> units = new ArrayList<>();
    List<Band> fromBands = a.catalog().bands();
    List<Band> toBands = b.catalog().bands();
    int[][] counts = new int[fromBands.size()][toBands.size()];
    for (Ranking.Row r : b.ranking().rows()) {
      String code = r.summary().unitCode();
      String pred = link.get(code);
      if (pred == null) {
        continue;
      }
      Point before = Objects.requireNonNull(pa.get(pred));
      Point after = Objects.requireNonNull(pb.get(code));
      Scorecard cardA = Objects.requireNonNull(ca.get(pred));
      Scorecard cardB = Objects.requireNonNull(cb.get(code));
      Optional<Decimal> indexDelta =
          diff.indexComparable()
              ? Optional.of(after.index().minus(before.index()))
              : Optional.empty();
      units.add(
          new UnitStep(
              before, after, indexDelta, nodes(cardA, cardB, diff), findings(cardA, cardB, diff)));
      int i = bandIndex(fromBands, before.band());
      int j = bandIndex(toBands, after.band());
      if (i >= 0 && j >= 0) {
        counts[i][j]++;
      }
    }
    List<List<Integer>> matrix = new ArrayList<>();
    for (int[] row : counts) {
      List<Integer> r = new ArrayList<>();
      for (int c : row) {
        r.add(c);
      }
      matrix.add(r);
    }
    BandTransitions bands =
        new BandTransitions(
            fromBands.stream().map(Band::label).toList(),
            toBands.stream().map(Band::label).toList(),
            matrix,
            diff.bandsComparable());
    return new Step(
        a.periodId(), b.periodId(), diff, units, bands, criteria(b.catalog(), units, diff));
  }

  private static int bandIndex(List<Band> bands, Optional<LocalizedText> label) {
    for (int i = 0; i < bands.size(); i++) {
      if (label.isPresent() && bands.get(i).label().equals(label.get())) {
        return i;
      }
    }
    return -1;
  }

  private static Map<String, Scorecard> cards(Period p) {
    Map<String, Scorecard> out = new HashMap<>();
    p.edition().cards().forEach(c -> out.put(c.unitCode(), c));
    return out;
  }

  /** Returns the node deltas of one unit: the newer card's nodes in order, then removed nodes. */
  static List<NodeDelta> nodes(Scorecard a, Scorecard b, CatalogDiff diff) {
    List<NodeDelta> out = new ArrayList<>();
    Map<String, Integer> depthB = depths(b);
    Map<String, Integer> depthA = depths(a);
    for (NodeResult root : b.nodes()) {
      for (NodeResult nb : root.flatten()) {
        List<String> olds = diff.oldCodes(nb.code());
        Optional<NodeResult> na =
            olds.size() == 1 ? a.node(olds.get(0)) : Optional.<NodeResult>empty();
        Comparability c =
            na.isPresent() ? diff.comparability(nb.code()) : Comparability.NOT_COMPARABLE;
        out.add(
            delta(
                nb.code(),
                depthB.getOrDefault(nb.code(), 0),
                olds.size() == 1 ? Optional.of(olds.get(0)) : Optional.empty(),
                nb.title(),
                na.map(NodeDelta.Side::of),
                Optional.of(NodeDelta.Side.of(nb)),
                c));
      }
    }
    for (NodeResult root : a.nodes()) {
      for (NodeResult na : root.flatten()) {
        if (diff.newCode(na.code()).isEmpty()) {
          out.add(
              delta(
                  na.code(),
                  depthA.getOrDefault(na.code(), 0),
                  Optional.of(na.code()),
                  na.title(),
                  Optional.of(NodeDelta.Side.of(na)),
                  Optional.empty(),
                  Comparability.NOT_COMPARABLE));
        }
      }
    }
    return out;
  }

  private static Map<String, Integer> depths(Scorecard card) {
    Map<String, Integer> out = new HashMap<>();
    card.nodes().forEach(n -> depths(n, 0, out));
    return out;
  }

  private static void depths(NodeResult n, int depth, Map<String, Integer> out) {
    out.put(n.code(), depth);
    n.children().forEach(c -> depths(c, depth + 1, out));
  }

  private static NodeDelta delta(
      String code,
      int depth,
      Optional<String> fromCode,
      LocalizedText title,
      Optional<NodeDelta.Side> before,
      Optional<NodeDelta.Side> after,
      Comparability c) {
    Optional<Decimal> points = Optional.empty();
    Optional<Decimal> share = Optional.empty();
    if (before.isPresent() && after.isPresent()) {
      NodeDelta.Side x = before.get();
      NodeDelta.Side y = after.get();
      if (c == Comparability.COMPARABLE && x.counts() && y.counts()) {
        points = Optional.of(y.earned().minus(x.earned()));
      }
      if (c != Comparability.NOT_COMPARABLE
          && x.counts()
          && y.counts()
          && x.applicableMax().signum() > 0
          && y.applicableMax().signum() > 0) {
        share =
            Optional.of(
                percent(y.earned(), y.applicableMax())
                    .minus(percent(x.earned(), x.applicableMax())));
      }
    }
    return new NodeDelta(code, depth, fromCode, title, before, after, c, points, share);
  }

  /** Returns {@code part / whole} in percent, rounded to {@value #DECIMALS} decimals half-up. */
  static Decimal percent(Decimal part, Decimal whole) {
    return part.times(Decimal.HUNDRED).divide(whole).round(DECIMALS, RoundingMode.HALF_UP);
  }

  /** Returns the findings of one unit matched across the step. */
  static List<FindingChange> findings(Scorecard a, Scorecard b, CatalogDiff diff) {
    Map<String, List<Finding>> old = new LinkedHashMap<>();
    for (Finding f : a.findings()) {
      old.computeIfAbsent(key(f, c -> diff.newCode(c).orElse(c)), k -> new ArrayList<>()).add(f);
    }
    List<FindingChange> out = new ArrayList<>();
    for (Finding f : b.findings()) {
      String key = key(f, UnaryOperator.identity());
      List<Finding> was = old.getOrDefault(key, new ArrayList<>());
      if (was.isEmpty()) {
        out.add(new FindingChange(FindingChange.Status.NEW, key, Optional.empty(), Optional.of(f)));
      } else {
        out.add(
            new FindingChange(
                FindingChange.Status.PERSISTING, key, Optional.of(was.remove(0)), Optional.of(f)));
      }
    }
    for (Map.Entry<String, List<Finding>> e : old.entrySet()) {
      for (Finding f : e.getValue()) {
        out.add(
            new FindingChange(
                FindingChange.Status.RESOLVED, e.getKey(), Optional.of(f), Optional.empty()));
      }
    }
    return out;
  }

  private static String key(Finding f, UnaryOperator<String> mapCode) {
    return f.criterionCode().map(c -> mapCode.apply(c) + "." + f.kind().code()).orElse(f.code());
  }

  private static List<CriterionMove> criteria(
      Catalog newer, List<UnitStep> units, CatalogDiff diff) {
    List<CriterionMove> out = new ArrayList<>();
    for (dev.rubric.core.catalog.Node n : newer.allNodes()) {
      List<String> olds = diff.oldCodes(n.code());
      if (olds.size() != 1) {
        continue;
      }
      Decimal earnedA = Decimal.ZERO;
      Decimal maxA = Decimal.ZERO;
      Decimal earnedB = Decimal.ZERO;
      Decimal maxB = Decimal.ZERO;
      int count = 0;
      for (UnitStep u : units) {
        for (NodeDelta d : u.nodes()) {
          if (!d.code().equals(n.code()) || d.before().isEmpty() || d.after().isEmpty()) {
            continue;
          }
          NodeDelta.Side x = d.before().get();
          NodeDelta.Side y = d.after().get();
          if (x.counts() && y.counts()) {
            earnedA = earnedA.plus(x.earned());
            maxA = maxA.plus(x.applicableMax());
            earnedB = earnedB.plus(y.earned());
            maxB = maxB.plus(y.applicableMax());
            count++;
          }
        }
      }
      Comparability c = diff.comparability(n.code());
      boolean counted = maxA.signum() > 0 && maxB.signum() > 0;
      Decimal shareA = counted ? percent(earnedA, maxA) : Decimal.ZERO;
      Decimal shareB = counted ? percent(earnedB, maxB) : Decimal.ZERO;
      Optional<Decimal> delta =
          counted && c != Comparability.NOT_COMPARABLE
              ? Optional.of(shareB.minus(shareA))
              : Optional.empty();
      out.add(
          new CriterionMove(
              n.code(),
              olds.get(0),
              n.title(),
              n.rule().isPresent(),
              c,
              count,
              shareA,
              shareB,
              delta));
    }
    Map<String, Integer> order = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      order.put(out.get(i).code(), i);
    }
    out.sort(
        Comparator.comparing((CriterionMove m) -> m.delta().isEmpty())
            .thenComparing(
                (CriterionMove m) ->
                    m.delta().map(d -> d.signum() < 0 ? d.negate() : d).orElse(Decimal.ZERO),
                Comparator.reverseOrder())
            .thenComparing(m -> order.getOrDefault(m.code(), 0)));
    return out;
  }

  /** Builds each unit's series, following the links back from the last period it has. */
  private static List<UnitSeries> series(List<Period> periods, List<Map<String, String>> links) {
    List<Map<String, Point>> points = periods.stream().map(History::points).toList();
    List<UnitSeries> out = new ArrayList<>();
    // codes already placed in a series, per period
    List<java.util.Set<String>> used = new ArrayList<>();
    periods.forEach(p -> used.add(new java.util.HashSet<>()));
    for (int last = periods.size() - 1; last >= 0; last--) {
      List<String> codes = new ArrayList<>();
      for (Ranking.Row r : periods.get(last).ranking().rows()) {
        codes.add(r.summary().unitCode());
      }
      if (last < periods.size() - 1) {
        codes.sort(Comparator.naturalOrder());
      }
      for (String code : codes) {
        if (used.get(last).contains(code)) {
          continue;
        }
        List<Optional<Point>> ps = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
          ps.add(Optional.empty());
        }
        String at = code;
        for (int i = last; i >= 0; i--) {
          used.get(i).add(at);
          ps.set(i, Optional.ofNullable(points.get(i).get(at)));
          if (i == 0) {
            break;
          }
          String pred = links.get(i - 1).get(at);
          if (pred == null) {
            break;
          }
          at = pred;
        }
        Point latest = ps.get(last).orElseThrow();
        out.add(new UnitSeries(latest.unitCode(), latest.unitName(), ps));
      }
    }
    return out;
  }
}
