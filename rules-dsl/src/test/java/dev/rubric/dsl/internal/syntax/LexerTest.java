package dev.rubric.dsl.internal.syntax;

import static dev.rubric.dsl.internal.syntax.TokenKind.ARROW;
import static dev.rubric.dsl.internal.syntax.TokenKind.ASSIGN;
import static dev.rubric.dsl.internal.syntax.TokenKind.COLON;
import static dev.rubric.dsl.internal.syntax.TokenKind.COMMA;
import static dev.rubric.dsl.internal.syntax.TokenKind.DATE;
import static dev.rubric.dsl.internal.syntax.TokenKind.DOT;
import static dev.rubric.dsl.internal.syntax.TokenKind.EOF;
import static dev.rubric.dsl.internal.syntax.TokenKind.EQ;
import static dev.rubric.dsl.internal.syntax.TokenKind.ERROR;
import static dev.rubric.dsl.internal.syntax.TokenKind.GE;
import static dev.rubric.dsl.internal.syntax.TokenKind.GT;
import static dev.rubric.dsl.internal.syntax.TokenKind.IDENT;
import static dev.rubric.dsl.internal.syntax.TokenKind.LBRACE;
import static dev.rubric.dsl.internal.syntax.TokenKind.LBRACKET;
import static dev.rubric.dsl.internal.syntax.TokenKind.LE;
import static dev.rubric.dsl.internal.syntax.TokenKind.LPAREN;
import static dev.rubric.dsl.internal.syntax.TokenKind.LT;
import static dev.rubric.dsl.internal.syntax.TokenKind.MINUS;
import static dev.rubric.dsl.internal.syntax.TokenKind.NE;
import static dev.rubric.dsl.internal.syntax.TokenKind.NUMBER;
import static dev.rubric.dsl.internal.syntax.TokenKind.PERCENT;
import static dev.rubric.dsl.internal.syntax.TokenKind.PLUS;
import static dev.rubric.dsl.internal.syntax.TokenKind.RBRACE;
import static dev.rubric.dsl.internal.syntax.TokenKind.RBRACKET;
import static dev.rubric.dsl.internal.syntax.TokenKind.RPAREN;
import static dev.rubric.dsl.internal.syntax.TokenKind.SEMICOLON;
import static dev.rubric.dsl.internal.syntax.TokenKind.SLASH;
import static dev.rubric.dsl.internal.syntax.TokenKind.STAR;
import static dev.rubric.dsl.internal.syntax.TokenKind.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticSeverity;
import dev.rubric.core.diagnostic.Diagnostics;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LexerTest {

  private static Lexer.Result lex(String content) {
    return Lexer.lex(SourceText.of("t.rubric", content));
  }

  /**
   * Returns the diagnostics as their English words, to compare with diagnostics made from strings;
   * {@code VietnameseDiagnosticsTest} checks the Vietnamese.
   */
  private static List<Diagnostic> english(List<Diagnostic> ds) {
    return ds.stream()
        .map(
            d -> new Diagnostic(d.severity(), d.code(), d.message(), d.span(), d.hints(), d.path()))
        .toList();
  }

  private static List<TokenKind> kinds(String content) {
    return lex(content).tokens().stream().map(Token::kind).collect(Collectors.toList());
  }

  private static List<String> texts(String content) {
    return lex(content).tokens().stream().map(Token::text).collect(Collectors.toList());
  }

  private static Token single(String content) {
    Lexer.Result result = lex(content);
    assertThat(result.tokens()).hasSize(2);
    return result.tokens().get(0);
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  // ------------------------------------------------------------------ token streams

  @Test
  void lex_criterionRule_producesTokenStream() {
    String content =
        "criterion \"1.1.2\" {\n  score ho_so_dung_han / tong_ho_so * 100 >= 98.5%\n}\n";

    assertThat(lex(content).tokens())
        .extracting(Token::kind, Token::text)
        .containsExactly(
            tuple(IDENT, "criterion"),
            tuple(STRING, "1.1.2"),
            tuple(LBRACE, "{"),
            tuple(IDENT, "score"),
            tuple(IDENT, "ho_so_dung_han"),
            tuple(SLASH, "/"),
            tuple(IDENT, "tong_ho_so"),
            tuple(STAR, "*"),
            tuple(NUMBER, "100"),
            tuple(GE, ">="),
            tuple(PERCENT, "98.5%"),
            tuple(RBRACE, "}"),
            tuple(EOF, ""));
  }

  @Test
  void lex_tokens_carrySourceSpans() {
    assertThat(lex("ab  >= 12%").tokens())
        .extracting(Token::span)
        .containsExactly(
            SourceSpan.of(0, 2), SourceSpan.of(4, 6), SourceSpan.of(7, 10), SourceSpan.of(10, 10));
  }

  @Test
  void lex_emptySource_isOnlyEof() {
    assertThat(lex("").tokens()).containsExactly(Token.of(EOF, "", SourceSpan.of(0, 0)));
  }

  @Test
  void lex_punctuationAndOperators_producesOneKindEach() {
    assertThat(kinds("{ } ( ) [ ] , : ; . + - * / = == != < <= > >= ->"))
        .containsExactly(
            LBRACE, RBRACE, LPAREN, RPAREN, LBRACKET, RBRACKET, COMMA, COLON, SEMICOLON, DOT, PLUS,
            MINUS, STAR, SLASH, ASSIGN, EQ, NE, LT, LE, GT, GE, ARROW, EOF);
  }

  @Test
  void lex_unicodeOperators_mapToAsciiKinds() {
    assertThat(lex("≥ ≤ ≠ × →").tokens())
        .extracting(Token::kind, Token::text)
        .containsExactly(
            tuple(GE, "≥"),
            tuple(LE, "≤"),
            tuple(NE, "≠"),
            tuple(STAR, "×"),
            tuple(ARROW, "→"),
            tuple(EOF, ""));
  }

  @Test
  void lex_operatorsWithoutSpaces_useLongestMatch() {
    assertThat(kinds("a>=b<c==d!=e->f=g"))
        .containsExactly(
            IDENT, GE, IDENT, LT, IDENT, EQ, IDENT, NE, IDENT, ARROW, IDENT, ASSIGN, IDENT, EOF);
  }

  // ------------------------------------------------------------------ numbers, percentages, dates

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"1200, 1200", "0.25, 0.25", "007, 7", "98.50, 98.50"})
  void lex_number_hasExactValue(String literal, String value) {
    assertThat(single(literal))
        .extracting(Token::kind, Token::number)
        .containsExactly(NUMBER, new BigDecimal(value));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"98%, 0.98", "98.5%, 0.985", "100%, 1.00", "0.5%, 0.005", "0%, 0.00"})
  void lex_percent_valueIsLiteralOverHundredExactly(String literal, String value) {
    assertThat(single(literal))
        .extracting(Token::kind, Token::text, Token::number)
        .containsExactly(PERCENT, literal, new BigDecimal(value));
  }

  @Test
  void lex_percentAfterSpace_isStrayPercent() {
    Lexer.Result result = lex("98 %");

    assertThat(result.tokens()).extracting(Token::kind).containsExactly(NUMBER, EOF);
    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB100",
                "unexpected character '%' (U+0025)",
                SourceSpan.of(3, 4),
                "write '%' directly after a number, as in 98%"));
  }

  @Test
  void lex_trailingDot_isNumberThenDot() {
    assertThat(kinds("1.")).containsExactly(NUMBER, DOT, EOF);
  }

  @Test
  void lex_leadingDot_isDotThenNumber() {
    assertThat(kinds(".5")).containsExactly(DOT, NUMBER, EOF);
  }

  @Test
  void lex_exponent_isNotPartOfNumber() {
    assertThat(texts("1e5")).containsExactly("1", "e5", "");
  }

  @Test
  void lex_isoDate_isDateWithValue() {
    assertThat(single("2022-09-12"))
        .extracting(Token::kind, Token::date, Token::number)
        .containsExactly(DATE, LocalDate.of(2022, 9, 12), null);
  }

  @Test
  void lex_leapDay_isValidDate() {
    assertThat(single("2024-02-29").date()).isEqualTo(LocalDate.of(2024, 2, 29));
  }

  @Test
  void lex_dateNotFourTwoTwo_isArithmetic() {
    assertThat(kinds("2022-9-12 12022-09-12 2022-09-123"))
        .containsExactly(
            NUMBER, MINUS, NUMBER, MINUS, NUMBER, NUMBER, MINUS, NUMBER, MINUS, NUMBER, NUMBER,
            MINUS, NUMBER, MINUS, NUMBER, EOF);
  }

  @Test
  void lex_dayOutOfRange_reportsRB103AndErrorToken() {
    Lexer.Result result = lex("2022-02-30");

    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB103", "invalid date '2022-02-30'", SourceSpan.of(0, 10), "2022-02 has 28 days"));
    assertThat(result.tokens())
        .extracting(Token::kind, Token::text)
        .containsExactly(tuple(ERROR, "2022-02-30"), tuple(EOF, ""));
  }

  @Test
  void lex_monthOutOfRange_reportsRB103WithMonthHint() {
    assertThat(english(lex("2022-13-01").diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB103",
                "invalid date '2022-13-01'",
                SourceSpan.of(0, 10),
                "months go from 01 to 12"));
  }

  @Test
  void lex_numberOverLimit_reportsRB402AndErrorToken() {
    String digits = "1".repeat(41);

    Lexer.Result result = lex(digits);

    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB402",
                "number literal is 41 characters, more than the limit of 40",
                SourceSpan.of(0, 41)));
    assertThat(result.tokens()).extracting(Token::kind).containsExactly(ERROR, EOF);
  }

  @Test
  void lex_numberAtLimit_isNumber() {
    assertThat(single("1".repeat(38) + ".5")).extracting(Token::kind).isEqualTo(NUMBER);
  }

  @Test
  void lex_customNumberLimit_isApplied() {
    Lexer.Result result = Lexer.lex(SourceText.of("t", "12345"), new Lexer.Limits(100, 4));

    assertThat(english(result.diagnostics())).extracting(Diagnostic::code).containsExactly("RB402");
  }

  // ------------------------------------------------------------------ identifiers

  @Test
  void lex_hyphenBetweenLetters_isPartOfIdentifier() {
    assertThat(lex("applies-to half-up ho_so-x x1-y").tokens())
        .extracting(Token::kind, Token::text)
        .containsExactly(
            tuple(IDENT, "applies-to"),
            tuple(IDENT, "half-up"),
            tuple(IDENT, "ho_so-x"),
            tuple(IDENT, "x1-y"),
            tuple(EOF, ""));
  }

  @Test
  void lex_hyphenNotBetweenLetterAndLetter_isMinus() {
    assertThat(texts("a-1 x- -y b--c _-d"))
        .containsExactly("a", "-", "1", "x", "-", "-", "y", "b", "-", "-", "c", "_", "-", "d", "");
  }

  @Test
  void lex_vietnameseIdentifier_isOneIdentifier() {
    assertThat(single("tỷ_lệ_đạt_chuẩn"))
        .extracting(Token::kind, Token::text)
        .containsExactly(IDENT, "tỷ_lệ_đạt_chuẩn");
  }

  @Test
  void lex_nfdIdentifier_equalsNfcIdentifier() {
    Token nfd = single(nfd("hồ_sơ_đúng_hạn"));
    Token nfc = single("hồ_sơ_đúng_hạn");

    assertThat(nfd.text()).isEqualTo(nfc.text()).isEqualTo("hồ_sơ_đúng_hạn");
  }

  @Test
  void lex_nfdIdentifier_spanCoversSourceAsWritten() {
    String source = nfd("hồ_sơ");

    assertThat(single(source).span()).isEqualTo(SourceSpan.of(0, source.length()));
  }

  @Test
  void lex_nfdIdentifierWithHyphenAfterMark_isOneIdentifier() {
    assertThat(single(nfd("hồ-sơ")).text()).isEqualTo("hồ-sơ");
  }

  @Test
  void lex_numberFollowedByLetters_isNumberThenIdentifier() {
    assertThat(kinds("12abc")).containsExactly(NUMBER, IDENT, EOF);
  }

  // ------------------------------------------------------------------ strings

  @Test
  void lex_stringWithEscapes_decodesValue() {
    Token t = single("\"Hồ sơ \\\"đúng\\\" hạn\\\\\\n\\t\\u{1F600}\\u{41}\"");

    assertThat(t)
        .extracting(Token::kind, Token::text)
        .containsExactly(STRING, "Hồ sơ \"đúng\" hạn\\\n\t\uD83D\uDE00A");
  }

  @Test
  void lex_nfdString_isNormalisedToNfc() {
    assertThat(single("\"" + nfd("Tiếp nhận hồ sơ") + "\"").text()).isEqualTo("Tiếp nhận hồ sơ");
  }

  @Test
  void lex_string_spanIncludesQuotes() {
    assertThat(single("\"ab\"").span()).isEqualTo(SourceSpan.of(0, 4));
  }

  @Test
  void lex_stringWithRawTab_keepsTab() {
    assertThat(single("\"a\tb\"").text()).isEqualTo("a\tb");
  }

  @Test
  void lex_newlineInString_reportsRB101AtOpeningQuoteAndRecoversAtLineEnd() {
    Lexer.Result result = lex("title \"abc\nnext");

    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB101",
                "unterminated string",
                SourceSpan.of(6, 7),
                "close the string with '\"' before the end of the line"));
    assertThat(result.tokens())
        .extracting(Token::kind, Token::text, Token::span)
        .containsExactly(
            tuple(IDENT, "title", SourceSpan.of(0, 5)),
            tuple(STRING, "abc", SourceSpan.of(6, 10)),
            tuple(IDENT, "next", SourceSpan.of(11, 15)),
            tuple(EOF, "", SourceSpan.of(15, 15)));
  }

  @Test
  void lex_stringAtEndOfInput_reportsRB101() {
    assertThat(english(lex("\"abc").diagnostics()))
        .extracting(Diagnostic::code, Diagnostic::span)
        .containsExactly(tuple("RB101", Optional.of(SourceSpan.of(0, 1))));
  }

  @Test
  void lex_backslashAtEndOfLine_reportsOnlyRB101() {
    assertThat(english(lex("\"abc\\\nx").diagnostics()))
        .extracting(Diagnostic::code)
        .containsExactly("RB101");
  }

  @Test
  void lex_invalidEscape_reportsRB102AndKeepsLexing() {
    Lexer.Result result = lex("\"a\\qb\" x");

    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB102",
                "invalid escape '\\q'",
                SourceSpan.of(2, 4),
                "valid escapes are \\\", \\\\, \\n, \\t and \\u{…} such as \\u{1F600}"));
    assertThat(result.tokens())
        .extracting(Token::kind, Token::text)
        .containsExactly(tuple(STRING, "ab"), tuple(IDENT, "x"), tuple(EOF, ""));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "\"\\u{110000}\" | invalid escape '\\u{110000}' | 1 | 11",
        "\"\\u{D800}\" | invalid escape '\\u{D800}' | 1 | 9",
        "\"\\u{}\" | invalid escape '\\u{}' | 1 | 5",
        "\"\\u{1234567}\" | invalid escape '\\u{1234567}' | 1 | 12",
        "\"\\u{12\" | invalid escape '\\u{12' | 1 | 6",
        "\"\\u41\" | invalid escape '\\u' | 1 | 3",
      })
  void lex_invalidUnicodeEscape_reportsRB102(String content, String message, int start, int end) {
    assertThat(english(lex(content).diagnostics()))
        .extracting(Diagnostic::code, Diagnostic::message, Diagnostic::span)
        .containsExactly(tuple("RB102", message, Optional.of(SourceSpan.of(start, end))));
  }

  @Test
  void lex_controlCharacterInString_reportsRB100AndDropsIt() {
    Lexer.Result result = lex("\"a\u0000\u0001b\"");

    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB100", "unexpected character '\u2400' (U+0000) and 1 more", SourceSpan.of(2, 4)));
    assertThat(result.tokens().get(0).text()).isEqualTo("ab");
  }

  // ------------------------------------------------------------------ trivia

  @Test
  void lex_comments_areSkipped() {
    assertThat(texts("a # comment ≥ \"\nb // other\r\nc/d"))
        .containsExactly("a", "b", "c", "/", "d", "");
  }

  @Test
  void lex_whitespaceVariants_areSkipped() {
    assertThat(texts("\uFEFFa\u00A0b\tc\r\nd\re\u3000f\u202Fg\fh"))
        .containsExactly("a", "b", "c", "d", "e", "f", "g", "h", "");
  }

  @Test
  void lex_bomAtStart_isSkippedAndSpansStayFileOffsets() {
    assertThat(single("\uFEFFcatalog").span()).isEqualTo(SourceSpan.of(1, 8));
  }

  @Test
  void lex_bomInsideText_reportsRB100WithCodePointOnly() {
    assertThat(english(lex("a\uFEFFb").diagnostics()))
        .containsExactly(
            Diagnostic.error("RB100", "unexpected character U+FEFF", SourceSpan.of(1, 2)));
  }

  // ------------------------------------------------------------------ bad characters

  @Test
  void lex_unexpectedCharacter_reportsRB100AndSkipsIt() {
    Lexer.Result result = lex("a @ b");

    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error("RB100", "unexpected character '@' (U+0040)", SourceSpan.of(2, 3)));
    assertThat(result.tokens()).extracting(Token::text).containsExactly("a", "b", "");
  }

  @Test
  void lex_runOfBadCharacters_reportsOneRB100() {
    assertThat(english(lex("a @$?` b").diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB100", "unexpected character '@' (U+0040) and 3 more", SourceSpan.of(2, 6)));
  }

  @Test
  void lex_badCharactersSeparatedBySpace_reportOneRB100Each() {
    assertThat(english(lex("@ @").diagnostics())).hasSize(2);
  }

  @Test
  void lex_thousandNulBytes_reportsExactlyOneDiagnostic() {
    Lexer.Result result = lex("\u0000".repeat(1000));

    assertThat(english(result.diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB100",
                "unexpected character '\u2400' (U+0000) and 999 more",
                SourceSpan.of(0, 1000)));
    assertThat(result.tokens()).extracting(Token::kind).containsExactly(EOF);
  }

  @Test
  void lex_emoji_reportsRB100CoveringTheSurrogatePair() {
    assertThat(english(lex("x \uD83D\uDE00").diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB100", "unexpected character '\uD83D\uDE00' (U+1F600)", SourceSpan.of(2, 4)));
  }

  @Test
  void lex_loneBang_reportsRB100WithHint() {
    assertThat(english(lex("!x").diagnostics()))
        .containsExactly(
            Diagnostic.error(
                "RB100",
                "unexpected character '!' (U+0021)",
                SourceSpan.of(0, 1),
                "'!' is only valid in '!='"));
  }

  @Test
  void lex_curlyQuotes_reportsRB100WithQuoteHint() {
    assertThat(english(lex("“abc”").diagnostics()))
        .extracting(Diagnostic::message, Diagnostic::hints)
        .containsExactly(
            tuple(
                "unexpected character '“' (U+201C)",
                List.of("strings are written in straight double quotes, as in \"text\"")),
            tuple(
                "unexpected character '”' (U+201D)",
                List.of("strings are written in straight double quotes, as in \"text\"")));
  }

  @Test
  void lex_strayCombiningMark_reportsRB100WithCodePointOnly() {
    assertThat(english(lex("1\u0301").diagnostics()))
        .containsExactly(
            Diagnostic.error("RB100", "unexpected character U+0301", SourceSpan.of(1, 2)));
  }

  // ------------------------------------------------------------------ limits

  @Test
  void lex_sourceOverLimit_reportsRB401AndStopsWithEof() {
    Lexer.Result result = Lexer.lex(SourceText.of("t", "catalog x {}"), 10);

    assertThat(english(result.diagnostics()))
        .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::message, Diagnostic::span)
        .containsExactly(
            tuple(
                DiagnosticSeverity.ERROR,
                "RB401",
                "source is 12 characters, more than the limit of 10",
                Optional.empty()));
    assertThat(result.tokens()).extracting(Token::kind).containsExactly(EOF);
  }

  @Test
  void lex_sourceAtLimit_isLexed() {
    assertThat(Lexer.lex(SourceText.of("t", "catalog"), 7).tokens())
        .extracting(Token::kind)
        .containsExactly(IDENT, EOF);
  }

  @Test
  @Timeout(20)
  void lex_oneMegabyteSingleLine_finishes() {
    String line = "a-b + 12.5% * ho_so_dung_han >= 2022-01-01 \"x\" ".repeat(22_000);

    Lexer.Result result = lex(line);

    assertThat(result.tokens()).hasSize(8 * 22_000 + 1);
    assertThat(english(result.diagnostics())).isEmpty();
  }

  @Test
  @Timeout(20)
  void lex_oneMegabyteLiterals_finish() {
    int mb = 1 << 20;
    List<String> inputs =
        List.of(
            "9".repeat(mb),
            "x".repeat(mb),
            "\"" + "y".repeat(mb) + "\"",
            "\"" + "z".repeat(mb),
            "\"\\u{" + "1".repeat(mb) + "}\"",
            "@".repeat(mb),
            "ư\u0301".repeat(mb / 2));

    assertThat(inputs)
        .extracting(s -> lex(s).diagnostics().size())
        .containsExactly(1, 0, 0, 1, 1, 1, 0);
  }

  @Test
  void lex_diagnosticsRenderAgainstSource() {
    SourceText source = SourceText.of("cchc-xa.rubric", "score = ty_le >= 98 %\n");

    String rendered = Diagnostics.render(source, Lexer.lex(source).diagnostics());

    assertThat(rendered)
        .isEqualTo(
            """
            cchc-xa.rubric:1:21: error: unexpected character '%' (U+0025) [RB100]
               1 | score = ty_le >= 98 %
                 |                     ^
                 = hint: write '%' directly after a number, as in 98%
            """);
  }
}
