package dev.rubric.dsl;

import dev.rubric.core.diagnostic.Diagnostic;
import java.util.List;

/**
 * Thrown by {@link Compilation#orElseThrow()} when the catalog has errors. Carries the diagnostics;
 * its message is their rendering (at most 100).
 */
public final class InvalidCatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  InvalidCatalogException(String rendered, List<Diagnostic> diagnostics) {
    super(rendered);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Returns the diagnostics of the failed compilation. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
