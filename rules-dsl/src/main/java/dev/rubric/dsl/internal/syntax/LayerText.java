package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.Limits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One parsed text of a layered catalog. The texts of one resolution share one space of offsets:
 * each text is parsed at its own {@code offset} (as if that many spaces came before it), so that a
 * span says both which text it is in and where, and the parts of all texts can be checked as one
 * catalog. Not thread-safe; made and used by one resolution.
 */
public final class LayerText {
  private final SourceText source;
  private final int offset;
  private final Optional<Syntax.Catalog> catalog;
  private final LayerSyntax.Layer layer;
  private final List<Diagnostic> diagnostics;
  private final WrittenAt written;
  private final Spans spans;

  private LayerText(
      SourceText source,
      int offset,
      Optional<Syntax.Catalog> catalog,
      LayerSyntax.Layer layer,
      List<Diagnostic> diagnostics,
      WrittenAt written,
      Spans spans) {
    this.source = source;
    this.offset = offset;
    this.catalog = catalog;
    this.layer = layer;
    this.diagnostics = diagnostics;
    this.written = written;
    this.spans = spans;
  }

  /**
   * Lexes and parses {@code source} at {@code offset}; never throws on any text. The limits apply
   * to the text itself.
   */
  public static LayerText parse(SourceText source, Limits limits, int offset) {
    if (offset < 0) {
      throw new IllegalArgumentException("offset: expected 0 or more but found " + offset);
    }
    boolean padded = offset > 0 && source.content().length() <= limits.maxSourceChars();
    SourceText placed =
        padded ? SourceText.of(source.name(), " ".repeat(offset) + source.content()) : source;
    int shift = padded ? 0 : offset;
    int maxChars = padded ? limits.maxSourceChars() + offset : limits.maxSourceChars();
    TokenCursor in = new TokenCursor(Lexer.lex(placed, maxChars), placed.content(), limits);
    WrittenAt written = new WrittenAt();
    Spans spans = new Spans();
    StatementParser parser = new StatementParser(in, written, spans);
    Optional<Syntax.Catalog> catalog = Optional.empty();
    LayerSyntax.Layer layer =
        new LayerSyntax.Layer(Optional.empty(), List.of(), List.of(), java.util.Map.of());
    try {
      Syntax.Catalog c = parser.catalog();
      layer = parser.layer();
      if (!in.limitReported()) {
        written.addTo(c, spans);
        catalog = Optional.of(c);
      }
    } catch (TokenCursor.Failure f) {
      // already reported; the catalog is unusable
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic d : in.diagnostics()) {
      diagnostics.add(shift(d, shift));
    }
    return new LayerText(source, offset, catalog, layer, diagnostics, written, spans);
  }

  /**
   * Returns the id and version a text declares in its {@code catalog "id" version "v"} header, if
   * it starts with one; reads nothing else.
   */
  public static Optional<List<String>> header(SourceText source, Limits limits) {
    List<Token> tokens = Lexer.lex(source, limits.maxSourceChars()).tokens();
    if (tokens.size() < 4
        || tokens.get(0).kind() != TokenKind.IDENT
        || !tokens.get(0).text().equals("catalog")
        || tokens.get(1).kind() != TokenKind.STRING
        || tokens.get(2).kind() != TokenKind.IDENT
        || !tokens.get(2).text().equals("version")
        || tokens.get(3).kind() != TokenKind.STRING) {
      return Optional.empty();
    }
    return Optional.of(List.of(tokens.get(1).text(), tokens.get(3).text()));
  }

  /** Returns {@code d} with its span moved by {@code delta} characters. */
  public static Diagnostic shift(Diagnostic d, int delta) {
    if (delta == 0 || d.span().isEmpty()) {
      return d;
    }
    SourceSpan s = d.span().get();
    return new Diagnostic(
        d.severity(),
        d.code(),
        d.text(),
        Optional.of(SourceSpan.of(s.start() + delta, s.end() + delta)),
        d.hintTexts(),
        d.path());
  }

  /** Returns the text as given. */
  public SourceText source() {
    return source;
  }

  /** Returns where the text starts in the shared space of offsets. */
  public int offset() {
    return offset;
  }

  /** Returns whether {@code span} (in the shared space) lies in this text. */
  public boolean contains(SourceSpan span) {
    return span.start() >= offset && span.start() <= offset + source.content().length();
  }

  /** Returns the catalog, if the text was well-formed enough. */
  public Optional<Syntax.Catalog> catalog() {
    return catalog;
  }

  /** Returns the layering statements. */
  public LayerSyntax.Layer layer() {
    return layer;
  }

  /** Returns the diagnostics of lexing and parsing, in the shared space of offsets. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Returns where the spans of this text's own catalog are (for a text that extends nothing). */
  public Spans spans() {
    return spans;
  }

  /** Returns where the parser wrote {@code part} (an expression, rule or finding), if here. */
  public Optional<SourceSpan> spanOf(Object part) {
    return written.of(part);
  }

  /**
   * Returns the spans of {@code merged}, a catalog made of the parts of {@code texts}: each part
   * keeps where its own text wrote it; {@code decisionDate} is the span of the decision date kept.
   */
  public static Spans spansOf(
      Syntax.Catalog merged, List<LayerText> texts, Optional<SourceSpan> decisionDate) {
    WrittenAt all = new WrittenAt();
    for (LayerText t : texts) {
      all.putAll(t.written);
    }
    Spans out = new Spans();
    all.addTo(merged, out);
    decisionDate.ifPresent(d -> out.put(Site.CATALOG.at(Site.Part.DECISION_DATE), d));
    return out;
  }

  /** Returns the span of the decision date this text wrote, if any. */
  public Optional<SourceSpan> decisionDateSpan() {
    return spans.of(Site.CATALOG.at(Site.Part.DECISION_DATE));
  }
}
