package dev.rubric.cohort.reconcile;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.AssessmentCheck;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rescored;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The reconciliation of one assessment cycle for a cohort: per unit and criterion the points
 * claimed, computed, appraised and final, with a finding for every gap, and the cohort's {@link
 * Agreement}.
 *
 * <pre>{@code
 * List<Scorecard> cards = catalog.evaluateAll(evidence);
 * Reconciliation r = Reconciliation.of(catalog, cards, assessments);
 * for (UnitReconciliation u : r.units()) {
 *   u.findings().forEach(f -> System.out.println(u.unitCode() + " " + f.message().in(Language.VI)));
 * }
 * r.agreement().kappa().map(k -> k.round(4));   // quadratically weighted Cohen's kappa
 * }</pre>
 *
 * <p><b>Per criterion</b> (the leaves of the catalog): <i>claimed</i> is the self-assessment;
 * <i>computed</i> the catalog's points from the evidence; <i>appraised</i> the council's latest
 * appraisal (re-appraisal, else appraisal); <i>final</i> the final round's points, else the
 * appraised ones, else the computed ones. The gaps ({@link GapKind}): over-claimed when claimed
 * exceeds computed ("claimed but not evidenced", RB821), under-claimed when it falls short (RB822),
 * council overrode when the council's last decision (final, else re-appraisal, else appraisal)
 * differs from computed (RB823, with its remark), changed by explanation when the unit explained
 * and a later council round changed the appraisal (RB824). A finding's severity is its code's when
 * the points at stake are at least half the criterion's maximum, one step lower otherwise. The
 * final points came from the accepted explanation when they equal the explanation's and differ from
 * the appraisal, from the appraisal when a council round decided them and they differ from
 * computed, else from the computation.
 *
 * <p>Assessments are first {@linkplain AssessmentCheck checked}: only accepted scores count, and
 * every problem is reported. An assessment of a unit without a scorecard (RB806) or for another
 * period (RB807) is reported and left out; a unit without an assessment (RB809) is reconciled with
 * its computed points only. Two assessments of one unit (a self-assessment file and the council's
 * file) are merged; a criterion scored twice in one round keeps the first score (RB804).
 *
 * <p>Deterministic: units in the order of the scorecards, lines in catalog order. Immutable and
 * thread-safe.
 *
 * @param catalogId the catalog's id
 * @param catalogVersion the catalog's version
 * @param units one per scorecard, in the scorecards' order
 * @param problems cohort-level problems: RB806, RB807, RB809
 * @param agreement the cohort view
 */
