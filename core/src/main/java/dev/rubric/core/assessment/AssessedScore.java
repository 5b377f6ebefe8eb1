package dev.rubric.core.assessment;

import dev.rubric.core.Decimal;
import dev.rubric.core.internal.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The points one criterion received in one round, e.g. the self-score of criterion {@code "1.1.1"}.
 *
 * <p>Points may have any sign: bonus and penalty items are scored too, and penalties are negative.
 * Build one with {@link #builder()} or {@link #of}. Strings are NFC-normalised; the criterion code
 * and evidence references are non-blank without surrounding spaces, remark and author are
 * non-blank, and no evidence reference is given twice. Instances are immutable and thread-safe.
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

  /** Returns the day the score was given, e.g. the date of the appraisal council's minutes. */
  public abstract Optional<LocalDate> date();

  /**
   * Returns the references to the evidence the score relies on, e.g. document numbers such as
   * {@code "12/KH-UBND"} or input keys, in the order given and without duplicates.
   */
  public abstract List<String> evidence();

  /**
   * Returns where the score was read from, such as {@code "a.json:12:7 ($.scores[3])"} or {@code
   * "rounds.csv:5:1"}, for messages about it; empty for scores built in code. Not part of equality
   * and not written to JSON.
   */
  @Value.Auxiliary
  public abstract Optional<String> source();

  @Value.Check
  AssessedScore normalize() {
    String code = Text.code("score.criterionCode", criterionCode());
    Optional<String> remark = remark().map(r -> Text.nonBlank("score.remark", r));
    Optional<String> by = by().map(b -> Text.nonBlank("score.by", b));
    List<String> evidence = new ArrayList<>(evidence().size());
    for (String ref : evidence()) {
      String r = Text.code("score.evidence", ref);
      if (evidence.contains(r)) {
        throw new IllegalArgumentException(
            "score.evidence: expected each reference once but found '" + r + "' twice");
      }
      evidence.add(r);
    }
    if (code.equals(criterionCode())
        && remark.equals(remark())
        && by.equals(by())
        && evidence.equals(evidence())) {
      return this;
    }
    return new Builder()
        .from(this)
        .criterionCode(code)
        .remark(remark)
        .by(by)
        .evidence(evidence)
        .build();
  }
}
