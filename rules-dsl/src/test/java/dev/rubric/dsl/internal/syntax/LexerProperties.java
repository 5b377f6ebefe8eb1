package dev.rubric.dsl.internal.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.Diagnostics;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seeded random inputs: the lexer never throws and its output keeps its invariants. */
class LexerProperties {

  private static final long SEED = 0x5EED_2022L;
  private static final int RUNS = 3000;
  private static final Set<String> LEXER_CODES =
      Set.of("RB100", "RB101", "RB102", "RB103", "RB401", "RB402");

  /**
   * Fragments mixing ASCII, Vietnamese NFC and NFD, control characters, quotes, digits and
   * operators.
   */
  private static final String[] FRAGMENTS = {
    "a",
    "z",
    "_",
    "x1",
    "applies-to",
    "-",
    "--",
    " ",
    "  ",
    "\t",
    "\n",
    "\r",
    "\r\n",
    "\f",
    "0",
    "7",
    "98",
    "98.5",
    "%",
    ".",
    "2022-02-30",
    "2024-02-29",
    "2022-13-01",
    "9999-99-99",
    "\"",
    "\\",
    "\\n",
    "\\t",
    "\\\"",
    "\\q",
    "\\u{",
    "\\u{1F600}",
    "\\u{110000}",
    "}",
    "{",
    "#",
    "//",
    "/",
    "*",
    "+",
    "=",
    "==",
    "!",
    "!=",
    "<",
    "<=",
    ">",
    ">=",
    "->",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    ";",
    "'",
    "@",
    "$",
    "`",
    "~",
    "&&",
    "≥",
    "≤",
    "≠",
    "×",
    "→",
    "“",
    "”",
    "hồ_sơ",
    "đạt",
    "chuẩn",
    "tỷ_lệ",
    "Đ",
    "ư",
    "ơ",
    "ạ",
    nfd("hồ_sơ"),
    nfd("đúng_hạn"),
    nfd("Việt"),
    "\u0301",
    "\u0323",
    "\u0302\u0309",
    "\u0000",
    "\u0001",
    "\u0007",
    "\u001B",
    "\u007F",
    "\u0085",
    "\u200B",
    "\u200D",
    "\uFEFF",
    "\u00A0",
    "\u3000",
    "\u2028",
    "\uD83D\uDE00",
    "\uD800",
    "\uDC00",
    "名前",
    "\uFFFD",
    "\uFFFF",
    "1".repeat(45),
  };

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static String randomSource(Random random) {
    int parts = random.nextInt(40);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts; i++) {
      if (random.nextInt(10) == 0) {
        sb.append((char) random.nextInt(0x10000));
      } else {
        sb.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
      }
    }
    return sb.toString();
  }

  /** Returns a description of the first broken invariant, or an empty string. */
  private static String check(String content) {
    SourceText source = SourceText.of("random.rubric", content);
    Lexer.Result result;
    try {
      result = Lexer.lex(source);
      Diagnostics.render(source, result.diagnostics());
    } catch (RuntimeException | Error e) {
      return "threw " + e;
    }
    List<Token> tokens = result.tokens();
    Token last = tokens.get(tokens.size() - 1);
    if (last.kind() != TokenKind.EOF
        || !last.span().equals(SourceSpan.of(content.length(), content.length()))) {
      return "does not end with EOF at the end: " + last;
    }
    int previousEnd = 0;
    for (Token t : tokens) {
      if (t.span().start() < previousEnd || t.span().end() > content.length()) {
        return "token out of order or bounds: " + t;
      }
      if (t.kind() != TokenKind.EOF && t.span().length() == 0) {
        return "empty token: " + t;
      }
      if ((t.kind() == TokenKind.IDENT || t.kind() == TokenKind.STRING)
          && !Normalizer.isNormalized(t.text(), Normalizer.Form.NFC)) {
        return "text not in NFC: " + t;
      }
      previousEnd = t.span().end();
    }
    for (Diagnostic d : result.diagnostics()) {
      if (!LEXER_CODES.contains(d.code())
          || d.span().map(s -> s.end() > content.length()).orElse(false)) {
        return "unexpected diagnostic: " + d;
      }
    }
    return "";
  }

  @Test
  void lex_randomSources_neverThrowAndKeepInvariants() {
    // given
    Random random = new Random(SEED);
    List<String> failures = new ArrayList<>();

    // when
    for (int run = 0; run < RUNS; run++) {
      String content = randomSource(random);
      String problem = check(content);
      if (!problem.isEmpty()) {
        failures.add(
            problem
                + " for input "
                + content.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList());
      }
    }

    // then
    assertThat(failures).isEmpty();
  }

  @Test
  void lex_randomSources_areDeterministic() {
    Random random = new Random(SEED + 1);
    for (int run = 0; run < 200; run++) {
      String content = randomSource(random);
      SourceText source = SourceText.of("random.rubric", content);

      assertThat(Lexer.lex(source)).isEqualTo(Lexer.lex(source));
    }
  }
}
