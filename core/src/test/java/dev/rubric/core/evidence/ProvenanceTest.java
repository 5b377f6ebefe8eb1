package dev.rubric.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

  @Test
  void none_isEmpty() {
    assertThat(Provenance.NONE.isEmpty()).isTrue();
  }

  @Test
  void withers_setEachComponent() {
    OffsetDateTime at = OffsetDateTime.of(2023, 1, 5, 8, 30, 0, 0, ZoneOffset.ofHours(7));

    Provenance p =
        Provenance.fromSource("Hệ thống một cửa")
            .withSubmittedBy("Văn phòng UBND")
            .withSubmittedAt(at)
            .withVerifiedBy("Phòng Nội vụ");

    assertThat(p)
        .isEqualTo(
            new Provenance(
                Optional.of("Hệ thống một cửa"),
                Optional.of("Văn phòng UBND"),
                Optional.of(at),
                Optional.of("Phòng Nội vụ")));
    assertThat(p.isEmpty()).isFalse();
  }

  @Test
  void new_blankSource_throws() {
    assertThatThrownBy(() -> Provenance.fromSource(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("provenance.sourceSystem: expected non-blank text but found ''");
  }

  @Test
  void new_submittedIn1899_throws() {
    OffsetDateTime at = OffsetDateTime.of(1899, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC);

    assertThatThrownBy(() -> Provenance.NONE.withSubmittedAt(at))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "provenance.submittedAt: expected a date-time between 1900-01-01 and 2199-12-31 but found 1899-12-31T23:00Z");
  }
}
