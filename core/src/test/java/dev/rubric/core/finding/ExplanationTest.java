package dev.rubric.core.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  private static final Explanation TREE =
      Explanation.of(
          LocalizedText.of(
              "đúng hạn = 412/420 = 98,10% ≥ 98% → 3/4 điểm",
              "on-time = 412/420 = 98.10% ≥ 98% → 3 of 4 points"),
          List.of(
              Explanation.of(
                  LocalizedText.of("hồ sơ đúng hạn = 412", "dossiers on time = 412"),
                  List.of(
                      Explanation.of(
                          LocalizedText.of(
                              "nguồn: phần mềm một cửa", "source: one-stop software")))),
              Explanation.of(
                  LocalizedText.of("hồ sơ đã giải quyết = 420", "dossiers processed = 420"))));

  @Test
  void render_threeLevelTreeInVietnamese_indentsTwoSpacesPerLevel() {
    assertThat(TREE.render(Language.VI))
        .isEqualTo(
            "đúng hạn = 412/420 = 98,10% ≥ 98% → 3/4 điểm\n"
                + "  hồ sơ đúng hạn = 412\n"
                + "    nguồn: phần mềm một cửa\n"
                + "  hồ sơ đã giải quyết = 420");
  }

  @Test
  void render_threeLevelTreeInEnglish_indentsTwoSpacesPerLevel() {
    assertThat(TREE.render(Language.EN))
        .isEqualTo(
            "on-time = 412/420 = 98.10% ≥ 98% → 3 of 4 points\n"
                + "  dossiers on time = 412\n"
                + "    source: one-stop software\n"
                + "  dossiers processed = 420");
  }

  @Test
  void render_englishWithoutTranslation_fallsBackToVietnamese() {
    Explanation e =
        Explanation.of(
            LocalizedText.of("tổng = 3", "total = 3"),
            List.of(Explanation.of(LocalizedText.of("có bộ phận một cửa = đúng"))));

    assertThat(e.render(Language.EN)).isEqualTo("total = 3\n  có bộ phận một cửa = đúng");
  }

  @Test
  void render_multiLineText_indentsEveryLineAtItsLevel() {
    Explanation e =
        Explanation.of(
            LocalizedText.of("gốc"),
            List.of(Explanation.of(LocalizedText.of("dòng một\ndòng hai"))));

    assertThat(e.render(Language.VI)).isEqualTo("gốc\n  dòng một\n  dòng hai");
  }

  @Test
  void render_leaf_isSingleLineWithoutIndent() {
    assertThat(Explanation.of(LocalizedText.of("điểm = 1")).render(Language.VI))
        .isEqualTo("điểm = 1");
  }

  @Test
  void of_textOnly_hasNoChildren() {
    assertThat(Explanation.of(LocalizedText.of("điểm = 1")).children()).isEmpty();
  }

  @Test
  void constructor_mutableChildren_copiesThem() {
    // given
    List<Explanation> children = new ArrayList<>();
    children.add(Explanation.of(LocalizedText.of("a = 1")));
    Explanation e = Explanation.of(LocalizedText.of("gốc"), children);

    // when
    children.add(Explanation.of(LocalizedText.of("b = 2")));

    // then
    assertThat(e.children()).hasSize(1);
  }

  @Test
  void children_returned_areUnmodifiable() {
    assertThatThrownBy(() -> TREE.children().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_nullMessage_throwsNamingMessage() {
    assertThatThrownBy(() -> new Explanation(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
  }

  @Test
  void equals_nfdText_equalsNfcText() {
    String nfc = "Thực hiện quy chế làm việc chưa đầy đủ";
    String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);

    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(Explanation.of(LocalizedText.of(nfd)))
        .isEqualTo(Explanation.of(LocalizedText.of(nfc)));
  }

  @Test
  void deferred_isMadeOnFirstRead_once_andEqualsTheEagerExplanation() {
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    Explanation deferred =
        Explanation.deferred(
            () -> {
              calls.incrementAndGet();
              return TREE;
            });

    assertThat(calls).hasValue(0);
    assertThat(deferred.render(Language.VI)).isEqualTo(TREE.render(Language.VI));
    assertThat(deferred.children()).isEqualTo(TREE.children());
    assertThat(deferred).isEqualTo(TREE).hasSameHashCodeAs(TREE);
    assertThat(calls).hasValue(1);
  }

  @Test
  void deferred_readByEightThreads_givesEveryoneTheSameLines() throws Exception {
    Explanation deferred = Explanation.deferred(() -> TREE);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<String>> renders = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        renders.add(pool.submit(() -> deferred.render(Language.EN)));
      }
      for (java.util.concurrent.Future<String> r : renders) {
        assertThat(r.get()).isEqualTo(TREE.render(Language.EN));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deferred_nullSource_throwsNamingSource() {
    assertThatThrownBy(() -> Explanation.deferred(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source");
  }
}
