package dev.rubric.cohort.reconcile;

import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.message.MessageKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How the points of one criterion differ between the rounds and the evidence. Every kind but {@link
 * #AGREED} is a finding with its own code.
 */
public enum GapKind {
  /** Claimed, computed and decided points agree; no finding. */
  AGREED("agreed", null, null),
  /** The unit claimed more than the evidence supports: claimed but not evidenced (RB821). */
  OVER_CLAIMED("over-claimed", DiagnosticCode.OVER_CLAIMED, MessageKey.RECOMMEND_OVER_CLAIMED),
  /** The unit claimed less than the evidence supports (RB822). */
  UNDER_CLAIMED("under-claimed", DiagnosticCode.UNDER_CLAIMED, MessageKey.RECOMMEND_UNDER_CLAIMED),
  /** The council's points differ from those computed from the evidence (RB823). */
  COUNCIL_OVERRODE(
      "council-overrode", DiagnosticCode.COUNCIL_OVERRODE, MessageKey.RECOMMEND_COUNCIL_OVERRODE),
  /** The council changed its points after the unit's explanation (RB824). */
  CHANGED_BY_EXPLANATION(
      "changed-by-explanation",
      DiagnosticCode.CHANGED_BY_EXPLANATION,
      MessageKey.RECOMMEND_CHANGED_BY_EXPLANATION);

  private final String code;
  private final @Nullable DiagnosticCode diagnostic;
  private final @Nullable MessageKey recommendation;

  GapKind(String code, @Nullable DiagnosticCode diagnostic, @Nullable MessageKey recommendation) {
    this.code = code;
    this.diagnostic = diagnostic;
    this.recommendation = recommendation;
  }

  /** Returns the lowercase code used in JSON and CSV, e.g. {@code "over-claimed"}. */
  public String code() {
    return code;
  }

  /** Returns the code of the kind's findings, e.g. RB821; empty for {@link #AGREED}. */
  public Optional<DiagnosticCode> diagnosticCode() {
    return Optional.ofNullable(diagnostic);
  }

  /** Returns the key of the kind's recommendation; empty for {@link #AGREED}. */
  Optional<MessageKey> recommendation() {
    return Optional.ofNullable(recommendation);
  }
}
