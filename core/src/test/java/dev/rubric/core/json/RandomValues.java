package dev.rubric.core.json;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.evidence.Provenance;
import java.math.BigDecimal;
import java.net.URI;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A small seeded generator of valid model values for property-style tests. Text mixes Vietnamese
 * (sometimes decomposed to NFD), JSON metacharacters, control characters other than NUL (which the
 * readers refuse) and astral code points.
 */
final class RandomValues {

  private static final List<String> WORDS =
      List.of(
          "Thị trấn",
          "Phủ Thông",
          "Bạch Thông",
          "Bắc Kạn",
          "xã",
          "phường",
          "đặc khu",
          "Ủy ban",
          "nhân dân",
          "kế hoạch",
          "cải cách",
          "hành chính",
          "chuyển đổi số",
          "hồ sơ",
          "đúng hạn",
          "quote\"d",
          "back\\slash",
          "tab\there",
          "new\nline",
          "bell\u0007",
          "emoji 😀",
          "ÀÁÂÃ",
          "ĐđƠơƯư",
          "a/b",
          "<html>",
          "100%",
          "&amp;");
  private static final List<String> KEYS =
      List.of(
          "ho_so_dung_han",
          "ke_hoach_cchc",
          "mot_cua",
          "khao_sat",
          "nv_ke_hoach",
          "nv_hoan_thanh",
          "dân_số",
          "_private",
          "x1",
          "A",
          "chi_phi",
          "ngay_gui");
  private static final List<String> LEVELS =
      List.of("commune", "district", "province", "department");
  private static final List<String> KINDS = List.of("xa", "phuong", "thi_tran", "dac_khu", "so");
  private static final List<ZoneOffset> OFFSETS =
      List.of(
          ZoneOffset.UTC,
          ZoneOffset.ofHours(7),
          ZoneOffset.ofHoursMinutes(-5, -30),
          ZoneOffset.ofHours(14));

  private final Random random;

  RandomValues(long seed) {
    this.random = new Random(seed);
  }

