package dev.rubric.core.assessment;

import dev.rubric.core.Decimal;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An assessment checked against the catalog it scores: the scores reconciliation can use, and a
 * finding for every score it cannot, so that nothing is dropped silently.
 *
 * <pre>{@code
 * AssessmentCheck check = AssessmentCheck.of(catalog, assessment);
 * check.findings().forEach(f -> System.out.println(f.message().in(Language.VI)));
 * Assessment usable = check.accepted();
 * }</pre>
 *
 * <p>Each finding is a data-quality finding whose code is one of RB801–RB808 (see {@code
 * docs/diagnostics.md}) and whose argument {@code where} names the score's position: {@code
 * file:line:column ($.scores[3])} for JSON, {@code file:line:column} for CSV, {@code $.scores[3]}
 * for assessments built in code. The checks, in the order of the scores:
 *
 * <ul>
 *   <li>RB807: the assessment's catalog id or version differs from the catalog's (every score is
 *       rejected);
 *   <li>RB801: a criterion code the catalog does not have (rejected);
 *   <li>RB805: a self-score of a survey-channel criterion (rejected): the survey scores it;
 *   <li>RB802: points above the node's maximum or below its floor, {@code 0} or, for a penalty,
 *       minus its maximum (rejected);
 *   <li>RB808: a summed node scored in a round that scores none of its criteria (rejected);
 *   <li>RB804: a summed node whose score differs from the sum of its criteria's scores in the same
 *       round (kept: the criteria's scores count, the summed node's is only a check);
 *   <li>RB803: an explanation without an appraisal, a re-appraisal without an explanation, or a
 *       round dated before an earlier round of the same criterion (kept).
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AssessmentCheck {

  private final Assessment accepted;
  private final List<Finding> findings;

  private AssessmentCheck(Assessment accepted, List<Finding> findings) {
    this.accepted = accepted;
    this.findings = List.copyOf(findings);
  }

  /**
   * Checks {@code assessment} against {@code catalog}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static AssessmentCheck of(Catalog catalog, Assessment assessment) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(assessment, "assessment");
    List<Finding> findings = new ArrayList<>();
    String where = assessment.source().orElse("$");
    boolean otherCatalog = false;
    if (!assessment.catalogId().equals(catalog.id())) {
      findings.add(
          otherCatalog(where, "catalog", catalog.id(), assessment.catalogId(), Optional.empty()));
      otherCatalog = true;
    } else if (!assessment.catalogVersion().equals(catalog.version())) {
      findings.add(
          otherCatalog(
              where,
              "catalogVersion",
              catalog.version(),
              assessment.catalogVersion(),
              Optional.empty()));
      otherCatalog = true;
    }
    if (otherCatalog) {
      return new AssessmentCheck(
          Assessment.builder().from(assessment).scores(List.of()).build(), findings);
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, Boolean> penalty = new HashMap<>();
    for (Node top : catalog.nodes()) {
      index(top, false, nodes, penalty);
    }
    for (Node top : catalog.bonus()) {
      index(top, false, nodes, penalty);
    }
    for (Node top : catalog.penalties()) {
      index(top, true, nodes, penalty);
    }
    List<AssessedScore> kept = new ArrayList<>();
    List<String> keptWhere = new ArrayList<>();
    for (int i = 0; i < assessment.scores().size(); i++) {
      AssessedScore s = assessment.scores().get(i);
      String at = where(s, i);
      Node node = nodes.get(s.criterionCode());
      if (node == null) {
        findings.add(unknown(s, at, nodes.keySet()));
        continue;
      }
      if (s.round() == Round.SELF_ASSESSMENT && node.channel() == Channel.SURVEY) {
        findings.add(
            data(
                DiagnosticCode.SURVEY_SELF_SCORED,
                s,
                at,
                MessageKey.SURVEY_SELF_SCORED,
                Arg.text(s.criterionCode())));
        continue;
      }
      boolean isPenalty = Boolean.TRUE.equals(penalty.get(node.code()));
      Decimal floor = isPenalty ? node.max().negate() : Decimal.ZERO;
      Decimal ceiling = isPenalty ? Decimal.ZERO : node.max();
      if (s.points().isLessThan(floor) || s.points().isGreaterThan(ceiling)) {
        findings.add(
            data(
                DiagnosticCode.ASSESSED_POINTS_OUT_OF_RANGE,
                s,
                at,
                MessageKey.ASSESSED_POINTS_OUT_OF_RANGE,
                Arg.text(s.criterionCode()),
                new Arg.Nested(s.round().title()),
                new Arg.Points(s.points()),
                new Arg.Points(floor),
                new Arg.Points(ceiling)));
        continue;
      }
      kept.add(s);
      keptWhere.add(at);
    }
    List<AssessedScore> accepted = new ArrayList<>();
    for (int i = 0; i < kept.size(); i++) {
      AssessedScore s = kept.get(i);
      Node node = Objects.requireNonNull(nodes.get(s.criterionCode()));
      if (node.children().isEmpty()) {
        accepted.add(s);
        continue;
      }
      Decimal sum = Decimal.ZERO;
      boolean any = false;
      for (Node leaf : node.flatten()) {
        if (leaf.children().isEmpty()) {
          Optional<AssessedScore> c = find(kept, leaf.code(), s.round());
          if (c.isPresent()) {
            any = true;
            sum = sum.plus(c.get().points());
          }
        }
      }
      if (!any) {
        findings.add(
            data(
                DiagnosticCode.SUMMED_NODE_SCORED_ALONE,
                s,
                keptWhere.get(i),
                MessageKey.SUMMED_NODE_SCORED_ALONE,
                Arg.text(s.criterionCode()),
                new Arg.Nested(s.round().title())));
        continue;
      }
      if (sum.compareTo(s.points()) != 0) {
        findings.add(
            data(
                DiagnosticCode.ROUND_CONTRADICTS_ITSELF,
                s,
                keptWhere.get(i),
                MessageKey.ROUND_CONTRADICTS_ITSELF,
                Arg.text(s.criterionCode()),
                new Arg.Nested(s.round().title()),
                new Arg.Points(s.points()),
                new Arg.Points(sum)));
      }
      accepted.add(s);
    }
    for (int i = 0; i < kept.size(); i++) {
      order(kept, kept.get(i), keptWhere.get(i), findings);
    }
    return new AssessmentCheck(
        Assessment.builder().from(assessment).scores(accepted).build(), findings);
  }

  /**
   * Returns the assessment with only the scores reconciliation can use: those of known criteria,
   * within range, not self-scores of survey criteria, and not summed nodes scored alone.
   */
  public Assessment accepted() {
    return accepted;
  }

  /** Returns a finding for every problem, in the order of the scores. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the finding that an assessment was given for another catalog, catalog version or period
   * ({@code RB807}).
   *
   * @param where where the assessment was read from
   * @param field the field that differs: {@code catalog}, {@code catalogVersion} or {@code period}
   * @param expected the value the cohort has
   * @param found the assessment's value
   * @param unitCode the unit the assessment is about, if the finding names one
   */
  public static Finding otherCatalog(
      String where, String field, String expected, String found, Optional<String> unitCode) {
    DiagnosticCode code = DiagnosticCode.ASSESSMENT_OF_OTHER_CATALOG;
    Finding.Builder b =
        builder(code, where)
            .message(
                Message.of(
                    MessageKey.ASSESSMENT_OF_OTHER_CATALOG,
                    Arg.text(field),
                    Arg.text(expected),
                    Arg.text(found),
                    Arg.text(where),
                    Arg.text(code.code())));
    unitCode.ifPresent(u -> b.putArguments("unit", u));
    return b.build();
  }

  /** Returns the finding that the unit of an assessment is not in the cohort ({@code RB806}). */
  public static Finding unitNotInCohort(Assessment assessment) {
    DiagnosticCode code = DiagnosticCode.UNIT_NOT_IN_COHORT;
    String where = assessment.source().orElse("$.unit");
    return builder(code, where)
        .putArguments("unit", assessment.unitCode())
        .message(
            Message.of(
                MessageKey.UNIT_NOT_IN_COHORT,
                Arg.text(assessment.unitCode()),
                Arg.text(where),
                Arg.text(code.code())))
        .build();
  }

  /** Returns the finding that a unit of the cohort has no assessment ({@code RB809}). */
  public static Finding unitNotAssessed(String unitCode) {
    DiagnosticCode code = DiagnosticCode.UNIT_NOT_ASSESSED;
    return Finding.builder()
        .code(code.code())
        .severity(code.findingSeverity())
        .kind(FindingKind.DATA_QUALITY)
        .messageKey("assessment." + code.code())
        .putArguments("unit", unitCode)
        .message(
            Message.of(MessageKey.UNIT_NOT_ASSESSED, Arg.text(unitCode), Arg.text(code.code())))
        .pointsLost(Decimal.ZERO)
        .build();
  }

  private static void index(
      Node node, boolean penalty, Map<String, Node> nodes, Map<String, Boolean> penalties) {
    for (Node n : node.flatten()) {
      nodes.put(n.code(), n);
      penalties.put(n.code(), penalty);
    }
  }

  private static String where(AssessedScore s, int i) {
    return s.source().orElse("$.scores[" + i + "]");
  }

  private static Optional<AssessedScore> find(List<AssessedScore> scores, String code, Round r) {
    for (AssessedScore s : scores) {
      if (s.round() == r && s.criterionCode().equals(code)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Checks that {@code s}'s round follows the round it answers and is not dated before it. */
  private static void order(
      List<AssessedScore> scores, AssessedScore s, String where, List<Finding> findings) {
    Round needs =
        s.round() == Round.EXPLANATION
            ? Round.APPRAISAL
            : s.round() == Round.RE_APPRAISAL ? Round.EXPLANATION : null;
    if (needs != null && find(scores, s.criterionCode(), needs).isEmpty()) {
      findings.add(
          data(
              DiagnosticCode.ROUND_OUT_OF_ORDER,
              s,
              where,
              MessageKey.ROUND_WITHOUT_PREDECESSOR,
              Arg.text(s.criterionCode()),
              new Arg.Nested(s.round().title()),
              new Arg.Nested(needs.title())));
      return;
    }
    if (s.date().isEmpty()) {
      return;
    }
    Map<Round, LocalDate> earlier = new EnumMap<>(Round.class);
    for (AssessedScore o : scores) {
      if (o.criterionCode().equals(s.criterionCode())
          && o.round().compareTo(s.round()) < 0
          && o.date().isPresent()
          && o.date().get().isAfter(s.date().get())) {
        earlier.put(o.round(), o.date().get());
      }
    }
    if (!earlier.isEmpty()) {
      Map.Entry<Round, LocalDate> e = earlier.entrySet().iterator().next();
      findings.add(
          data(
              DiagnosticCode.ROUND_OUT_OF_ORDER,
              s,
              where,
              MessageKey.ROUND_DATED_BEFORE,
              Arg.text(s.criterionCode()),
              new Arg.Nested(s.round().title()),
              Arg.text(s.date().get().toString()),
              new Arg.Nested(e.getKey().title()),
              Arg.text(e.getValue().toString())));
    }
  }

  private static Finding unknown(AssessedScore s, String where, java.util.Set<String> codes) {
    Optional<String> suggestion = Suggestions.closest(s.criterionCode(), codes);
    if (suggestion.isPresent()) {
      return data(
          DiagnosticCode.ASSESSED_UNKNOWN_CRITERION,
          s,
          where,
          MessageKey.ASSESSED_UNKNOWN_CRITERION_SUGGESTED,
          Arg.text(s.criterionCode()),
          new Arg.Nested(s.round().title()),
          Arg.text(suggestion.get()));
    }
    return data(
        DiagnosticCode.ASSESSED_UNKNOWN_CRITERION,
        s,
        where,
        MessageKey.ASSESSED_UNKNOWN_CRITERION,
        Arg.text(s.criterionCode()),
        new Arg.Nested(s.round().title()));
  }

  /** A data-quality finding about score {@code s}; {@code where} and the code end the message. */
  private static Finding data(
      DiagnosticCode code, AssessedScore s, String where, MessageKey key, Arg... args) {
    Arg[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = Arg.text(where);
    all[args.length + 1] = Arg.text(code.code());
    return builder(code, where)
        .criterionCode(s.criterionCode())
        .putArguments("round", s.round().code())
        .message(Message.of(key, all))
        .build();
  }

  private static Finding.Builder builder(DiagnosticCode code, String where) {
    Finding.Builder b = Finding.builder();
    b.code(code.code())
        .severity(code.findingSeverity())
        .kind(FindingKind.DATA_QUALITY)
        .messageKey("assessment." + code.code())
        .putArguments("where", where)
        .pointsLost(Decimal.ZERO);
    return b;
  }
}
