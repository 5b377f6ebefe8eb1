package dev.rubric.dsl;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.Diagnostics;
import dev.rubric.core.diagnostic.SourceText;
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

  Compilation(SourceText source, List<Diagnostic> diagnostics, Optional<CompiledCatalog> catalog) {
    this.source = Objects.requireNonNull(source, "source");
    this.diagnostics = List.copyOf(diagnostics);
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /** Returns the diagnostics, errors and warnings together, sorted by position. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
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
    return catalog.orElseThrow(() -> new InvalidCatalogException(render(), diagnostics));
  }

  /**
   * Returns the diagnostics rendered for people: {@code file:line:col: error: message [RBnnn]}, a
   * caret snippet and hints, at most 100 of them.
   */
  public String render() {
    return Diagnostics.render(source, diagnostics);
  }

  /** Returns the source that was compiled (empty content for builder-made catalogs). */
  public SourceText source() {
    return source;
  }
}
