package dev.rubric.core.waiver;

import dev.rubric.core.Decimal;
import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated, approved exemption of one unit from one criterion: what it does ({@link #effect()}), why
 * ({@link #reason()}), by which decision ({@link #decision()}) and whose approval ({@link
 * #approver()}), and the days it is in force, {@link #validFrom()} to {@link #validUntil()}
 * inclusive.
 *
 * <pre>{@code
 * Waiver w = Waiver.builder()
 *     .unitCode("01978")
 *     .criterionCode("3.4")
 *     .effect(WaiverEffect.NOT_APPLICABLE)
 *     .reason("Sáp nhập xã năm 2022, chưa có bộ phận một cửa")
 *     .decision("215/QĐ-UBND")
 *     .approver("Chủ tịch UBND huyện Bạch Thông")
 *     .validFrom(LocalDate.of(2022, 1, 1))
 *     .validUntil(LocalDate.of(2022, 12, 31))
 *     .build();
 * }</pre>
 *
 * <p>Invariants, checked by {@code build()}: codes are non-blank without surrounding spaces;
 * reason, decision and approver are non-blank; {@link #points()} is present exactly when the effect
 * is {@link WaiverEffect#FIXED_POINTS}; {@code validUntil} is not before {@code validFrom}; dates
 * lie in 1900–2199. Strings are NFC-normalised. Whether the criterion exists and the points fit its
 * maximum is checked against a catalog when the waiver is applied. Equality ignores {@link
 * #location()}. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Waiver {

  Waiver() {}

  /** Returns a builder; every attribute except {@code points} and {@code location} is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Waiver}; obtained from {@link Waiver#builder()}. */
  public static final class Builder extends ImmutableWaiver.Builder {
    Builder() {}
  }

  /** Returns the code of the unit exempted, e.g. {@code "01978"}. */
  public abstract String unitCode();

  /** Returns the code of the catalog node waived, e.g. {@code "3.4"}. */
  public abstract String criterionCode();

  /** Returns what the waiver does to the node. */
  public abstract WaiverEffect effect();

  /** Returns the points a {@link WaiverEffect#FIXED_POINTS} waiver awards; empty otherwise. */
  public abstract Optional<Decimal> points();

  /** Returns why the unit is exempted, e.g. {@code "Sáp nhập xã năm 2022"}. */
  public abstract String reason();

  /** Returns the number of the decision that grants the waiver, e.g. {@code "215/QĐ-UBND"}. */
  public abstract String decision();

  /** Returns who approved the waiver, e.g. {@code "Chủ tịch UBND huyện Bạch Thông"}. */
  public abstract String approver();

  /** Returns the first day the waiver is in force. */
  public abstract LocalDate validFrom();

  /** Returns the last day the waiver is in force. */
  public abstract LocalDate validUntil();

  /** Returns where the waiver was read, when it was read from a document. */
  @Value.Auxiliary
  public abstract Optional<WaiverLocation> location();

  /** Returns whether the waiver is in force on {@code date}: from its first to its last day. */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(validFrom()) && !date.isAfter(validUntil());
  }

  /**
   * Returns how messages name the waiver: its location's path, or its unit and criterion, e.g.
   * {@code "waivers.json $.waivers[0]"} or {@code "01978/3.4"}.
   */
  public String label() {
    return location()
        .map(l -> l.source() + " " + l.path())
        .orElse(unitCode() + "/" + criterionCode());
  }

  @Value.Check
  Waiver normalize() {
    String unit = Text.code("waiver.unit", unitCode());
    String criterion = Text.code("waiver.criterion", criterionCode());
    String reason = Text.nonBlank("waiver.reason", reason());
    String decision = Text.nonBlank("waiver.decision", decision());
    String approver = Text.nonBlank("waiver.approver", approver());
    Checks.date("waiver.validFrom", validFrom());
    Checks.date("waiver.validUntil", validUntil());
    if (validUntil().isBefore(validFrom())) {
      throw new IllegalArgumentException(
          "waiver.validUntil: expected a date not before validFrom "
              + validFrom()
              + " but found "
              + validUntil());
    }
    if (effect() == WaiverEffect.FIXED_POINTS && points().isEmpty()) {
      throw new IllegalArgumentException(
          "waiver.points: expected points for effect 'fixed_points' but found none");
    }
    if (effect() != WaiverEffect.FIXED_POINTS && points().isPresent()) {
      throw new IllegalArgumentException(
          "waiver.points: expected no points for effect '"
              + effect().code()
              + "' (only 'fixed_points' takes points) but found "
              + points().get());
    }
    if (unit.equals(unitCode())
        && criterion.equals(criterionCode())
        && reason.equals(reason())
        && decision.equals(decision())
        && approver.equals(approver())) {
      return this;
    }
    return new Builder()
        .from(this)
        .unitCode(unit)
        .criterionCode(criterion)
        .reason(reason)
        .decision(decision)
        .approver(approver)
        .build();
  }
}
