package dev.rubric.core.assessment;

import dev.rubric.core.internal.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scores one unit claimed or was awarded for one period against one catalog version, across the
 * rounds of the scoring cycle.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Assessment a = Assessment.builder()
 *     .unitCode("01969")
 *     .periodId("2022")
 *     .catalogId("cchc-xa")
 *     .catalogVersion("2022.1")
 *     .addScores(AssessedScore.of("1.1.1", Round.SELF_ASSESSMENT, Decimal.ONE))
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked by {@code build()}: codes are non-blank without surrounding spaces, the
 * catalog version is a semantic version such as {@code "2022.1"} or {@code "2022.1.0"}, and each
 * (criterion, round) pair is scored at most once. Scores keep the order they were added in.
 * Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assessment {

  Assessment() {}

  /** Returns a builder; every attribute except {@code scores} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}; obtained from {@link Assessment#builder()}. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }

  /** Returns the code of the unit assessed, e.g. {@code "01969"}. */
  public abstract String unitCode();

  /** Returns the id of the period assessed, e.g. {@code "2022"}. */
  public abstract String periodId();

  /** Returns the id of the catalog scored against, e.g. {@code "cchc-xa"}. */
  public abstract String catalogId();

  /** Returns the version of the catalog scored against, e.g. {@code "2022.1"}. */
  public abstract String catalogVersion();

  /**
   * Returns where the assessment was read from, such as {@code "a.json"} or {@code
   * "rounds.csv:2:1"}, for messages about it; empty for assessments built in code. Not part of
   * equality and not written to JSON.
   */
  @Value.Auxiliary
  public abstract Optional<String> source();

  /** Returns the scores in the order they were added. */
  public abstract List<AssessedScore> scores();

  /** Returns the score of {@code criterionCode} in {@code round}, if there is one. */
  public Optional<AssessedScore> score(String criterionCode, Round round) {
    Objects.requireNonNull(round, "round");
    String code = Text.nfc(criterionCode);
    return scores().stream()
        .filter(s -> s.round() == round && s.criterionCode().equals(code))
        .findFirst();
  }

  /** Returns the scores of {@code round}, in order. */
  public List<AssessedScore> scores(Round round) {
    Objects.requireNonNull(round, "round");
    return scores().stream().filter(s -> s.round() == round).toList();
  }

  @Value.Check
  Assessment normalize() {
    String unitCode = Text.code("assessment.unitCode", unitCode());
    String periodId = Text.code("assessment.periodId", periodId());
    String catalogId = Text.code("assessment.catalogId", catalogId());
    String catalogVersion = Text.code("assessment.catalogVersion", catalogVersion());
    if (!catalogVersion.matches("\\d+\\.\\d+(\\.\\d+)?([-+][0-9A-Za-z.-]+)?")) {
      throw new IllegalArgumentException(
          "assessment.catalogVersion: expected a semantic version such as '2022.1.0' but found '"
              + catalogVersion
              + "'");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < scores().size(); i++) {
      AssessedScore s = scores().get(i);
      Integer first = seen.putIfAbsent(s.criterionCode() + "\u0000" + s.round().code(), i);
      if (first != null) {
        throw new IllegalArgumentException(
            "assessment.scores: expected one score per criterion and round but found criterion '"
                + s.criterionCode()
                + "' in round "
                + s.round().code()
                + " at positions "
                + first
                + " and "
                + i);
      }
    }
    if (unitCode.equals(unitCode())
        && periodId.equals(periodId())
        && catalogId.equals(catalogId())
        && catalogVersion.equals(catalogVersion())) {
      return this;
    }
    return new Builder()
        .from(this)
        .unitCode(unitCode)
        .periodId(periodId)
        .catalogId(catalogId)
        .catalogVersion(catalogVersion)
        .build();
  }
}
