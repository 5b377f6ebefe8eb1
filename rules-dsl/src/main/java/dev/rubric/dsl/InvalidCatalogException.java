package dev.rubric.dsl;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.function.Function;

/**
 * Thrown by {@link Compilation#orElseThrow()} when the catalog has errors. Carries the diagnostics;
 * its message is their rendering in English (at most 100), and {@link #message(Language)} their
 * rendering in the language asked for.
 */
public final class InvalidCatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  /** Renders the diagnostics in a language; not serialized. */
  private final transient Function<Language, String> rendering;

  InvalidCatalogException(Function<Language, String> rendering, List<Diagnostic> diagnostics) {
    super(rendering.apply(Language.EN));
    this.rendering = rendering;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Returns the diagnostics of the failed compilation. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * Returns the diagnostics rendered in {@code language}, as {@link Compilation#render(Language)}.
   */
  public String message(Language language) {
    Function<Language, String> r = rendering;
    return r == null ? String.valueOf(getMessage()) : r.apply(language);
  }
}
