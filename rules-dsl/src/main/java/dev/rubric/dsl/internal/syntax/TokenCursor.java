package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.dsl.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The parsers' position in the token list, with everything they share: reading and expecting
 * tokens, the nesting and limit checks, syntax diagnostics and the recovery after one. An error is
 * recorded as a diagnostic and unwinds as a {@link Failure} to the nearest statement, which {@link
 * #recover recovers} by skipping to where parsing can resume, so that one mistake gives one
 * diagnostic. One cursor serves one parse; not thread-safe.
 */
final class TokenCursor {

  /** Thrown to unwind to the nearest recovery point after a diagnostic has been recorded. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure() {
      super(null, null, false, false);
    }
  }

  private final List<Token> tokens;
  private final String content;
  private final Limits limits;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private int pos;
  private int depth;

  /** The number of '{' consumed minus the number of '}' consumed, for error recovery. */
  private int openBraces;

  private boolean limitReported;

  TokenCursor(Lexer.Result lexed, String content, Limits limits) {
    this.tokens = lexed.tokens();
    this.content = content;
    this.limits = limits;
    this.diagnostics.addAll(lexed.diagnostics());
    this.limitReported =
        lexed.diagnostics().stream()
            .anyMatch(d -> d.code().equals(DiagnosticCode.SOURCE_TOO_LARGE.code()));
  }

  Limits limits() {
    return limits;
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** Returns whether a limit was exceeded; parsing then gives no catalog. */
  boolean limitReported() {
    return limitReported;
  }

  /** Adds a diagnostic found outside the token stream's own checks (a catalog without title). */
  void report(Diagnostic d) {
    diagnostics.add(d);
  }

  // ---------------------------------------------------------------- tokens

  Token peek() {
    return tokens.get(pos);
  }

  Token previous() {
    return tokens.get(Math.max(0, pos - 1));
  }

  Token next() {
    Token t = tokens.get(pos);
    if (t.kind() != TokenKind.EOF) {
      pos++;
    }
    if (t.kind() == TokenKind.LBRACE) {
      openBraces++;
    } else if (t.kind() == TokenKind.RBRACE) {
      openBraces--;
    }
    return t;
  }

  /** Returns the index of the next token, to tell later whether a statement consumed anything. */
  int position() {
    return pos;
  }

  /** Returns how many '{' are open, the level a statement's recovery returns to. */
  int openBraces() {
    return openBraces;
  }

  boolean at(TokenKind kind) {
    return peek().kind() == kind;
  }

  boolean accept(TokenKind kind) {
    if (at(kind)) {
      next();
      return true;
    }
    return false;
  }

  boolean isKeyword(String keyword) {
    return peek().isWord(keyword);
  }

  void expect(TokenKind kind, String expected) {
    if (!accept(kind)) {
      throw error(
          peek(),
          DiagnosticCode.EXPECTED_TOKEN,
          "expected " + expected + " but found " + describe(peek()));
    }
  }

  void expectKeyword(String keyword) {
    if (!isKeyword(keyword)) {
      throw error(
          peek(),
          DiagnosticCode.EXPECTED_TOKEN,
          "expected '" + keyword + "' but found " + describe(peek()),
          suggestion(peek(), Set.of(keyword)));
    }
    next();
  }

  // ---------------------------------------------------------------- values of single tokens

  LocalizedText text() {
    String vi = string("a title or message in quotes");
    if (isKeyword("en")) {
      next();
      return LocalizedText.of(vi, string("the English text in quotes"));
    }
    return LocalizedText.of(vi);
  }

  String string(String expected) {
    Token t = peek();
    if (t.kind() != TokenKind.STRING) {
      throw error(
          t, DiagnosticCode.EXPECTED_TOKEN, "expected " + expected + " but found " + describe(t));
    }
    next();
    if (t.text().isBlank()) {
      throw error(
          t,
          DiagnosticCode.EMPTY_OR_PADDED_STRING,
          "expected " + expected + " but found an empty string");
    }
    return t.text();
  }

  Syntax.Name stringName(String expected) {
    Token t = peek();
    String s = string(expected);
    if (!s.strip().equals(s)) {
      throw error(
          t,
          DiagnosticCode.EMPTY_OR_PADDED_STRING,
          "expected " + expected + " without leading or trailing spaces but found '" + s + "'");
    }
    return new Syntax.Name(s, Optional.of(t.span()));
  }

  String identifier(String expected) {
    Token t = peek();
    if (t.kind() != TokenKind.IDENT) {
      throw error(
          t, DiagnosticCode.EXPECTED_TOKEN, "expected " + expected + " but found " + describe(t));
    }
    next();
    return t.text();
  }

  Syntax.Name identName(String expected) {
    Token t = peek();
    String s = identifier(expected);
    if (s.indexOf('-') >= 0) {
      throw error(
          t,
          DiagnosticCode.INVALID_NAME,
          "expected " + expected + " (letters, digits and '_') but found '" + s + "'",
          "use '_' instead of '-' in names: '" + s.replace('-', '_') + "'");
    }
    if (!s.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
      // The lexer lets combining marks into names (for NFD text); one that NFC cannot compose away
      // would make the catalog model reject the name later.
      throw error(
          t,
          DiagnosticCode.INVALID_NAME,
          "expected " + expected + " (letters, digits and '_') but found '" + s + "'",
          "write the name with precomposed letters and without combining marks");
    }
    return new Syntax.Name(s, Optional.of(t.span()));
  }

  Syntax.Num number(String expected) {
    Token t = peek();
    boolean negative = false;
    if (t.kind() == TokenKind.MINUS) {
      next();
      negative = true;
    }
    Token n = peek();
    if (n.kind() == TokenKind.ERROR) {
      next();
      return new Syntax.Num(Decimal.ZERO, Optional.of(n.span()));
    }
    if (n.kind() != TokenKind.NUMBER) {
      throw error(
          n,
          DiagnosticCode.EXPECTED_TOKEN,
          "expected " + expected + " (a number) but found " + describe(n));
    }
    next();
    Decimal d = Decimal.of(n.numberValue());
    return new Syntax.Num(negative ? d.negate() : d, Optional.of(t.span().to(n.span())));
  }

  LocalDate date() {
    Token t = peek();
    if (t.kind() == TokenKind.ERROR) {
      next();
      throw new Failure();
    }
    if (t.kind() != TokenKind.DATE) {
      throw error(
          t,
          DiagnosticCode.EXPECTED_TOKEN,
          "expected a date such as 2022-09-12 but found " + describe(t));
    }
    next();
    return t.dateValue();
  }

  // ---------------------------------------------------------------- nesting, limits and errors

  /** Counts one level of nesting at {@code at}; pair with {@link #leave()}. */
  void enter(Token at) {
    if (++depth > limits.maxDepth()) {
      depth--;
      limit(
          at,
          DiagnosticCode.TOO_DEEP,
          "nesting is deeper than " + limits.maxDepth() + " levels, the limit");
    }
  }

  void leave() {
    depth--;
  }

  /** Reports an exceeded limit and ends parsing: unwinds to the top and gives no catalog. */
  void limit(Token at, DiagnosticCode code, String message) {
    if (!limitReported) {
      limitReported = true;
      diagnostics.add(Diagnostic.of(code, message, at.span()));
    }
    pos = tokens.size() - 1;
    throw new Failure();
  }

  Failure error(Token at, DiagnosticCode code, String message, String... hints) {
    String comma = decimalCommaHint(at);
    if (comma != null) {
      String[] more = Arrays.copyOf(hints, hints.length + 1);
      more[hints.length] = comma;
      return error(at.span(), code, message, more);
    }
    return error(at.span(), code, message, hints);
  }

  /**
   * Returns a hint when {@code at}, the next token, is a comma written between two numbers without
   * spaces ({@code max 0,5}): a decimal comma, as Vietnamese writes decimals, where Rubric wants a
   * point. Otherwise null.
   */
  private @Nullable String decimalCommaHint(Token at) {
    if (!at.span().equals(peek().span())
        || at.kind() != TokenKind.COMMA
        || pos == 0
        || pos + 1 >= tokens.size()) {
      return null;
    }
    Token before = tokens.get(pos - 1);
    Token after = tokens.get(pos + 1);
    if (before.kind() != TokenKind.NUMBER
        || after.kind() != TokenKind.NUMBER
        || before.span().end() != at.span().start()
        || after.span().start() != at.span().end()) {
      return null;
    }
    String written = before.text() + "," + after.text();
    return "decimals are written with a point: '"
        + before.text()
        + "."
        + after.text()
        + "', not '"
        + written
        + "'";
  }

  /** Records a syntax error and returns the {@link Failure} for the caller to throw. */
  Failure error(SourceSpan span, DiagnosticCode code, String message, String... hints) {
    if (limitReported) {
      // After a limit, parsing stops; what follows would only be noise.
      return new Failure();
    }
    List<String> h = new ArrayList<>();
    for (String hint : hints) {
      if (hint != null && !hint.isEmpty()) {
        h.add(hint);
      }
    }
    diagnostics.add(Diagnostic.of(code, message, span, h.toArray(new String[0])));
    return new Failure();
  }

  /** Returns "did you mean …?" for an identifier close to one of {@code candidates}, else "". */
  static String suggestion(Token t, Set<String> candidates) {
    if (t.kind() != TokenKind.IDENT) {
      return "";
    }
    return Suggestions.closest(t.text(), candidates)
        .map(s -> "did you mean '" + s + "'?")
        .orElse("");
  }

  static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  /** Describes a token for "but found …": {@code 'then'}, {@code "text"}, {@code end of file}. */
  static String describe(Token t) {
    return switch (t.kind()) {
      case EOF -> "end of file";
      case STRING -> "string \"" + abbreviate(t.text()) + "\"";
      case NUMBER, PERCENT -> "number " + abbreviate(t.text());
      case DATE -> "date " + t.text();
      case IDENT -> "'" + abbreviate(t.text()) + "'";
      default -> "'" + abbreviate(t.text()) + "'";
    };
  }

  private static String abbreviate(String s) {
    return s.codePointCount(0, s.length()) <= 40
        ? s
        : s.substring(0, s.offsetByCodePoints(0, 37)) + "…";
  }

  // ---------------------------------------------------------------- recovery

  /**
   * Skips to where parsing can resume after an error in a statement that started at token {@code
   * before} with {@code level} braces open: first out of any block the statement opened (a tier
   * list, a band table, 'best of { … }'), then to the next statement keyword of this block at the
   * start of a line, or to the '}' that closes the block (not consumed). Always makes progress.
   */
  void recover(Set<String> statements, int before, int level) {
    if (pos == before) {
      next();
    }
    while (!at(TokenKind.EOF)) {
      Token t = peek();
      if (openBraces <= level) {
        if (t.kind() == TokenKind.RBRACE) {
          return;
        }
        if (t.kind() == TokenKind.IDENT && statements.contains(t.text()) && startsLine(pos)) {
          return;
        }
      }
      next();
    }
  }

  /**
   * Skips to the next input declaration (a type keyword at the start of a line) or the closing '}'.
   */
  void recoverInputs(int before) {
    if (pos == before) {
      next();
    }
    while (!at(TokenKind.EOF) && !at(TokenKind.RBRACE)) {
      Token t = peek();
      if (t.kind() == TokenKind.IDENT
          && InputType.fromKeyword(t.text()).isPresent()
          && startsLine(pos)) {
        return;
      }
      next();
    }
  }

  /** Returns whether a line break separates token {@code i} from the token before it. */
  private boolean startsLine(int i) {
    if (i == 0) {
      return true;
    }
    int from = tokens.get(i - 1).span().end();
    int to = tokens.get(i).span().start();
    for (int k = from; k < to && k < content.length(); k++) {
      char c = content.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }
}
