package dev.rubric.dsl;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.Diagnostics;
import dev.rubric.core.diagnostic.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of compiling a catalog: diagnostics (errors and warnings, sorted by position) and,
 * when there is no error, the {@link CompiledCatalog}. Bad catalog text is expected input, so it
 * yields a compilation with errors rather than an exception. Immutable and thread-safe.
 */
public final class Compilation {
  private final SourceText source;
  private final List<Diagnostic> diagnostics;
  private final Optional<CompiledCatalog> catalog;

  /** The texts of a layered compilation, the compiled one first, with their diagnostics. */
  private final List<SourceText> sources;

  /** The diagnostics of each of {@link #sources}, by index. */
  private final List<List<Diagnostic>> bySource;

  Compilation(SourceText source, List<Diagnostic> diagnostics, Optional<CompiledCatalog> catalog) {
    this.source = Objects.requireNonNull(source, "source");
    this.diagnostics = List.copyOf(diagnostics);
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.sources = List.of(source);
    this.bySource = List.of(this.diagnostics);
  }

  /**
   * A compilation of several texts, the compiled one first: {@code bySource} holds the diagnostics
   * of each text (spans in that text), by index.
   */
  Compilation(
      List<SourceText> sources,
      List<List<Diagnostic>> bySource,
      Optional<CompiledCatalog> catalog) {
    this.sources = List.copyOf(sources);
    this.source = this.sources.get(0);
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    List<List<Diagnostic>> sorted = new ArrayList<>();
    List<Diagnostic> all = new ArrayList<>();
    for (List<Diagnostic> own : bySource) {
      List<Diagnostic> s = Diagnostics.sorted(own);
      sorted.add(s);
      all.addAll(s);
    }
    this.bySource = List.copyOf(sorted);
    this.diagnostics = List.copyOf(all);
  }

  /**
   * Returns the diagnostics, errors and warnings together, sorted by position. For a layered
   * catalog, the diagnostics of the compiled text come first, then those of each base in turn;
   * {@link #sourceOf(Diagnostic)} says which text a diagnostic's span is in.
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns the texts compiled: the compiled one, then the bases it extends, nearest first (one
   * text unless the catalog extends another).
   */
  public List<SourceText> sources() {
    return sources;
  }

  /**
   * Returns the text that {@code diagnostic}, one of {@link #diagnostics()}, is positioned in.
   *
   * @throws IllegalArgumentException if the diagnostic is not one of this compilation's
   */
  public SourceText sourceOf(Diagnostic diagnostic) {
    // An equal diagnostic in two texts is attributed to the first.
    Objects.requireNonNull(diagnostic, "diagnostic");
    for (int i = 0; i < sources.size(); i++) {
      if (bySource.get(i).contains(diagnostic)) {
        return sources.get(i);
      }
    }
    throw new IllegalArgumentException("diagnostic: not one of this compilation's");
  }

  /** Returns whether any diagnostic is an error; then there is no compiled catalog. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Returns the compiled catalog, if compilation succeeded. */
  public Optional<CompiledCatalog> catalog() {
    return catalog;
  }

  /**
   * Returns the compiled catalog.
   *
   * @throws InvalidCatalogException carrying the diagnostics, if there were errors
   */
  public CompiledCatalog orElseThrow() {
    return catalog.orElseThrow(() -> new InvalidCatalogException(this::render, diagnostics));
  }

  /**
   * Returns the diagnostics rendered for people: {@code file:line:col: error: message [RBnnn]}, a
   * caret snippet and hints, at most 100 of them.
   */
  public String render() {
    return render(Language.EN);
  }

  /**
   * Returns the diagnostics rendered for people in {@code language}, as by {@link #render()}: the
   * severities, messages and hints in that language ({@code lỗi}, {@code = gợi ý:} in Vietnamese).
   */
  public String render(Language language) {
    if (sources.size() == 1) {
      return Diagnostics.render(source, diagnostics, language);
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sources.size(); i++) {
      List<Diagnostic> own = bySource.get(i);
      if (!own.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(Diagnostics.render(sources.get(i), own, language));
      }
    }
    return out.toString();
  }

  /** Returns the source that was compiled (empty content for builder-made catalogs). */
  public SourceText source() {
    return source;
  }
}
