package dev.rubric.core;

import dev.rubric.core.internal.Checks;
import dev.rubric.core.internal.Text;
import java.time.LocalDate;

/**
 * An assessment period, usually a calendar year, with the "as of" date at which deadlines and
 * durations are evaluated.
 *
 * <p>Invariants: {@code start <= end}, {@code asOf >= start}, and every date lies within
 * 1900-01-01..2199-12-31. {@code asOf} may lie after {@code end}: a 2022 assessment is often
 * appraised as of a date in early 2023.
 *
 * @param id the period's identifier, e.g. {@code "2022"}; a non-blank code, NFC
 * @param start the first day of the period
 * @param end the last day of the period, inclusive
 * @param asOf the date at which the period is evaluated
 */
public record Period(String id, LocalDate start, LocalDate end, LocalDate asOf) {

  /**
   * Validates and normalises the components.
   *
   * @throws IllegalArgumentException if {@code id} is blank or has surrounding spaces, a date lies
   *     outside 1900-01-01..2199-12-31, {@code end} is before {@code start} or {@code asOf} is
   *     before {@code start}
   */
  public Period {
    id = Text.code("period.id", id);
    Checks.date("period.start", start);
    Checks.date("period.end", end);
    Checks.date("period.asOf", asOf);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "period.end: expected a date on or after the start " + start + " but found " + end);
    }
    if (asOf.isBefore(start)) {
      throw new IllegalArgumentException(
          "period.asOf: expected a date on or after the start " + start + " but found " + asOf);
    }
  }

  /**
   * Returns the calendar year {@code year}: id {@code "2022"}, 1 January to 31 December, as of 31
   * December.
   *
   * @throws IllegalArgumentException if {@code year} is outside 1900..2199
   */
  public static Period year(int year) {
    if (year < Checks.MIN_DATE.getYear() || year > Checks.MAX_DATE.getYear()) {
      throw new IllegalArgumentException(
          "period.year: expected a year between "
              + Checks.MIN_DATE.getYear()
              + " and "
              + Checks.MAX_DATE.getYear()
              + " but found "
              + year);
    }
    LocalDate end = LocalDate.of(year, 12, 31);
    return new Period(Integer.toString(year), LocalDate.of(year, 1, 1), end, end);
  }

  /** Returns the year the period starts in, e.g. {@code 2022}. */
  public int year() {
    return start.getYear();
  }

  /**
   * Returns a copy evaluated as of {@code asOf}.
   *
   * @throws IllegalArgumentException if {@code asOf} is before {@link #start()} or out of range
   */
  public Period withAsOf(LocalDate asOf) {
    return new Period(id, start, end, asOf);
  }

  /** Returns whether this period is exactly {@link #year(int) the calendar year} it starts in. */
  public boolean isCalendarYear() {
    return equals(year(year()));
  }

  /** Returns whether {@code date} lies within {@code start..end}, inclusive. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
