package dev.rubric.core.diagnostic;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.internal.Text;
import dev.rubric.core.message.Message;
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
 * <p>The message and the hints are {@link Message}s, worded in Vietnamese or English when read:
 * {@link #message(Language)} and {@link #hints(Language)}; {@link #message()} and {@link #hints()}
 * are the English words. A diagnostic made from strings reads the same in every language. Two
 * diagnostics are equal when they read the same in every language.
 *
 * <p>Message, hints and path are stored in Unicode NFC.
 *
 * @param severity how serious the problem is
 * @param code the stable code, {@code RB} followed by three digits, the first one 1 to 9
 * @param text what was expected and what was found, in every language
 * @param span where the problem is in the source text, if it comes from text
 * @param hintTexts suggestions shown after the snippet, such as {@code "did you mean 'ho_so'?"}
 * @param path the node the problem belongs to, for diagnostics without a span
 */
public record Diagnostic(
    DiagnosticSeverity severity,
    String code,
    Message text,
    Optional<SourceSpan> span,
    List<Message> hintTexts,
    Optional<String> path) {

  private static final Pattern CODE = Pattern.compile("RB[1-9]\\d\\d");

  /**
   * Checks and normalises the components.
   *
   * @throws IllegalArgumentException if {@code code} is not of the form {@code RB[1-9]dd}, if the
   *     message in some language is blank, starts with an uppercase letter or ends with a period,
   *     or if a hint or the path is blank
   */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(hintTexts, "hintTexts");
    Objects.requireNonNull(path, "path");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "code: expected a code such as 'RB204' but found '" + code + "'");
    }
    for (Language l : Language.values()) {
      String message = Text.nonBlank("message", text.in(l));
      if (Character.isUpperCase(message.codePointAt(0)) || message.endsWith(".")) {
        throw new IllegalArgumentException(
            "message: expected a lowercase fragment without a trailing period but found '"
                + message
                + "'");
      }
      for (Message hint : hintTexts) {
        Text.nonBlank("hint", hint.in(l));
      }
    }
    hintTexts = List.copyOf(hintTexts);
    path = path.map(p -> Text.nonBlank("path", p));
  }

  /**
   * Creates a diagnostic whose message and hints read the same in every language.
   *
   * @throws IllegalArgumentException as described for the {@linkplain Diagnostic constructor}
   */
  public Diagnostic(
      DiagnosticSeverity severity,
      String code,
      String message,
      Optional<SourceSpan> span,
      List<String> hints,
      Optional<String> path) {
    this(severity, code, words(message), span, words(hints), path);
  }

  /**
   * Returns a diagnostic with the registered {@code code} at {@code span}; its severity is the
   * code's.
   *
   * @throws IllegalArgumentException if {@code code} is a finding code (RB5xx, RB6xx), or as
   *     described for the {@linkplain Diagnostic constructor}
   */
  public static Diagnostic of(
      DiagnosticCode code, Message message, SourceSpan span, Message... hints) {
    return new Diagnostic(
        severityOf(code),
        code.code(),
        message,
        Optional.of(Objects.requireNonNull(span, "span")),
        List.of(hints),
        Optional.empty());
  }

  /**
   * Returns a diagnostic with the registered {@code code} at {@code span} whose message and hints
   * read the same in every language.
   *
   * @throws IllegalArgumentException as for {@link #of(DiagnosticCode, Message, SourceSpan,
   *     Message...)}
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
      DiagnosticCode code, Message message, String path, Message... hints) {
    return new Diagnostic(
        severityOf(code),
        code.code(),
        message,
        Optional.empty(),
        List.of(hints),
        Optional.of(Objects.requireNonNull(path, "path")));
  }

  /**
   * Returns a diagnostic with the registered {@code code} and no span, at {@code path}, whose
   * message and hints read the same in every language.
   *
   * @throws IllegalArgumentException as for {@link #atPath(DiagnosticCode, Message, String,
   *     Message...)}
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

  /** Returns the message in English. */
  public String message() {
    return text.in(Language.EN);
  }

  /** Returns the message in {@code language}. */
  public String message(Language language) {
    return text.in(language);
  }

  /** Returns the hints in English. */
  public List<String> hints() {
    return hints(Language.EN);
  }

  /** Returns the hints in {@code language}. */
  public List<String> hints(Language language) {
    List<String> out = new ArrayList<>(hintTexts.size());
    for (Message h : hintTexts) {
      out.add(h.in(language));
    }
    return List.copyOf(out);
  }

  /** Returns whether the severity is {@link DiagnosticSeverity#ERROR}. */
  public boolean isError() {
    return severity == DiagnosticSeverity.ERROR;
  }

  /** Returns a copy with {@code hint}, which reads the same in every language, appended. */
  public Diagnostic withHint(String hint) {
    return withHint(words(Objects.requireNonNull(hint, "hint")));
  }

  /** Returns a copy with {@code hint} appended to the hints. */
  public Diagnostic withHint(Message hint) {
    List<Message> more = new ArrayList<>(hintTexts);
    more.add(Objects.requireNonNull(hint, "hint"));
    return new Diagnostic(severity, code, text, span, more, path);
  }

  /** Returns a copy whose path is {@code path}. */
  public Diagnostic withPath(String path) {
    return new Diagnostic(
        severity, code, text, span, hintTexts, Optional.of(Objects.requireNonNull(path, "path")));
  }

  /** Returns words that read as {@code text} in every language. */
  private static Message words(String text) {
    return Message.literal(LocalizedText.of(Text.nonBlank("message", text)));
  }

  private static List<Message> words(List<String> texts) {
    List<Message> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(words(Text.nonBlank("hint", t)));
    }
    return out;
  }
}
