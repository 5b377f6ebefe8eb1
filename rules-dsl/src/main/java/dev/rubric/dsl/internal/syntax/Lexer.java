package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.message.Message;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns {@code .rubric} source text into tokens. Never throws on any text: problems become
 * diagnostics and lexing continues after them, so the result always ends with an {@link
 * TokenKind#EOF} token.
 *
 * <p>Diagnostics: RB100 unexpected character (one per run of adjacent bad characters), RB101
 * unterminated string, RB102 invalid escape, RB103 invalid date, RB401 source too large (lexing
 * stops; the only token is EOF), RB402 number literal too long.
 *
 * <p>The class is stateless; {@link #lex} is safe to call concurrently.
 */
public final class Lexer {

  /*
   * Implementation notes: a single left-to-right pass with at most two characters of lookahead; every
   * loop advances, so lexing is linear in the source length (a 1 MB line is fine). Offsets are UTF-16
   * indexes into the unmodified content; only token texts are normalised (IDENT and STRING to NFC).
   *
   * Lexical rules in brief:
   *   trivia    ' ' \t \n \r \f, every Unicode space separator (NBSP, U+202F, U+3000, ...), a BOM at
   *             offset 0, '#' or '//' up to the end of the line
   *   IDENT     (letter | '_') (letter | digit | mark | '_' | '-' letter)*   where '-' needs a letter
   *             or digit (or a combining mark, for NFD text) before it
   *   DATE      dddd-dd-dd not followed by a digit; an impossible date is RB103 and an ERROR token
   *   NUMBER    d+ ('.' d+)?; followed directly by '%' it is a PERCENT worth literal / 100; over
   *             maxNumberChars characters it is RB402 and an ERROR token
   *   STRING    '"' ... '"' on one line, escapes \" \\ \n \t and backslash-u{h..h} (1 to 6 hex digits, a
   *             Unicode scalar value); a line end or the end of input before the closing quote is RB101 at
   *             the opening quote and the string ends there; other control characters inside are
   *             RB100 and dropped
   *   operators { } ( ) [ ] , : ; . + - * / = == != < <= > >= -> and ≥ ≤ ≠ × →
   * Anything else (control characters, a stray '%' or '!', emoji, ...) is "bad": a run of adjacent
   * bad code points gives one RB100 diagnostic and no token.
   */

  /** The longest number literal accepted by default, in characters. */
  public static final int DEFAULT_MAX_NUMBER_CHARS = 40;

  /**
   * Lexer limits.
   *
   * @param maxSourceChars the largest source, in UTF-16 characters (RB401)
   * @param maxNumberChars the longest number literal, in characters, excluding a trailing {@code %}
   *     (RB402)
   */
  public record Limits(int maxSourceChars, int maxNumberChars) {

    /** 4 MiB of source text and 40-character number literals. */
    public static final Limits DEFAULT = new Limits(4 << 20, DEFAULT_MAX_NUMBER_CHARS);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is less than 1
     */
    public Limits {
      if (maxSourceChars < 1 || maxNumberChars < 1) {
        throw new IllegalArgumentException(
            "limits: expected positive limits but found maxSourceChars="
                + maxSourceChars
                + ", maxNumberChars="
                + maxNumberChars);
      }
    }
  }

  /**
   * The tokens of a source, ending with {@link TokenKind#EOF}, and the lexer's diagnostics in
   * source order.
   *
   * @param tokens the tokens, never empty
   * @param diagnostics the diagnostics
   */
  public record Result(List<Token> tokens, List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public Result {
      tokens = List.copyOf(tokens);
      diagnostics = List.copyOf(diagnostics);
    }

    /** Returns whether any diagnostic is an error. */
    public boolean hasErrors() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
  }

  private Lexer() {}

  /** Lexes {@code source} with the {@linkplain Limits#DEFAULT default limits}. */
  public static Result lex(SourceText source) {
    return lex(source, Limits.DEFAULT);
  }

  /** Lexes {@code source} with a source size limit of {@code maxSourceChars} UTF-16 characters. */
  public static Result lex(SourceText source, int maxSourceChars) {
    return lex(source, new Limits(maxSourceChars, DEFAULT_MAX_NUMBER_CHARS));
  }

  /** Lexes {@code source} within {@code limits}. */
  public static Result lex(SourceText source, Limits limits) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(limits, "limits");
    return new Scan(source.content(), limits).run();
  }

  /** The state of one lexing pass. */
  private static final class Scan {
    private final String s;
    private final int n;
    private final Limits limits;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int pos;

    Scan(String s, Limits limits) {
      this.s = s;
      this.n = s.length();
      this.limits = limits;
    }

    Result run() {
      if (n > limits.maxSourceChars()) {
        diagnostics.add(
            new Diagnostic(
                DiagnosticCode.SOURCE_TOO_LARGE.severity(),
                DiagnosticCode.SOURCE_TOO_LARGE.code(),
                Words.say("syntax.source-too-large", "size", n, "limit", limits.maxSourceChars()),
                Optional.empty(),
                List.of(Words.say("syntax.hint.source-too-large")),
                Optional.empty()));
        tokens.add(Token.of(TokenKind.EOF, "", SourceSpan.of(0, 0)));
        return new Result(tokens, diagnostics);
      }
      if (n > 0 && s.charAt(0) == '\uFEFF') {
        pos = 1;
      }
      while (true) {
        skipTrivia();
        if (pos >= n) {
          break;
        }
        int cp = s.codePointAt(pos);
        if (isIdentStart(cp)) {
          identifier();
        } else if (isDigit(cp)) {
          number();
        } else if (cp == '"') {
          string();
        } else if (!operator(cp)) {
          badRun();
        }
      }
      tokens.add(Token.of(TokenKind.EOF, "", SourceSpan.of(n, n)));
      return new Result(tokens, diagnostics);
    }

    // ------------------------------------------------------------------ trivia

    private void skipTrivia() {
      while (pos < n) {
        char c = s.charAt(pos);
        if (isWhitespace(c)) {
          pos++;
        } else if (c == '#' || (c == '/' && pos + 1 < n && s.charAt(pos + 1) == '/')) {
          while (pos < n && s.charAt(pos) != '\n' && s.charAt(pos) != '\r') {
            int bad = badCharacterLength(pos);
            if (bad > 0) {
              reportBad(pos, pos + bad);
              pos += bad;
            } else {
              pos++;
            }
          }
        } else {
          return;
        }
      }
    }

    // ------------------------------------------------------------------ identifiers

    private void identifier() {
      int start = pos;
      pos += Character.charCount(s.codePointAt(pos));
      while (pos < n) {
        int cp = s.codePointAt(pos);
        if (isIdentPart(cp)) {
          pos += Character.charCount(cp);
        } else if (cp == '-'
            && pos + 1 < n
            && Character.isLetter(s.codePointAt(pos + 1))
            && hyphenMayFollow(s.codePointBefore(pos))) {
          pos++;
        } else {
          break;
        }
      }
      tokens.add(
          Token.of(TokenKind.IDENT, nfc(s.substring(start, pos)), SourceSpan.of(start, pos)));
    }

    // ------------------------------------------------------------------ numbers and dates

    private void number() {
      int start = pos;
      if (isDateAt(start)) {
        date(start);
        return;
      }
      while (pos < n && isDigit(s.charAt(pos))) {
        pos++;
      }
      if (pos + 1 < n && s.charAt(pos) == '.' && isDigit(s.charAt(pos + 1))) {
        pos++;
        while (pos < n && isDigit(s.charAt(pos))) {
          pos++;
        }
      }
      int digitsEnd = pos;
      boolean percent = pos < n && s.charAt(pos) == '%';
      if (percent) {
        pos++;
      }
      String text = s.substring(start, pos);
      SourceSpan span = SourceSpan.of(start, pos);
      int length = digitsEnd - start;
      if (length > limits.maxNumberChars()) {
        diagnostics.add(
            Diagnostic.of(
                DiagnosticCode.NUMBER_TOO_LONG,
                Words.say(
                    "syntax.number-too-long", "length", length, "limit", limits.maxNumberChars()),
                span));
        tokens.add(Token.of(TokenKind.ERROR, text, span));
        return;
      }
      BigDecimal value = new BigDecimal(s.substring(start, digitsEnd));
      if (percent) {
        tokens.add(Token.ofNumber(TokenKind.PERCENT, text, span, value.movePointLeft(2)));
      } else {
        tokens.add(Token.ofNumber(TokenKind.NUMBER, text, span, value));
      }
    }

    private boolean isDateAt(int start) {
      if (start + 10 > n) {
        return false;
      }
      for (int i = 0; i < 10; i++) {
        char c = s.charAt(start + i);
        boolean ok = (i == 4 || i == 7) ? c == '-' : isDigit(c);
        if (!ok) {
          return false;
        }
      }
      return start + 10 == n || !isDigit(s.charAt(start + 10));
    }

    private void date(int start) {
      pos = start + 10;
      String text = s.substring(start, pos);
      SourceSpan span = SourceSpan.of(start, pos);
      int year = Integer.parseInt(text.substring(0, 4));
      int month = Integer.parseInt(text.substring(5, 7));
      int day = Integer.parseInt(text.substring(8, 10));
      Message hint;
      if (month < 1 || month > 12) {
        hint = Words.say("syntax.hint.months");
      } else {
        int days = YearMonth.of(year, month).lengthOfMonth();
        if (day >= 1 && day <= days) {
          tokens.add(Token.ofDate(text, span, LocalDate.of(year, month, day)));
          return;
        }
        hint =
            Words.say(
                "syntax.hint.month-days",
                "month",
                String.format(Locale.ROOT, "%04d-%02d", year, month),
                "days",
                days);
      }
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.INVALID_DATE,
              Words.say("syntax.invalid-date", "date", text),
              span,
              hint));
      tokens.add(Token.of(TokenKind.ERROR, text, span));
    }

    // ------------------------------------------------------------------ strings

    private void string() {
      int start = pos;
      pos++;
      StringBuilder value = new StringBuilder();
      while (true) {
        if (pos >= n || s.charAt(pos) == '\n' || s.charAt(pos) == '\r') {
          diagnostics.add(
              Diagnostic.of(
                  DiagnosticCode.UNTERMINATED_STRING,
                  Words.say("syntax.unterminated-string"),
                  SourceSpan.of(start, start + 1),
                  Words.say("syntax.hint.close-string")));
          break;
        }
        char c = s.charAt(pos);
        if (c == '"') {
          pos++;
          break;
        }
        if (c == '\\') {
          escape(value);
        } else if (c != '\t' && Character.isISOControl(c)) {
          int runStart = pos;
          while (pos < n
              && s.charAt(pos) != '\t'
              && s.charAt(pos) != '\n'
              && s.charAt(pos) != '\r'
              && Character.isISOControl(s.charAt(pos))) {
            pos++;
          }
          reportBad(runStart, pos);
        } else if (Character.isSurrogate(c)) {
          if (isSurrogatePairAt(pos)) {
            value.append(c).append(s.charAt(pos + 1));
            pos += 2;
          } else {
            reportBad(pos, pos + 1);
            pos++;
          }
        } else {
          value.append(c);
          pos++;
        }
      }
      tokens.add(Token.of(TokenKind.STRING, nfc(value.toString()), SourceSpan.of(start, pos)));
    }

    /** Returns whether a high surrogate at {@code i} is followed by a low one. */
    private boolean isSurrogatePairAt(int i) {
      return Character.isHighSurrogate(s.charAt(i))
          && i + 1 < n
          && Character.isLowSurrogate(s.charAt(i + 1));
    }

    /**
     * Returns the length of the run of NUL characters or lone surrogates at {@code i} in a comment
     * (0 if there is none there): text that cannot be written back as UTF-8 or that a C string
     * would cut short.
     */
    private int badCharacterLength(int i) {
      int j = i;
      while (j < n
          && (s.charAt(j) == '\0'
              || (Character.isSurrogate(s.charAt(j)) && !isSurrogatePairAt(j)))) {
        j++;
      }
      return j - i;
    }

    /** Decodes the escape at {@code pos} (a backslash) into {@code value}, or reports RB102. */
    private void escape(StringBuilder value) {
      int start = pos;
      if (pos + 1 >= n || s.charAt(pos + 1) == '\n' || s.charAt(pos + 1) == '\r') {
        pos++;
        return;
      }
      char c = s.charAt(pos + 1);
      switch (c) {
        case '"', '\\' -> {
          value.append(c);
          pos += 2;
          return;
        }
        case 'n' -> {
          value.append('\n');
          pos += 2;
          return;
        }
        case 't' -> {
          value.append('\t');
          pos += 2;
          return;
        }
        case 'u' -> {
          unicodeEscape(value);
          return;
        }
        default -> {
          int cp = s.codePointAt(pos + 1);
          pos += 1 + Character.charCount(cp);
          diagnostics.add(
              Diagnostic.of(
                  DiagnosticCode.INVALID_ESCAPE,
                  invalidEscape(cp),
                  SourceSpan.of(start, pos),
                  Words.say(
                      "syntax.hint.valid-escapes", "unicode", "\\u{…}", "example", "\\u{1F600}")));
        }
      }
    }

    private void unicodeEscape(StringBuilder value) {
      int start = pos;
      int p = pos + 2;
      if (p >= n || s.charAt(p) != '{') {
        pos = p;
        diagnostics.add(
            Diagnostic.of(
                DiagnosticCode.INVALID_ESCAPE,
                Words.say("syntax.invalid-escape", "escape", "\\u"),
                SourceSpan.of(start, pos),
                Words.say("syntax.hint.code-point-in-braces", "example", "\\u{1F600}")));
        return;
      }
      int digitsStart = p + 1;
      int q = digitsStart;
      while (q < n && Character.digit(s.charAt(q), 16) >= 0) {
        q++;
      }
      int digits = q - digitsStart;
      boolean closed = q < n && s.charAt(q) == '}';
      pos = closed ? q + 1 : q;
      if (closed && digits >= 1 && digits <= 6) {
        int cp = Integer.parseInt(s.substring(digitsStart, q), 16);
        if (cp <= Character.MAX_CODE_POINT && (cp < 0xD800 || cp > 0xDFFF)) {
          if (cp != '\t' && cp != '\n' && Character.isISOControl(cp)) {
            diagnostics.add(
                Diagnostic.of(
                    DiagnosticCode.INVALID_ESCAPE,
                    Words.say("syntax.invalid-escape", "escape", s.substring(start, pos)),
                    SourceSpan.of(start, pos),
                    Words.say("syntax.hint.no-control-characters")));
            return;
          }
          value.appendCodePoint(cp);
          return;
        }
      }
      String written = s.substring(start, pos);
      if (written.length() > 16) {
        written = written.substring(0, 15) + "…";
      }
      diagnostics.add(
          Diagnostic.of(
              DiagnosticCode.INVALID_ESCAPE,
              Words.say("syntax.invalid-escape", "escape", written),
              SourceSpan.of(start, pos),
              Words.say("syntax.hint.hex-digits", "example", "\\u{1F600}")));
    }

    // ------------------------------------------------------------------ operators

    /**
     * Emits the operator or punctuation at {@code pos}; returns false if {@code cp} starts none.
     */
    private boolean operator(int cp) {
      char next = pos + 1 < n ? s.charAt(pos + 1) : '\0';
      return switch (cp) {
        case '{' -> emit(TokenKind.LBRACE, 1);
        case '}' -> emit(TokenKind.RBRACE, 1);
        case '(' -> emit(TokenKind.LPAREN, 1);
        case ')' -> emit(TokenKind.RPAREN, 1);
        case '[' -> emit(TokenKind.LBRACKET, 1);
        case ']' -> emit(TokenKind.RBRACKET, 1);
        case ',' -> emit(TokenKind.COMMA, 1);
        case ':' -> emit(TokenKind.COLON, 1);
        case ';' -> emit(TokenKind.SEMICOLON, 1);
        case '.' -> emit(TokenKind.DOT, 1);
        case '+' -> emit(TokenKind.PLUS, 1);
        case '-' -> next == '>' ? emit(TokenKind.ARROW, 2) : emit(TokenKind.MINUS, 1);
        case '*', '\u00D7' -> emit(TokenKind.STAR, 1);
        case '/' -> emit(TokenKind.SLASH, 1);
        case '=' -> next == '=' ? emit(TokenKind.EQ, 2) : emit(TokenKind.ASSIGN, 1);
        case '!' -> next == '=' && emit(TokenKind.NE, 2);
        case '<' -> next == '=' ? emit(TokenKind.LE, 2) : emit(TokenKind.LT, 1);
        case '>' -> next == '=' ? emit(TokenKind.GE, 2) : emit(TokenKind.GT, 1);
        case '\u2265' -> emit(TokenKind.GE, 1);
        case '\u2264' -> emit(TokenKind.LE, 1);
        case '\u2260' -> emit(TokenKind.NE, 1);
        case '\u2192' -> emit(TokenKind.ARROW, 1);
        default -> false;
      };
    }

    private boolean emit(TokenKind kind, int length) {
      tokens.add(Token.of(kind, s.substring(pos, pos + length), SourceSpan.of(pos, pos + length)));
      pos += length;
      return true;
    }

    // ------------------------------------------------------------------ bad characters

    /** Skips the run of bad code points at {@code pos} and reports it once. */
    private void badRun() {
      int start = pos;
      do {
        pos += Character.charCount(s.codePointAt(pos));
      } while (pos < n && isBad(pos));
      reportBad(start, pos);
    }

    /** Returns whether the code point at {@code i} can start neither a token nor trivia. */
    private boolean isBad(int i) {
      int cp = s.codePointAt(i);
      if (isWhitespace(cp) || isIdentStart(cp) || isDigit(cp) || cp == '"' || cp == '#') {
        return false;
      }
      char next = i + 1 < n ? s.charAt(i + 1) : '\0';
      return switch (cp) {
        case '%' -> true;
        case '!' -> next != '=';
        case '{',
            '}',
            '(',
            ')',
            '[',
            ']',
            ',',
            ':',
            ';',
            '.',
            '+',
            '-',
            '*',
            '\u00D7',
            '/',
            '=',
            '<',
            '>',
            '\u2265',
            '\u2264',
            '\u2260',
            '\u2192' ->
            false;
        default -> true;
      };
    }

    private void reportBad(int start, int end) {
      int first = s.codePointAt(start);
      int count = s.codePointCount(start, end);
      Message message =
          count > 1
              ? Words.say(
                  "syntax.unexpected-characters", "character", describe(first), "more", count - 1)
              : Words.say("syntax.unexpected-character", "character", describe(first));
      SourceSpan span = SourceSpan.of(start, end);
      Optional<Message> hint = hintFor(first);
      diagnostics.add(
          hint.isPresent()
              ? Diagnostic.of(DiagnosticCode.UNEXPECTED_CHARACTER, message, span, hint.get())
              : Diagnostic.of(DiagnosticCode.UNEXPECTED_CHARACTER, message, span));
    }

    private static Optional<Message> hintFor(int cp) {
      return switch (cp) {
        case '%' -> Optional.of(Words.say("syntax.hint.percent"));
        case '!' -> Optional.of(Words.say("syntax.hint.exclamation"));
        case '\'', '\u2018', '\u2019', '\u201C', '\u201D' ->
            Optional.of(Words.say("syntax.hint.straight-quotes"));
        default ->
            Character.isSurrogate((char) cp) && cp <= 0xFFFF
                ? Optional.of(Words.say("syntax.hint.lone-surrogate"))
                : Optional.empty();
      };
    }
  }

  // -------------------------------------------------------------------- character classes

  private static boolean isDigit(int cp) {
    return cp >= '0' && cp <= '9';
  }

  private static boolean isWhitespace(int cp) {
    return cp == ' '
        || cp == '\t'
        || cp == '\n'
        || cp == '\r'
        || cp == '\f'
        || (cp > 0x7F && Character.getType(cp) == Character.SPACE_SEPARATOR);
  }

  private static boolean isIdentStart(int cp) {
    return cp == '_' || Character.isLetter(cp);
  }

  private static boolean isIdentPart(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp) || isMark(cp);
  }

  private static boolean hyphenMayFollow(int cp) {
    return Character.isLetterOrDigit(cp) || isMark(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Returns how a message shows code point {@code cp}: {@code '@' (U+0040)}; C0 controls and DEL as
   * their control pictures ({@code '␀' (U+0000)}); other invisible characters by number only.
   */
  static String describe(int cp) {
    String number = String.format(Locale.ROOT, "U+%04X", cp);
    if (cp < 0x20) {
      return "'" + (char) (0x2400 + cp) + "' (" + number + ")";
    }
    if (cp == 0x7F) {
      return "'\u2421' (" + number + ")";
    }
    return isInvisible(cp)
        ? number
        : "'" + new String(Character.toChars(cp)) + "' (" + number + ")";
  }

  /** Returns the RB102 message for a backslash followed by {@code cp}. */
  private static Message invalidEscape(int cp) {
    if (cp >= 0x20 && cp != 0x7F && !isInvisible(cp)) {
      return Words.say("syntax.invalid-escape", "escape", "\\" + new String(Character.toChars(cp)));
    }
    return Words.say("syntax.invalid-escape-followed-by", "character", describe(cp));
  }

  private static boolean isInvisible(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.UNASSIGNED,
          Character.PRIVATE_USE,
          Character.NON_SPACING_MARK,
          Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          true;
      default -> false;
    };
  }

  private static String nfc(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }
}
