package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.message.Message;
import dev.rubric.dsl.Limits;
import java.time.LocalDate;
import java.util.ArrayList;
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

  /**
   * Consumes a token of {@code kind}, written as {@code expected}, a punctuation mark in quotes.
   */
  void expect(TokenKind kind, String expected) {
    expect(kind, Words.verbatim(expected));
  }

  /** Consumes a token of {@code kind}, described as {@code expected}. */
  void expect(TokenKind kind, Message expected) {
    if (!accept(kind)) {
      throw error(peek(), DiagnosticCode.EXPECTED_TOKEN, expectedButFound(expected, peek()));
    }
  }

  void expectKeyword(String keyword) {
    if (!isKeyword(keyword)) {
      throw error(
          peek(),
          DiagnosticCode.EXPECTED_TOKEN,
          expectedButFound(Words.verbatim("'" + keyword + "'"), peek()),
          suggestion(peek(), Set.of(keyword)));
    }
    next();
  }

  /** Returns "expected {@code expected} but found" the description of {@code found}. */
  static Message expectedButFound(Message expected, Token found) {
    return Words.say("syntax.expected", "expected", expected, "found", describe(found));
  }

  /** Returns "expected {@code expected} but found '{@code found}'", the text as written. */
  static Message expectedButFound(Message expected, String found) {
    return Words.say("syntax.expected", "expected", expected, "found", "'" + found + "'");
  }

  // ---------------------------------------------------------------- values of single tokens

  LocalizedText text() {
    String vi = string(Words.say("syntax.what.text"));
    if (isKeyword("en")) {
      next();
      return LocalizedText.of(vi, string(Words.say("syntax.what.english-text")));
    }
    return LocalizedText.of(vi);
  }

  String string(Message expected) {
    Token t = peek();
    if (t.kind() != TokenKind.STRING) {
      throw error(t, DiagnosticCode.EXPECTED_TOKEN, expectedButFound(expected, t));
    }
    next();
    if (t.text().isBlank()) {
      throw error(
          t,
          DiagnosticCode.EMPTY_OR_PADDED_STRING,
          Words.say("syntax.expected-but-empty", "expected", expected));
    }
    return t.text();
  }

  Syntax.Name stringName(Message expected) {
    Token t = peek();
    String s = string(expected);
    if (!s.strip().equals(s)) {
      throw error(
          t,
          DiagnosticCode.EMPTY_OR_PADDED_STRING,
          Words.say("syntax.expected-unpadded", "expected", expected, "found", s));
    }
    return new Syntax.Name(s, Optional.of(t.span()));
  }

  String identifier(Message expected) {
    Token t = peek();
    if (t.kind() != TokenKind.IDENT) {
      throw error(t, DiagnosticCode.EXPECTED_TOKEN, expectedButFound(expected, t));
    }
    next();
    return t.text();
  }

  Syntax.Name identName(Message expected) {
    Token t = peek();
    String s = identifier(expected);
    if (s.indexOf('-') >= 0) {
      throw error(
          t,
          DiagnosticCode.INVALID_NAME,
          Words.say("syntax.expected-name", "expected", expected, "found", s),
          Words.say("syntax.hint.underscore", "name", s.replace('-', '_')));
    }
    if (!s.codePoints().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
      // The lexer lets combining marks into names (for NFD text); one that NFC cannot compose away
      // would make the catalog model reject the name later.
      throw error(
          t,
          DiagnosticCode.INVALID_NAME,
          Words.say("syntax.expected-name", "expected", expected, "found", s),
          Words.say("syntax.hint.precomposed"));
    }
    return new Syntax.Name(s, Optional.of(t.span()));
  }

  Syntax.Num number(Message expected) {
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
          Words.say("syntax.expected-number", "expected", expected, "found", describe(n)));
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
          t, DiagnosticCode.EXPECTED_TOKEN, expectedButFound(Words.say("syntax.what.date"), t));
    }
    next();
    return t.dateValue();
  }

  // ---------------------------------------------------------------- nesting, limits and errors

  /** Counts one level of nesting at {@code at}; pair with {@link #leave()}. */
  void enter(Token at) {
    if (++depth > limits.maxDepth()) {
      depth--;
      limit(at, DiagnosticCode.TOO_DEEP, Words.say("syntax.too-deep", "limit", limits.maxDepth()));
    }
  }

  void leave() {
    depth--;
  }

  /** Reports an exceeded limit and ends parsing: unwinds to the top and gives no catalog. */
  void limit(Token at, DiagnosticCode code, Message message) {
    if (!limitReported) {
      limitReported = true;
      diagnostics.add(Diagnostic.of(code, message, at.span()));
    }
    pos = tokens.size() - 1;
    throw new Failure();
  }

  Failure error(Token at, DiagnosticCode code, Message message, Message... hints) {
    return error(at, code, message, List.of(hints));
  }

  /** As {@link #error(Token, DiagnosticCode, Message, Message...)}, with the hints in a list. */
  Failure error(Token at, DiagnosticCode code, Message message, List<Message> hints) {
    Message comma = decimalCommaHint(at);
    if (comma != null) {
      List<Message> more = new ArrayList<>(hints);
      more.add(comma);
      return error(at.span(), code, message, more);
    }
    return error(at.span(), code, message, hints);
  }

  /**
   * Returns a hint when {@code at}, the next token, is a comma written between two numbers without
   * spaces ({@code max 0,5}): a decimal comma, as Vietnamese writes decimals, where Rubric wants a
   * point. Otherwise null.
   */
  private @Nullable Message decimalCommaHint(Token at) {
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
    return Words.say(
        "syntax.hint.decimal-point",
        "point",
        before.text() + "." + after.text(),
        "comma",
        before.text() + "," + after.text());
  }

  /** Records a syntax error and returns the {@link Failure} for the caller to throw. */
  Failure error(SourceSpan span, DiagnosticCode code, Message message, Message... hints) {
    return error(span, code, message, List.of(hints));
  }

  /** As {@link #error(SourceSpan, DiagnosticCode, Message, Message...)}, with a list of hints. */
  Failure error(SourceSpan span, DiagnosticCode code, Message message, List<Message> hints) {
    if (limitReported) {
      // After a limit, parsing stops; what follows would only be noise.
      return new Failure();
    }
    diagnostics.add(Diagnostic.of(code, message, span, hints.toArray(new Message[0])));
    return new Failure();
  }

  /**
   * Returns "did you mean …?" for an identifier close to one of {@code candidates}: one hint, or
   * none.
   */
  static List<Message> suggestion(Token t, Set<String> candidates) {
    if (t.kind() != TokenKind.IDENT) {
      return List.of();
    }
    return Suggestions.closest(t.text(), candidates)
        .map(s -> List.of(Words.say("syntax.hint.did-you-mean", "name", s)))
        .orElse(List.of());
  }

  static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    l.sort(null);
    return l;
  }

  /** Describes a token for "but found …": {@code 'then'}, {@code "text"}, {@code end of file}. */
  static Message describe(Token t) {
    return switch (t.kind()) {
      case EOF -> Words.say("syntax.token.end-of-file");
      case STRING -> Words.say("syntax.token.string", "text", abbreviate(t.text()));
      case NUMBER, PERCENT -> Words.say("syntax.token.number", "text", abbreviate(t.text()));
      case DATE -> Words.say("syntax.token.date", "text", t.text());
      default -> Words.verbatim("'" + abbreviate(t.text()) + "'");
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
