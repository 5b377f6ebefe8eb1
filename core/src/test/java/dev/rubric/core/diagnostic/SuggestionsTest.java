package dev.rubric.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuggestionsTest {

  private static final List<String> INPUTS =
      List.of("ho_so_dung_han", "ho_so_qua_han", "ho_so", "so_thu_tuc", "đạt_chuẩn", "tỷ_lệ");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "ho_so_dung_hn, ho_so_dung_han",
    "ho_so_dugn_han, ho_so_dung_han",
    "HO_SO_DUNG_HAN, ho_so_dung_han",
    "hồ_sơ, ho_so",
    "hồ_sơ_đúng_hạn, ho_so_dung_han",
    "dat_chuan, đạt_chuẩn",
    "ĐẠT_CHUẨN, đạt_chuẩn",
    "ty_le, tỷ_lệ",
    "ho_s, ho_so",
  })
  void closest_typo_suggestsCandidate(String found, String expected) {
    assertThat(Suggestions.closest(found, INPUTS)).contains(expected);
  }

  @Test
  void closest_nfdInput_matchesNfcCandidate() {
    String nfd = Normalizer.normalize("đạt_chuẩm", Normalizer.Form.NFD);

    assertThat(Suggestions.closest(nfd, INPUTS)).contains("đạt_chuẩn");
  }

  @Test
  void closest_nothingClose_isEmpty() {
    assertThat(Suggestions.closest("dien_tich", INPUTS)).isEmpty();
  }

  @Test
  void closest_shortNameTwoEditsAway_isEmpty() {
    // threshold for length 3 is max(1, 3 / 3) = 1
    assertThat(Suggestions.closest("abc", List.of("axy"))).isEmpty();
  }

  @Test
  void closest_exactCandidate_isIgnored() {
    assertThat(Suggestions.closest("ho_so", List.of("ho_so"))).isEmpty();
  }

  @Test
  void closest_tie_picksAlphabeticallyFirstRegardlessOfOrder() {
    assertThat(
            List.of(
                Suggestions.closest("cat", List.of("cot", "bat")),
                Suggestions.closest("cat", List.of("bat", "cot"))))
        .containsOnly(Optional.of("bat"));
  }

  @Test
  void closest_smallerDistanceWins_overAlphabeticalOrder() {
    assertThat(
            Suggestions.closest(
                "ho_so_dung_hn", List.of("ho_so_dung_h", "a_so_dung_hn", "ho_so_dung_han")))
        .contains("ho_so_dung_h");
  }

  @Test
  void closest_equalWithoutAccents_prefersTheCandidateCloserAsWritten() {
    // both are 0 apart without accents; as written 'hồ_so' is 1 edit away and 'ho_so' 2
    assertThat(Suggestions.closest("hồ_sơ", List.of("ho_so", "hồ_so"))).contains("hồ_so");
  }

  @Test
  void closest_noCandidates_isEmpty() {
    assertThat(Suggestions.closest("x", List.of())).isEmpty();
  }

  @Test
  void didYouMean_close_formatsHint() {
    assertThat(Suggestions.didYouMean("ho_so_dung_hn", INPUTS))
        .contains("did you mean 'ho_so_dung_han'?");
  }

  @Test
  void distance_adjacentTransposition_costsOne() {
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(1);
  }

  @Test
  void distance_optimalStringAlignment_doesNotEditASubstringTwice() {
    // true Damerau–Levenshtein gives 2; OSA gives 3
    assertThat(Suggestions.distance("ca", "abc")).isEqualTo(3);
  }

  @Test
  void stripDiacritics_vietnamese_removesMarksAndMapsDStroke() {
    assertThat(Suggestions.stripDiacritics("Đạt Chuẩn Nông Thôn Mới"))
        .isEqualTo("dat chuan nong thon moi");
  }
}
