package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.Diagnostics;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.Limits;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parses {@code .rubric} text into {@link Syntax} plus {@link Spans}: the entry points of the
 * hand-written recursive-descent parser. It never throws on bad text: each syntax error becomes one
 * diagnostic, after which the parser skips to the next statement or closing brace at the same
 * depth, so one mistake gives one diagnostic.
 *
 * <p>The work is shared by a {@link TokenCursor} (tokens, diagnostics, limits and error recovery),
 * a {@link StatementParser} (catalog and node statements), a {@link DeclarationParser} (inputs,
 * index, rounding and bands), a {@link RuleParser} and an {@link ExprParser}.
 */
public final class Parser {

  /** The result of parsing: a catalog when the text was well-formed enough, and diagnostics. */
  public record Result(
      Optional<Syntax.Catalog> catalog, Spans spans, List<Diagnostic> diagnostics) {}

  private Parser() {}

  /** Lexes and parses {@code source}. Never throws on any text. */
  public static Result parse(SourceText source, Limits limits) {
    LayerText parsed = LayerText.parse(source, limits, 0);
    return new Result(parsed.catalog(), parsed.spans(), parsed.diagnostics());
  }

  /**
   * Parses {@code source} as exactly one rule (for the Java builder API).
   *
   * @throws IllegalArgumentException with the rendered diagnostics if it is not one rule
   */
  public static Rule parseRule(SourceText source) {
    return parseFragment(
        source,
        in -> {
          WrittenAt unused = new WrittenAt();
          RuleParser rules = new RuleParser(in, new ExprParser(in, unused), unused);
          if (!rules.atRule()) {
            throw rules.notARule(false);
          }
          return rules.rule();
        });
  }

  /**
   * Parses {@code source} as exactly one expression (for the Java builder API).
   *
   * @throws IllegalArgumentException with the rendered diagnostics if it is not one expression
   */
  public static Expr parseExpr(SourceText source) {
    return parseFragment(source, in -> new ExprParser(in, new WrittenAt()).expr());
  }

  private static <T> T parseFragment(SourceText source, Function<TokenCursor, T> body) {
    TokenCursor in =
        new TokenCursor(
            Lexer.lex(source, Limits.DEFAULT.maxSourceChars()), source.content(), Limits.DEFAULT);
    T result = null;
    try {
      result = body.apply(in);
      if (!in.at(TokenKind.EOF)) {
        in.error(
            in.peek(),
            DiagnosticCode.TEXT_AFTER_CATALOG,
            TokenCursor.expectedButFound(Words.say("syntax.what.end-of-text"), in.peek()));
      }
    } catch (TokenCursor.Failure f) {
      // reported
    }
    if (result == null || !in.diagnostics().isEmpty()) {
      throw new IllegalArgumentException(Diagnostics.render(source, in.diagnostics()));
    }
    return result;
  }
}
