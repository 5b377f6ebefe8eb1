package dev.rubric.dsl;

import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.message.Message;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when waivers do not fit the catalog or the units evaluated, before anything is evaluated:
 * a waiver for a criterion the catalog does not have (RB750) or for a unit not evaluated (RB751),
 * fixed points outside the criterion's range (RB752), points for a node with sub-criteria (RB753).
 * Evaluation with waivers fails closed: no scorecard is produced while a waiver is wrong.
 *
 * <p>The message lists every problem, one a line, each as {@code <file>:<line>:<column>: error:
 * <JSON path>: <what was expected and found> [RB75x]}, for example {@code waivers.json:14:5: error:
 * $.waivers[1].criterion: unknown criterion '3.9' in catalog 'cchc-xa' 2022.1.0; did you mean
 * '3.4'? [RB750]}. A waiver built in Java, which has no location, is named by its unit and
 * criterion. {@link #message(Language)} gives the same lines in another language.
 */
public final class InvalidWaiversException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem with one waiver.
   *
   * @param code the code, RB750 to RB753
   * @param line the whole line, with position and code, in every language
   */
  public record Problem(DiagnosticCode code, Message line) {
    /** Validates the components. */
    public Problem {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(line, "line");
    }

    /** Returns the whole line in English. */
    public String message() {
      return line.in(Language.EN);
    }

    /** Returns the whole line in {@code language}. */
    public String message(Language language) {
      return line.in(language);
    }
  }

  @SuppressWarnings("serial") // an unmodifiable List.copyOf of records
  private final List<Problem> problems;

  InvalidWaiversException(List<Problem> problems) {
    super(lines(problems, Language.EN), null, false, false);
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems, in the order of the waivers. */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns every problem in {@code language}, one a line, as {@link #getMessage()} lists them in
   * English: {@code waivers.json:14:5: lỗi: $.waivers[1].criterion: không có tiêu chí '3.9' …}.
   */
  public String message(Language language) {
    return lines(problems, language);
  }

  private static String lines(List<Problem> problems, Language language) {
    return String.join("\n", problems.stream().map(p -> p.message(language)).toList());
  }
}
