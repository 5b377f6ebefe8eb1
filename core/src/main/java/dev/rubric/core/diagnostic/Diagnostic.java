package dev.rubric.core.diagnostic;

import dev.rubric.core.internal.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One problem found in rule text or in a catalog built through the Java builder API.
 *
 * <p>Every diagnostic has a stable {@code code}, registered in {@link DiagnosticCode} and
 * documented in {@code docs/diagnostics.md}: {@code RB1xx} syntax, {@code RB2xx} names and
 * resolution, {@code RB3xx} types and semantics, {@code RB4xx} limits, {@code RB5xx} evaluation,
 * {@code RB6xx} evidence and input data. The message is a lowercase fragment without a trailing
 * period that says what was expected and what was found, with user text in single quotes ({@code
 * "expected ')' but found 'then'"}). Diagnostics from text carry a {@link SourceSpan}; diagnostics
 * from the builder API have no span but carry a {@code path} to the node, such as {@code "catalog
 * cchc-xa > area 1 > criterion 1.1.2"}.
 *
 * <p>Message, hints and path are stored in Unicode NFC.
 *
 * @param severity how serious the problem is
 * @param code the stable code, {@code RB} followed by three digits, the first one 1 to 9
 * @param message a lowercase fragment without a trailing period
 * @param span where the problem is in the source text, if it comes from text
 * @param hints suggestions shown after the snippet, such as {@code "did you mean 'ho_so'?"}
 * @param path the node the problem belongs to, for diagnostics without a span
 */
public record Diagnostic(
    DiagnosticSeverity severity,
    String code,
    String message,
    Optional<SourceSpan> span,
    List<String> hints,
    Optional<String> path) {

  private static final Pattern CODE = Pattern.compile("RB[1-9]\\d\\d");

  /**
   * Checks and normalises the components.
   *
   * @throws IllegalArgumentException if {@code code} is not of the form {@code RB[1-9]dd}, if
   *     {@code message} is blank, starts with an uppercase letter or ends with a period, or if a
   *     hint or the path is blank
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(hints, "hints");
    Objects.requireNonNull(path, "path");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code: expected a code such as 'RB204' but found '" + code + "'");
    }
    message = Text.nonBlank("message", message);
    if (Character.isUpperCase(message.codePointAt(0)) || message.endsWith(".")) {
      throw new IllegalArgumentException(
          "message: expected a lowercase fragment without a trailing period but found '"
              + message
              + "'");
    }
    List<String> normalisedHints = new ArrayList<>(hints.size());
    for (String hint : hints) {
      normalisedHints.add(Text.nonBlank("hint", hint));
    }
    hints = List.copyOf(normalisedHints);
    path = path.map(p -> Text.nonBlank("path", p));
  }

  /**
   * Returns a diagnostic with the registered {@code code} at {@code span}; its severity is the
   * code's.
   *
   * @throws IllegalArgumentException if {@code code} is a finding code (RB5xx, RB6xx), or as
   *     described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic of(
      DiagnosticCode code, String message, SourceSpan span, String... hints) {
    return of(severityOf(code), code.code(), message, span, hints);
  }

  /**
   * Returns a diagnostic with the registered {@code code} and no span that belongs to the node at
   * {@code path}, as reported for catalogs built through the Java builder API; its severity is the
   * code's.
   *
   * @throws IllegalArgumentException if {@code code} is a finding code (RB5xx, RB6xx), or as
   *     described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic atPath(
      DiagnosticCode code, String message, String path, String... hints) {
    return new Diagnostic(
        severityOf(code),
        code.code(),
        message,
        Optional.empty(),
        List.of(hints),
        Optional.of(Objects.requireNonNull(path, "path")));
  }

  private static DiagnosticSeverity severityOf(DiagnosticCode code) {
    if (code.isFinding()) {
      throw new IllegalArgumentException(
          "code: expected a compile-time code but found the finding code " + code.code());
    }
    return code.severity();
  }

  /**
   * Returns an error at {@code span}.
   *
   * @throws IllegalArgumentException as described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic error(String code, String message, SourceSpan span, String... hints) {
    return of(DiagnosticSeverity.ERROR, code, message, span, hints);
  }

  /**
   * Returns a warning at {@code span}.
   *
   * @throws IllegalArgumentException as described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic warning(String code, String message, SourceSpan span, String... hints) {
    return of(DiagnosticSeverity.WARNING, code, message, span, hints);
  }

  /**
   * Returns a note at {@code span}.
   *
   * @throws IllegalArgumentException as described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic note(String code, String message, SourceSpan span, String... hints) {
    return of(DiagnosticSeverity.NOTE, code, message, span, hints);
  }

  /**
   * Returns an error without a span that belongs to the node at {@code path}, as reported for
   * catalogs built through the Java builder API.
   *
   * @throws IllegalArgumentException as described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic errorAtPath(String code, String message, String path, String... hints) {
    return new Diagnostic(
        DiagnosticSeverity.ERROR,
        code,
        message,
        Optional.empty(),
        List.of(hints),
        Optional.of(Objects.requireNonNull(path, "path")));
  }

  /**
   * Returns a warning without a span that belongs to the node at {@code path}.
   *
   * @throws IllegalArgumentException as described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic warningAtPath(
      String code, String message, String path, String... hints) {
    return new Diagnostic(
        DiagnosticSeverity.WARNING,
        code,
        message,
        Optional.empty(),
        List.of(hints),
        Optional.of(Objects.requireNonNull(path, "path")));
  }

  private static Diagnostic of(
      DiagnosticSeverity severity, String code, String message, SourceSpan span, String... hints) {
    return new Diagnostic(
        severity,
        code,
        message,
        Optional.of(Objects.requireNonNull(span, "span")),
        List.of(hints),
        Optional.empty());
  }

  /** Returns whether the severity is {@link DiagnosticSeverity#ERROR}. */
  public boolean isError() {
    return severity == DiagnosticSeverity.ERROR;
  }

  /** Returns a copy with {@code hint} appended to the hints. */
  public Diagnostic withHint(String hint) {
    List<String> more = new ArrayList<>(hints);
    more.add(Objects.requireNonNull(hint, "hint"));
    return new Diagnostic(severity, code, message, span, more, path);
  }

  /** Returns a copy whose path is {@code path}. */
  public Diagnostic withPath(String path) {
    return new Diagnostic(
        severity, code, message, span, hints, Optional.of(Objects.requireNonNull(path, "path")));
  }
}