  EvidenceFile evidenceFile() {
    Unit unit = unit();
    Period period = period();
    EvidenceSet.Builder set = EvidenceSet.builder().unitCode(unit.code()).periodId(period.id());
    if (random.nextBoolean()) {
      set.note(text());
    }
    Set<String> keys = new HashSet<>();
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      String key = pick(KEYS) + (random.nextInt(4) == 0 ? "_" + i : "");
      if (keys.add(key)) {
        set.putEvidence(key, evidence());
      }
    }
    return new EvidenceFile(unit, period, set.build());
  }

  Assessment assessment() {
    Assessment.Builder b =
        Assessment.builder()
            .unitCode(code())
            .periodId(Integer.toString(1900 + random.nextInt(300)))
            .catalogId(pick(List.of("cchc-xa", "cds-huyen", "par-province")))
            .catalogVersion(
                random.nextInt(3000)
                    + "."
                    + random.nextInt(10)
                    + (random.nextBoolean() ? "." + random.nextInt(10) : ""));
    Set<String> seen = new HashSet<>();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      String criterion = (1 + random.nextInt(4)) + "." + (1 + random.nextInt(3));
      Round round = pick(List.of(Round.values()));
      if (!seen.add(criterion + round)) {
        continue;
      }
      AssessedScore.Builder s =
          AssessedScore.builder().criterionCode(criterion).round(round).points(decimal(true));
      if (random.nextBoolean()) {
        s.remark(text());
      }
      if (random.nextBoolean()) {
        s.by(text());
      }
      if (random.nextBoolean()) {
        s.date(date());
      }
      int refs = random.nextInt(3);
      for (int r = 0; r < refs; r++) {
        s.addEvidence(r + "/" + code());
      }
      b.addScores(s.build());
    }
    return b.build();
  }

  Unit unit() {
    Unit.Builder b = Unit.builder().code(code()).name(text()).level(pick(LEVELS)).kind(pick(KINDS));
    if (random.nextBoolean()) {
      b.parentCode("p" + code());
    }
    int n = random.nextInt(5);
    for (int i = 0; i < n; i++) {
      b.putAttributes(pick(KEYS) + i, attribute());
    }
    return b.build();
  }

  AttributeValue attribute() {
    return switch (random.nextInt(4)) {
      case 0 -> AttributeValue.of(random.nextBoolean());
      case 1 -> AttributeValue.of(decimal(true));
      case 2 -> AttributeValue.of(text());
      default -> AttributeValue.of(date());
    };
  }

  Period period() {
    if (random.nextBoolean()) {
      return Period.year(1900 + random.nextInt(300));
    }
    LocalDate a = date();
    LocalDate b = date();
    LocalDate start = a.isBefore(b) ? a : b;
    LocalDate end = a.isBefore(b) ? b : a;
    LocalDate asOf = start.plusDays(random.nextInt(1000));
    if (random.nextBoolean() || asOf.isAfter(LocalDate.of(2199, 12, 31))) {
      asOf = end;
    }
    return new Period("P-" + start.getYear() + "-" + random.nextInt(100), start, end, asOf);
  }

  Evidence evidence() {
    EvidenceStatus status = pick(List.of(EvidenceStatus.values()));
    Optional<EvidenceValue> value =
        status == EvidenceStatus.PROVIDED
                || (status == EvidenceStatus.INCOMPLETE && random.nextBoolean())
            ? Optional.of(evidenceValue())
            : Optional.empty();
    Optional<String> explanation =
        status == EvidenceStatus.MISSING_EXPLAINED
                || (status == EvidenceStatus.INCOMPLETE && random.nextBoolean())
            ? Optional.of(text())
            : Optional.empty();
    return new Evidence(status, value, explanation, provenance());
  }

  EvidenceValue evidenceValue() {
    switch (random.nextInt(8)) {
      case 0 -> {
        return document();
      }
      case 1 -> {
        return new EvidenceValue.Count(
            random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(1000));
      }
      case 2 -> {
        return new EvidenceValue.Quantity(decimal(true), text());
      }
      case 3 -> {
        Decimal denominator = random.nextInt(10) == 0 ? Decimal.ZERO : decimal(false);
        Decimal share = Decimal.of(BigDecimal.valueOf(random.nextInt(1001), 3));
        return new EvidenceValue.Ratio(denominator.times(share), denominator);
      }
      case 4 -> {
        return new EvidenceValue.Flag(random.nextBoolean());
      }
      case 5 -> {
        return new EvidenceValue.Choice(pick(KEYS));
      }
      case 6 -> {
        return new EvidenceValue.DateValue(date());
      }
      default -> {
        return new EvidenceValue.TextValue(text());
      }
    }
  }

  EvidenceValue.Document document() {
    boolean number = random.nextBoolean();
    var b = EvidenceValue.Document.builder();
    if (number) {
      b.number(random.nextInt(300) + "/KH-UBND");
    }
    if (!number || random.nextBoolean()) {
      b.title(text());
    }
    if (random.nextBoolean()) {
      b.issued(date());
    }
    if (random.nextBoolean()) {
      b.issuer(text());
    }
    if (random.nextBoolean()) {
      b.locator(text());
    }
    if (random.nextBoolean()) {
      b.uri(
          URI.create(
              "https://example.org/tai-lieu/"
                  + random.nextInt(10000)
                  + (random.nextBoolean() ? "/tài-liệu.pdf" : ".pdf?v=1#p" + random.nextInt(9))));
    }
    if (random.nextBoolean()) {
      StringBuilder hex = new StringBuilder("sha256:");
      for (int i = 0; i < 64; i++) {
        hex.append(Character.forDigit(random.nextInt(16), 16));
      }
      b.contentHash(
          random.nextBoolean()
              ? hex.toString()
              : hex.toString().toUpperCase(java.util.Locale.ROOT).replace("SHA256:", "sha256:"));
    }
    return b.build();
  }

  Provenance provenance() {
    return new Provenance(
        random.nextBoolean() ? Optional.of(text()) : Optional.empty(),
        random.nextBoolean() ? Optional.of(text()) : Optional.empty(),
        random.nextBoolean() ? Optional.of(dateTime()) : Optional.empty(),
        random.nextBoolean() ? Optional.of(text()) : Optional.empty());
  }

  /**
   * Returns a decimal of up to 18 significant digits and 8 fractional digits, of either sign if
   * {@code signed}.
   */
  Decimal decimal(boolean signed) {
    long unscaled = random.nextInt(4) == 0 ? random.nextLong() : random.nextInt(100_000);
    if (!signed) {
      unscaled = Math.abs(unscaled == Long.MIN_VALUE ? 0 : unscaled);
    }
    return Decimal.of(BigDecimal.valueOf(unscaled, random.nextInt(9)));
  }

  LocalDate date() {
    long first = LocalDate.of(1900, 1, 1).toEpochDay();
    long last = LocalDate.of(2199, 12, 31).toEpochDay();
    return LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first + 1)));
  }

  OffsetDateTime dateTime() {
    LocalDate d = date();
    if (d.getYear() == 1900 || d.getYear() == 2199) {
      d = d.withYear(2000);
    }
    int nanos = random.nextBoolean() ? 0 : random.nextInt(1_000_000_000);
    return OffsetDateTime.of(
        d.getYear(),
        d.getMonthValue(),
        d.getDayOfMonth(),
        random.nextInt(24),
        random.nextInt(60),
        random.nextInt(60),
        nanos,
        pick(OFFSETS));
  }

  String code() {
    return String.format("%05d", random.nextInt(100_000));
  }

  /** Returns non-blank text of one to four words, decomposed to NFD one time in four. */
  String text() {
    StringBuilder b = new StringBuilder(pick(WORDS));
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(' ').append(pick(WORDS));
    }
    String s = b.toString();
    return random.nextInt(4) == 0 ? Normalizer.normalize(s, Normalizer.Form.NFD) : s;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
