package dev.rubric.dsl.internal.check;

import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.message.Message;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Spans;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Collects the diagnostics of one check in the order they are found. A diagnostic points at the
 * source span of what it is about when the catalog was parsed, and otherwise names the node path
 * being checked ({@code catalog t > area 1 > criterion 1.2}), as for builder-made catalogs. Its
 * severity is its code's.
 */
final class Reporter {
  private final Spans spans;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private String path = "";

  Reporter(Spans spans) {
    this.spans = spans;
  }

  /** Returns where what stands at {@code site} was written, if the catalog was parsed. */
  Optional<SourceSpan> spanOf(Site site) {
    return spans.of(site);
  }

  /** Sets the node path named by diagnostics without a span; returns the previous one. */
  String path(String path) {
    String previous = this.path;
    this.path = path;
    return previous;
  }

  String path() {
    return path;
  }

  /** Reports {@code code} about what stands at {@code site}, in words of every language. */
  void report(Site site, DiagnosticCode code, Message message, Message... hints) {
    report(spanOf(site), code, message, hints);
  }

  /** Reports {@code code} at {@code span}, or at the current path without one. */
  void report(Optional<SourceSpan> span, DiagnosticCode code, Message message, Message... hints) {
    diagnostics.add(
        span.isPresent()
            ? Diagnostic.of(code, message, span.get(), hints)
            : Diagnostic.atPath(code, message, path, hints));
  }

  /** Returns how many errors have been reported so far. */
  long errorCount() {
    return diagnostics.stream().filter(Diagnostic::isError).count();
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