public record Reconciliation(
    String catalogId,
    String catalogVersion,
    List<UnitReconciliation> units,
    List<Finding> problems,
    Agreement agreement) {

  /** The view of the points computed from the evidence. */
  public static final String COMPUTED = "computed";

  /** The view of every criterion's final points. */
  public static final String FINAL_RESULT = "final_result";

  /** Checks and copies the components. */
  public Reconciliation {
    Objects.requireNonNull(catalogId, "catalogId");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    units = List.copyOf(units);
    problems = List.copyOf(problems);
    Objects.requireNonNull(agreement, "agreement");
  }

  /**
   * Reconciles the assessments of a cohort with its scorecards.
   *
   * @param catalog the catalog the cards were evaluated with
   * @param cards one scorecard per unit, e.g. from {@link CompiledCatalog#evaluateAll}
   * @param assessments the units' assessments, any number per unit, in any order
   * @throws IllegalArgumentException if a card was not evaluated with {@code catalog}, or two cards
   *     are of one unit
   */
  public static Reconciliation of(
      CompiledCatalog catalog, List<Scorecard> cards, List<Assessment> assessments) {
    Objects.requireNonNull(catalog, "catalog");
    Map<String, Scorecard> byUnit = new LinkedHashMap<>();
    for (Scorecard c : cards) {
      if (byUnit.put(c.unitCode(), c) != null) {
        throw new IllegalArgumentException(
            "cards: expected one scorecard per unit but found unit '" + c.unitCode() + "' twice");
      }
    }
    List<Finding> problems = new ArrayList<>();
    Map<String, List<Finding>> unitProblems = new HashMap<>();
    Map<String, Assessment> merged = new LinkedHashMap<>();
    for (Assessment a : assessments) {
      Scorecard card = byUnit.get(a.unitCode());
      if (card == null) {
        problems.add(AssessmentCheck.unitNotInCohort(a));
        continue;
      }
      if (!a.periodId().equals(card.periodId())) {
        problems.add(
            AssessmentCheck.otherCatalog(
                a.source().orElse("$.period"),
                "period",
                card.periodId(),
                a.periodId(),
                Optional.of(a.unitCode())));
        continue;
      }
      AssessmentCheck check = AssessmentCheck.of(catalog.catalog(), a);
      List<Finding> own = unitProblems.computeIfAbsent(a.unitCode(), u -> new ArrayList<>());
      own.addAll(check.findings());
      Assessment accepted = check.accepted();
      Assessment before = merged.get(a.unitCode());
      merged.put(a.unitCode(), before == null ? accepted : merge(before, accepted, own));
    }
    List<UnitReconciliation> units = new ArrayList<>();
    for (Scorecard card : byUnit.values()) {
      Assessment a = merged.get(card.unitCode());
      List<Finding> own = unitProblems.getOrDefault(card.unitCode(), List.of());
      if (a == null) {
        problems.add(AssessmentCheck.unitNotAssessed(card.unitCode()));
      }
      units.add(unit(catalog, card, Optional.ofNullable(a), own));
    }
    return new Reconciliation(
        catalog.catalog().id(),
        catalog.catalog().version(),
        units,
        problems,
        agreement(units, catalog.catalog().rounding().decimals()));
  }

  /** Returns the unit with {@code code}, if it is in the cohort. */
  public Optional<UnitReconciliation> unit(String code) {
    return units.stream().filter(u -> u.unitCode().equals(code)).findFirst();
  }

  private static Assessment merge(Assessment first, Assessment second, List<Finding> problems) {
    List<AssessedScore> scores = new ArrayList<>(first.scores());
    for (int i = 0; i < second.scores().size(); i++) {
      AssessedScore s = second.scores().get(i);
      Optional<AssessedScore> other = first.score(s.criterionCode(), s.round());
      if (other.isPresent()) {
        DiagnosticCode code = DiagnosticCode.ROUND_CONTRADICTS_ITSELF;
        String where = s.source().orElse("$.scores[" + i + "]");
        problems.add(
            Finding.builder()
                .code(code.code())
                .severity(code.findingSeverity())
                .kind(FindingKind.DATA_QUALITY)
                .criterionCode(s.criterionCode())
                .messageKey("assessment." + code.code())
                .putArguments("where", where)
                .putArguments("round", s.round().code())
                .message(
                    Message.of(
                        MessageKey.ROUND_SCORED_TWICE,
                        Arg.text(s.criterionCode()),
                        new Arg.Nested(s.round().title()),
                        new Arg.Points(s.points()),
                        new Arg.Points(other.get().points()),
                        Arg.text(where),
                        Arg.text(code.code())))
                .pointsLost(Decimal.ZERO)
                .build());
        continue;
      }
      scores.add(s);
    }
    return Assessment.builder().from(first).scores(scores).build();
  }

  private static UnitReconciliation unit(
      CompiledCatalog catalog, Scorecard card, Optional<Assessment> assessment, List<Finding> own) {
    List<CriterionLine> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (NodeResult top : card.nodes()) {
      for (NodeResult n : top.flatten()) {
        if (n.children().isEmpty()) {
          CriterionLine line = line(n, assessment);
          lines.add(line);
          Round council = Round.APPRAISAL;
          for (Round r : List.of(Round.FINAL, Round.RE_APPRAISAL)) {
            if (council == Round.APPRAISAL && score(assessment, n.code(), r).isPresent()) {
              council = r;
            }
          }
          Decimal appraisal =
              score(assessment, n.code(), Round.APPRAISAL)
                  .map(AssessedScore::points)
                  .orElse(Decimal.ZERO);
          findings.addAll(findings(line, card.unitCode(), council, appraisal));
        }
      }
    }
    List<RoundIndex> indexes = new ArrayList<>();
    indexes.add(
        new RoundIndex(COMPUTED, card.total(), card.index(), card.indexRounded(), card.band()));
    if (assessment.isPresent()) {
      Set<Round> rounds = EnumSet.noneOf(Round.class);
      assessment.get().scores().forEach(s -> rounds.add(s.round()));
      for (Round r : rounds) {
        Map<String, Decimal> points = new HashMap<>();
        for (CriterionLine l : lines) {
          for (Round earlier : Round.values()) {
            if (earlier.compareTo(r) <= 0) {
              assessment
                  .get()
                  .score(l.code(), earlier)
                  .ifPresent(s -> points.put(l.code(), s.points()));
            }
          }
        }
        indexes.add(index(r.code(), catalog.rescore(card, points)));
      }
    }
    Map<String, Decimal> finals = new HashMap<>();
    lines.forEach(l -> finals.put(l.code(), l.finalPoints()));
    indexes.add(index(FINAL_RESULT, catalog.rescore(card, finals)));
    return new UnitReconciliation(
        card.unitCode(), card.unitName(), assessment.isPresent(), lines, findings, own, indexes);
  }

  private static RoundIndex index(String view, Rescored r) {
    return new RoundIndex(view, r.total(), r.index(), r.indexRounded(), r.band());
  }

  private static boolean same(Decimal a, Decimal b) {
    return a.compareTo(b) == 0;
  }

  private static CriterionLine line(NodeResult n, Optional<Assessment> assessment) {
    Optional<AssessedScore> self = score(assessment, n.code(), Round.SELF_ASSESSMENT);
    Optional<AssessedScore> appraisal = score(assessment, n.code(), Round.APPRAISAL);
    Optional<AssessedScore> explanation = score(assessment, n.code(), Round.EXPLANATION);
    Optional<AssessedScore> reAppraisal = score(assessment, n.code(), Round.RE_APPRAISAL);
    Optional<AssessedScore> fin = score(assessment, n.code(), Round.FINAL);
    Decimal computed = n.earned();
    Optional<AssessedScore> appraised = reAppraisal.isPresent() ? reAppraisal : appraisal;
    Optional<AssessedScore> council = fin.isPresent() ? fin : appraised;
    Decimal finalPoints = council.map(AssessedScore::points).orElse(computed);
    Optional<String> remark = Optional.empty();
    for (Optional<AssessedScore> s : List.of(fin, reAppraisal, appraisal)) {
      if (remark.isEmpty() && s.isPresent()) {
        remark = s.get().remark();
      }
    }
    ScoreSource source;
    if (explanation.isPresent()
        && same(finalPoints, explanation.get().points())
        && (appraisal.isEmpty() || !same(finalPoints, appraisal.get().points()))) {
      source = ScoreSource.ACCEPTED_EXPLANATION;
    } else if (council.isPresent() && !same(finalPoints, computed)) {
      source = ScoreSource.APPRAISED;
    } else {
      source = ScoreSource.COMPUTED;
    }
    List<GapKind> gaps = new ArrayList<>();
    if (self.isPresent() && self.get().points().isGreaterThan(computed)) {
      gaps.add(GapKind.OVER_CLAIMED);
    }
    if (self.isPresent() && self.get().points().isLessThan(computed)) {
      gaps.add(GapKind.UNDER_CLAIMED);
    }
    if (council.isPresent() && !same(council.get().points(), computed)) {
      gaps.add(GapKind.COUNCIL_OVERRODE);
    }
    Optional<AssessedScore> later = fin.isPresent() ? fin : reAppraisal;
    if (explanation.isPresent()
        && appraisal.isPresent()
        && later.isPresent()
        && !same(later.get().points(), appraisal.get().points())) {
      gaps.add(GapKind.CHANGED_BY_EXPLANATION);
    }
    if (gaps.isEmpty()) {
      gaps.add(GapKind.AGREED);
    }
    return new CriterionLine(
        n.code(),
        n.title(),
        n.channel(),
        n.max(),
        self.map(AssessedScore::points),
        computed,
        appraised.map(AssessedScore::points),
        appraised.map(AssessedScore::round),
        explanation.map(AssessedScore::points),
        finalPoints,
        source,
        remark,
        gaps);
  }

  private static Optional<AssessedScore> score(
      Optional<Assessment> assessment, String code, Round round) {
    return assessment.flatMap(a -> a.score(code, round));
  }

  private static List<Finding> findings(
      CriterionLine l, String unitCode, Round council, Decimal appraisal) {
    List<Finding> out = new ArrayList<>();
    for (GapKind kind : l.gaps()) {
      if (kind == GapKind.AGREED) {
        continue;
      }
      DiagnosticCode code = kind.diagnosticCode().orElseThrow();
      Decimal claimed = l.claimed().orElse(Decimal.ZERO);
      Message remark =
          l.remark()
              .map(r -> Message.literal(LocalizedText.of(r)))
              .orElse(Message.of(MessageKey.NO_REMARK));
      Decimal stake;
      Message message;
      switch (kind) {
        case OVER_CLAIMED -> {
          stake = claimed.minus(l.computed());
          message =
              Message.of(
                  MessageKey.OVER_CLAIMED,
                  new Arg.Title(l.title()),
                  new Arg.Points(claimed),
                  new Arg.Points(l.computed()),
                  Arg.text(code.code()));
        }
        case UNDER_CLAIMED -> {
          stake = l.computed().minus(claimed);
          message =
              Message.of(
                  MessageKey.UNDER_CLAIMED,
                  new Arg.Title(l.title()),
                  new Arg.Points(claimed),
                  new Arg.Points(l.computed()),
                  Arg.text(code.code()));
        }
        case COUNCIL_OVERRODE -> {
          stake = abs(l.finalPoints().minus(l.computed()));
          message =
              Message.of(
                  MessageKey.COUNCIL_OVERRODE,
                  new Arg.Title(l.title()),
                  new Arg.Nested(council.title()),
                  new Arg.Points(l.finalPoints()),
                  new Arg.Points(l.computed()),
                  new Arg.Nested(remark),
                  Arg.text(code.code()));
        }
        default -> {
          Decimal before = appraisal;
          stake = abs(l.finalPoints().minus(before));
          message =
              Message.of(
                  MessageKey.CHANGED_BY_EXPLANATION,
                  new Arg.Title(l.title()),
                  new Arg.Points(before),
                  new Arg.Points(l.finalPoints()),
                  new Arg.Nested(remark),
                  Arg.text(code.code()));
        }
      }
      Severity severity = code.findingSeverity();
      if (l.max().signum() > 0 && stake.times(Decimal.of(2)).isLessThan(l.max())) {
        severity = lower(severity);
      }
      MessageKey rec = kind.recommendation().orElseThrow();
      out.add(
          Finding.builder()
              .code(code.code())
              .severity(severity)
              .kind(FindingKind.SELF_ASSESSMENT_GAP)
              .criterionCode(l.code())
              .messageKey("reconcile." + code.code())
              .putArguments("unit", unitCode)
              .putArguments("gap", kind.code())
              .putArguments("stake", stake.toString())
              .message(message)
              .recommendation(
                  LocalizedText.of(
                      Message.of(rec).in(Language.VI), Message.of(rec).in(Language.EN)))
              .pointsLost(kind == GapKind.OVER_CLAIMED ? stake : Decimal.ZERO)
              .build());
    }
    return out;
  }

  private static Decimal abs(Decimal d) {
    return d.signum() < 0 ? d.negate() : d;
  }

  private static Severity lower(Severity s) {
    return switch (s) {
      case CRITICAL -> Severity.MAJOR;
      case MAJOR -> Severity.MINOR;
      default -> Severity.INFO;
    };
  }

  private static Agreement agreement(List<UnitReconciliation> units, int decimals) {
    int levels = Agreement.LEVELS;
    int[][] matrix = new int[levels][levels];
    int pairs = 0;
    Decimal absGap = Decimal.ZERO;
    Map<String, int[][]> perMatrix = new LinkedHashMap<>();
    Map<String, LocalizedText> titles = new LinkedHashMap<>();
    Map<String, int[]> counts = new LinkedHashMap<>(); // claims, over-claims
    Map<String, Decimal[]> sums = new LinkedHashMap<>(); // over-claim, |gap|
    List<UnitDistance> distances = new ArrayList<>();
    for (UnitReconciliation u : units) {
      if (!u.assessed()) {
        continue;
      }
      Decimal unitGap = Decimal.ZERO;
      for (CriterionLine l : u.lines()) {
        titles.putIfAbsent(l.code(), l.title());
        if (l.claimed().isEmpty() || l.channel() == Channel.SURVEY) {
          continue;
        }
        Decimal claimed = l.claimed().get();
        int s = Agreement.level(claimed, l.max());
        int f = Agreement.level(l.finalPoints(), l.max());
        matrix[s][f]++;
        perMatrix.computeIfAbsent(l.code(), c -> new int[levels][levels])[s][f]++;
        pairs++;
        Decimal gap = abs(claimed.minus(l.finalPoints()));
        absGap = absGap.plus(gap);
        unitGap = unitGap.plus(gap);
        int[] c = counts.computeIfAbsent(l.code(), k -> new int[2]);
        Decimal[] sum =
            sums.computeIfAbsent(l.code(), k -> new Decimal[] {Decimal.ZERO, Decimal.ZERO});
        c[0]++;
        if (claimed.isGreaterThan(l.computed())) {
          c[1]++;
          sum[0] = sum[0].plus(claimed.minus(l.computed()));
        }
        sum[1] = sum[1].plus(gap);
      }
      RoundIndex self =
          u.index(Round.SELF_ASSESSMENT.code()).orElse(u.index(COMPUTED).orElseThrow());
      RoundIndex fin = u.index(FINAL_RESULT).orElseThrow();
      distances.add(
          new UnitDistance(
              u.unitCode(),
              u.unitName(),
              self.indexRounded(),
              fin.indexRounded(),
              self.index().minus(fin.index()).round(decimals, java.math.RoundingMode.HALF_UP),
              unitGap));
    }
    List<CriterionAgreement> criteria = new ArrayList<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      String code = e.getKey();
      int[] c = e.getValue();
      Decimal[] sum = Objects.requireNonNull(sums.get(code));
      criteria.add(
          new CriterionAgreement(
              code,
              Objects.requireNonNull(titles.get(code)),
              c[0],
              c[1],
              Ratio.of(c[1], c[0]),
              c[1] == 0 ? Optional.empty() : Optional.of(Ratio.of(sum[0], c[1])),
              Ratio.of(sum[1], c[0]),
              Agreement.quadraticKappa(Objects.requireNonNull(perMatrix.get(code)))));
    }
    // catalog order: the order the titles were first seen in
    List<String> order = new ArrayList<>(titles.keySet());
    criteria.sort(Comparator.comparingInt(a -> order.indexOf(a.code())));
    List<String> least =
        criteria.stream()
            .filter(a -> a.overClaims() > 0 || a.meanAbsoluteGap().signum() > 0)
            .sorted(
                Comparator.comparing(CriterionAgreement::overClaimRate)
                    .reversed()
                    .thenComparing(
                        Comparator.comparing(CriterionAgreement::meanAbsoluteGap).reversed())
                    .thenComparing(a -> order.indexOf(a.code())))
            .map(CriterionAgreement::code)
            .toList();
    distances.sort(
        Comparator.comparing((UnitDistance d) -> abs(d.indexGap()))
            .reversed()
            .thenComparing(Comparator.comparing(UnitDistance::pointGap).reversed())
            .thenComparing(UnitDistance::unitCode));
    List<List<Integer>> rows = new ArrayList<>();
    for (int[] row : matrix) {
      List<Integer> r = new ArrayList<>();
      for (int v : row) {
        r.add(v);
      }
      rows.add(r);
    }
    return new Agreement(
        levels,
        rows,
        pairs,
        Agreement.quadraticKappa(matrix),
        pairs == 0 ? Optional.empty() : Optional.of(Ratio.of(absGap, pairs)),
        criteria,
        least,
        distances);
  }
}
