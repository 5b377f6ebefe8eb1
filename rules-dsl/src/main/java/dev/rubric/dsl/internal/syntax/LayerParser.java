package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.diagnostic.DiagnosticCode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Parses the layering statements of a catalog: {@code extends "id" version "range"} after the
 * catalog's version, and in its body {@code override "code" … { … }}, {@code override} before
 * {@code bands}, {@code index} or {@code round}, and {@code remove "code"}. Kept out of {@link
 * StatementParser}, which only hands these words over.
 */
final class LayerParser {
  /**
   * The title of an override that gives none (text no catalog has: it starts with a NUL-free
   * marker).
   */
  static final LocalizedText NO_TITLE = LocalizedText.of("\u2063override without a title\u2063");

  /** The catalog statements this parser adds. */
  static final Set<String> STATEMENTS = Set.of("override", "remove");

  /** The catalog statements {@code override} may stand before. */
  private static final Set<String> OVERRIDABLE = Set.of("bands", "index", "round");

  private final TokenCursor in;
  private final StatementParser statements;
  private Optional<LayerSyntax.Extends> base = Optional.empty();
  private final List<LayerSyntax.NodeOverride> overrides = new ArrayList<>();
  private final List<LayerSyntax.Removal> removals = new ArrayList<>();
  private final Map<String, LayerSyntax.Statement> written = new LinkedHashMap<>();
  private @Nullable Token pendingOverride;

  LayerParser(TokenCursor in, StatementParser statements) {
    this.in = in;
    this.statements = statements;
  }

  /** Parses {@code extends "id" version "range"}; the cursor is at {@code extends}. */
  void extendsClause() {
    Token start = in.next();
    Syntax.Name id = in.stringName(Words.say("syntax.what.base-id"));
    in.expectKeyword("version");
    Syntax.Name range =
        in.stringName(Words.say("syntax.what.version-range", "example", "\"2022.x\""));
    base = Optional.of(new LayerSyntax.Extends(id, range, start.span().to(in.previous().span())));
  }

  /** Returns whether the catalog extends a base. */
  boolean extendsSomething() {
    return base.isPresent();
  }

  /**
   * Notes that a catalog statement starts at {@code t} (keyword {@code k}); called for every
   * statement, before it is parsed.
   */
  void statement(Token t, String k) {
    if (k.equals("override")) {
      return;
    }
    Token prefix = pendingOverride;
    pendingOverride = null;
    if (!k.isEmpty() && !written.containsKey(k) && !STATEMENTS.contains(k)) {
      written.put(
          k,
          new LayerSyntax.Statement(
              prefix == null ? t.span() : prefix.span().to(t.span()), prefix != null));
    }
  }

  /**
   * Parses {@code override}: before a node code, the whole override; before {@code bands}, {@code
   * index} or {@code round}, only the word, and the statement follows as usual.
   */
  void override() {
    Token keyword = in.next();
    if (in.at(TokenKind.STRING)) {
      Syntax.Node node = statements.overrideNode(keyword);
      overrides.add(
          new LayerSyntax.NodeOverride(
              node, keyword.span().to(node.code().span().orElse(keyword.span()))));
      return;
    }
    Token t = in.peek();
    if (t.kind() == TokenKind.IDENT && OVERRIDABLE.contains(t.text())) {
      pendingOverride = keyword;
      return;
    }
    throw in.error(
        t,
        DiagnosticCode.EXPECTED_TOKEN,
        Words.say("syntax.expected-after-override", "found", TokenCursor.describe(t)),
        TokenCursor.suggestion(t, OVERRIDABLE));
  }

  /** Parses {@code remove "code"}. */
  void remove() {
    Token keyword = in.next();
    Syntax.Name code = in.stringName(Words.say("syntax.what.removed-code"));
    removals.add(new LayerSyntax.Removal(code, keyword.span().to(in.previous().span())));
  }

  /** Returns what the statements said. */
  LayerSyntax.Layer result() {
    return new LayerSyntax.Layer(
        base,
        List.copyOf(overrides),
        List.copyOf(removals),
        Collections.unmodifiableMap(new LinkedHashMap<>(written)));
  }
}
