package dev.rubric.cohort.reconcile;

import dev.rubric.core.LocalizedText;
import java.util.Objects;
import java.util.Optional;

/**
 * How well one criterion's self-scores agree with the evidence and the final result across a
 * cohort.
 *
 * @param code the criterion's code
 * @param title the criterion's title
 * @param claims the units that claimed points for it
 * @param overClaims the units that claimed more than the evidence supports
 * @param overClaimRate {@code overClaims / claims}
 * @param meanOverClaim the mean of claimed minus computed over the over-claiming units, if any
 * @param meanAbsoluteGap the mean of |claimed − final| over the claiming units
 * @param kappa the quadratically weighted Cohen's kappa of the self and final {@linkplain
 *     Agreement#level levels}; empty when it is undefined (every pair in one level)
 */
public record CriterionAgreement(
    String code,
    LocalizedText title,
    int claims,
    int overClaims,
    Ratio overClaimRate,
    Optional<Ratio> meanOverClaim,
    Ratio meanAbsoluteGap,
    Optional<Ratio> kappa) {

  /** Checks the components. */
  public CriterionAgreement {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(overClaimRate, "overClaimRate");
    Objects.requireNonNull(meanOverClaim, "meanOverClaim");
    Objects.requireNonNull(meanAbsoluteGap, "meanAbsoluteGap");
    Objects.requireNonNull(kappa, "kappa");
  }
}
