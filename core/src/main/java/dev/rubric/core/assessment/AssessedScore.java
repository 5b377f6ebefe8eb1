package dev.rubric.core.assessment;

import dev.rubric.core.Decimal;
import dev.rubric.core.internal.Text;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The points one criterion received in one round, e.g. the self-score of criterion {@code "1.1.1"}.
 *
 * <p>Points may have any sign: bonus and penalty items are scored too, and penalties are negative.
 * Build one with {@link #builder()} or {@link #of}. Strings are NFC-normalised; the criterion code
 * is non-blank without surrounding spaces, remark and author are non-blank. Instances are immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class AssessedScore {

  AssessedScore() {}

  /** Returns a builder; {@code criterionCode}, {@code round} and {@code points} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the score {@code points} for {@code criterionCode} in {@code round}, with no remark.
   */
  public static AssessedScore of(String criterionCode, Round round, Decimal points) {
    return builder().criterionCode(criterionCode).round(round).points(points).build();
  }

  /** Builds an {@link AssessedScore}; obtained from {@link AssessedScore#builder()}. */
  public static final class Builder extends ImmutableAssessedScore.Builder {
    Builder() {}
  }

  /** Returns the code of the catalog node scored, e.g. {@code "1.1.1"}. */
  public abstract String criterionCode();

  /** Returns the round the score belongs to. */
  public abstract Round round();

  /** Returns the points, of any sign. */
  public abstract Decimal points();

  /** Returns the scorer's remark (nhận xét), e.g. why the appraisal lowered a self-score. */
  public abstract Optional<String> remark();

  /** Returns who gave the score, e.g. {@code "Hội đồng thẩm định huyện Bạch Thông"}. */
  public abstract Optional<String> by();

  @Value.Check
  AssessedScore normalize() {
    String code = Text.code("score.criterionCode", criterionCode());
    Optional<String> remark = remark().map(r -> Text.nonBlank("score.remark", r));
    Optional<String> by = by().map(b -> Text.nonBlank("score.by", b));
    if (code.equals(criterionCode()) && remark.equals(remark()) && by.equals(by())) {
      return this;
    }
    return new Builder().from(this).criterionCode(code).remark(remark).by(by).build();
  }
}
