package dev.rubric.core.catalog;

import dev.rubric.core.internal.Text;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Who issued a catalog and under which decision: {@code issuer "UBND tỉnh Bắc Kạn" decision
 * "905/QĐ-UBND" dated 2020-05-25}.
 */
public record Provenance(
    Optional<String> issuer, Optional<String> decision, Optional<LocalDate> date) {
  /** The earliest date accepted anywhere in a catalog. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** The latest date accepted anywhere in a catalog. */
  public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

  /** No issuer, decision or date. */
  public static final Provenance NONE =
      new Provenance(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Checks that the issuer and decision are not blank and the date lies between {@link #EARLIEST}
   * and {@link #LATEST}.
   *
   * @throws IllegalArgumentException if {@code issuer} or {@code decision} is blank, or {@code
   *     date} is out of range
   * @throws NullPointerException if a component is null
   */
  public Provenance {
    issuer = issuer.map(i -> Text.nonBlank("provenance.issuer", i));
    decision = decision.map(d -> Text.nonBlank("provenance.decision", d));
    Objects.requireNonNull(date, "date");
    date.ifPresent(d -> checkDate("provenance.date", d));
  }

  /**
   * Checks that {@code date} lies between {@link #EARLIEST} and {@link #LATEST}.
   *
   * @throws IllegalArgumentException naming {@code field} otherwise
   */
  public static LocalDate checkDate(String field, LocalDate date) {
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new IllegalArgumentException(
          field + ": expected a date from 1900-01-01 to 2199-12-31 but found " + date);
    }
    return date;
  }
}
