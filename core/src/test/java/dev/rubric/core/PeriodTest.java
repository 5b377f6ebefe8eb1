package dev.rubric.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

  @Test
  void year_2022_coversTheCalendarYearAsOfDecember31() {
    Period p = Period.year(2022);

    assertThat(p)
        .isEqualTo(
            new Period(
                "2022",
                LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31),
                LocalDate.of(2022, 12, 31)));
    assertThat(p.year()).isEqualTo(2022);
    assertThat(p.isCalendarYear()).isTrue();
  }

  @Test
  void withAsOf_laterDate_isNoLongerACalendarYear() {
    Period p = Period.year(2022).withAsOf(LocalDate.of(2023, 2, 15));

    assertThat(p.asOf()).isEqualTo(LocalDate.of(2023, 2, 15));
    assertThat(p.isCalendarYear()).isFalse();
  }

  @Test
  void contains_boundaries_areInclusive() {
    Period p = Period.year(2022);

    assertThat(p.contains(LocalDate.of(2022, 1, 1))).isTrue();
    assertThat(p.contains(LocalDate.of(2022, 12, 31))).isTrue();
    assertThat(p.contains(LocalDate.of(2023, 1, 1))).isFalse();
  }

  @Test
  void year_1899_throws() {
    assertThatThrownBy(() -> Period.year(1899))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period.year: expected a year between 1900 and 2199 but found 1899");
  }

  @Test
  void year_2200_throws() {
    assertThatThrownBy(() -> Period.year(2200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period.year: expected a year between 1900 and 2199 but found 2200");
  }

  @Test
  void new_endBeforeStart_throws() {
    assertThatThrownBy(
            () ->
                new Period(
                    "H1",
                    LocalDate.of(2022, 6, 30),
                    LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period.end: expected a date on or after the start 2022-06-30 but found 2022-01-01");
  }

  @Test
  void new_asOfBeforeStart_throws() {
    assertThatThrownBy(
            () ->
                new Period(
                    "2022",
                    LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 12, 31),
                    LocalDate.of(2021, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period.asOf: expected a date on or after the start 2022-01-01 but found 2021-12-31");
  }

  @Test
  void new_startIn1800_throws() {
    assertThatThrownBy(
            () ->
                new Period(
                    "1800",
                    LocalDate.of(1800, 1, 1),
                    LocalDate.of(1800, 12, 31),
                    LocalDate.of(1800, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "period.start: expected a date between 1900-01-01 and 2199-12-31 but found 1800-01-01");
  }

  @Test
  void new_blankId_throws() {
    assertThatThrownBy(
            () ->
                new Period(
                    "",
                    LocalDate.of(2022, 1, 1),
                    LocalDate.of(2022, 12, 31),
                    LocalDate.of(2022, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("period.id: expected a non-blank code without surrounding spaces but found ''");
  }

  @Test
  void new_halfYear_keepsDates() {
    Period h1 =
        new Period(
            "2022-H1",
            LocalDate.of(2022, 1, 1),
            LocalDate.of(2022, 6, 30),
            LocalDate.of(2022, 7, 15));

    assertThat(h1.year()).isEqualTo(2022);
    assertThat(h1.isCalendarYear()).isFalse();
  }
}
