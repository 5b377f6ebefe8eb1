package dev.rubric.core.finding;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.internal.Text;
import dev.rubric.core.message.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One coded observation an evaluation makes about a unit: a criterion not met, evidence missing, a
 * deadline missed, a data-quality problem, a gap between self-assessed and computed scores.
 *
 * <p>A finding carries a stable {@link #code()}, a {@link #messageKey()} and ordered display-ready
 * {@link #arguments()}, for hosts that store, filter and translate findings, and its {@link
 * #message()}: what it says with its typed values, rendered in Vietnamese or English only when a
 * host asks ({@link Message#in}). For the evaluator's own findings the two keys differ: {@link
 * #messageKey()} is the key hosts store ({@code "finding.partial"}, {@code "eval.RB501"}), {@code
 * message().key()} the {@link dev.rubric.core.message.MessageKey} that words it ({@code
 * "finding.shortfall"}); JSON keeps {@code messageKey()}, {@code arguments()} and the words. Build
 * one with {@link #builder()}:
 *
 * <pre>{@code
 * Finding f = Finding.builder()
 *     .code(Finding.codeFor("3.2", FindingKind.PARTIAL))          // "3.2.partial"
 *     .severity(Severity.MAJOR)
 *     .kind(FindingKind.PARTIAL)
 *     .criterionCode("3.2")
 *     .messageKey("finding.partial")
 *     .putArguments("rate", "98.10%")
 *     .message(LocalizedText.of("Tỷ lệ hồ sơ đúng hạn chưa đạt 100%", "On-time rate below 100%"))
 *     .addEvidence("ho_so_dung_han")
 *     .pointsLost(Decimal.ONE)
 *     .build();
 * }</pre>
 *
 * <p>Every string is NFC-normalised on construction, so text typed with combining marks equals its
 * precomposed form. Instances are immutable and thread-safe. In JSON, properties appear in the
 * order of the accessors below and absent optional values are left out.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * Returns the stable code that identifies this finding across runs and catalog versions: usually
   * {@link #codeFor criterion code + "." + kind code} such as {@code "2.3.not-met"}, or a
   * diagnostic code such as {@code "RB601"} for data-quality findings.
   */
  public abstract String code();

  /** Returns how serious the finding is. */
  public abstract Severity severity();

  /** Returns what the finding is about. */
  public abstract FindingKind kind();

  /** Returns the code of the catalog node the finding concerns; empty for unit-wide findings. */
  public abstract Optional<String> criterionCode();

  /**
   * Returns the key of the message template, e.g. {@code "finding.not-met"} or a catalog template
   * id, under which hosts may translate the finding themselves using {@link #arguments()}.
   */
  public abstract String messageKey();

  /**
   * Returns the template arguments as display-ready strings, e.g. {@code {"rate": "62.50%"}}, in
   * the order the evaluator added them.
   */
  public abstract Map<String, String> arguments();

  /**
   * Returns what the finding says, with the values that decided it; {@code message().in(language)}
   * renders it.
   */
  public abstract Message message();

  /**
   * Returns the keys of the declared inputs whose evidence supports the finding, without
   * duplicates.
   */
  public abstract List<String> evidence();

  /** Returns what the unit should do about the finding, if the catalog recommends something. */
  public abstract Optional<LocalizedText> recommendation();

  /** Returns the points the finding cost the unit; zero for findings that cost nothing. */
  public abstract Decimal pointsLost();

  /** Returns a builder for a finding. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the conventional code of a finding about a criterion: {@code criterionCode + "." +
   * kind.code()}, e.g. {@code codeFor("2.3", NOT_MET)} is {@code "2.3.not-met"}.
   */
  public static String codeFor(String criterionCode, FindingKind kind) {
    Objects.requireNonNull(criterionCode, "criterionCode");
    Objects.requireNonNull(kind, "kind");
    return criterionCode + "." + kind.code();
  }

  /**
   * Builds {@link Finding}s; every attribute is required except {@code criterionCode}, {@code
   * arguments}, {@code evidence} and {@code recommendation}.
   */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}

    /** Sets a message that is already text ({@link Message#literal}). */
    public Builder message(LocalizedText text) {
      message(Message.literal(text));
      return this;
    }
  }

  /*
   * Validates the invariants and NFC-normalises every string. Immutables calls this after build();
   * when normalisation changed something it returns the normalised copy (whose own check then
   * returns itself).
   */
  @Value.Check
  Finding normalize() {
    String code = Text.code("code", code());
    Optional<String> criterionCode = criterionCode().map(c -> Text.code("criterionCode", c));
    String messageKey = Text.code("messageKey", messageKey());
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments().forEach((k, v) -> arguments.put(Text.code("arguments", k), Text.nfc(v)));
    if (arguments.size() != arguments().size()) {
      throw new IllegalArgumentException(
          "arguments: expected distinct names after NFC normalisation but found "
              + arguments().keySet());
    }
    List<String> evidence = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String e : evidence()) {
      String n = Text.code("evidence", e);
      if (!seen.add(n)) {
        throw new IllegalArgumentException("evidence: duplicate reference '" + n + "'");
      }
      evidence.add(n);
    }
    if (pointsLost().signum() < 0) {
      throw new IllegalArgumentException(
          "pointsLost: expected a non-negative number of points but found " + pointsLost());
    }
    if (code.equals(code())
        && criterionCode.equals(criterionCode())
        && messageKey.equals(messageKey())
        && arguments.equals(arguments())
        && evidence.equals(evidence())) {
      return this;
    }
    return builder()
        .from(this)
        .code(code)
        .criterionCode(criterionCode)
        .messageKey(messageKey)
        .arguments(arguments)
        .evidence(evidence)
        .build();
  }
}
