package dev.rubric.core.message;

/**
 * The kind of value a placeholder of a {@link MessageKey} takes. The message tables write a
 * placeholder as {@code {name}}; its kind is declared once, on the key, and checked when a {@link
 * Message} is made.
 */
public enum ArgType {
  /** Text shown as it is: {@link Arg.Text}. */
  TEXT,
  /** A text in several languages, such as a title: {@link Arg.Title}. */
  TITLE,
  /** Points: {@link Arg.Points}. */
  POINTS,
  /**
   * A value an expression or evidence took: {@link Arg.Amount}, {@link Arg.Rate}, {@link
   * Arg.YesNo}, {@link Arg.Day}, {@link Arg.Document}, {@link Arg.Quoted} or {@link Arg.Absent}.
   */
  VALUE,
  /** Whether a condition holds: {@link Arg.Verdict}. */
  VERDICT,
  /** A node status: {@link Arg.Status}. */
  STATUS,
  /** A position from one: {@link Arg.Ordinal}. */
  ORDINAL,
  /** Several texts joined: {@link Arg.Items}. */
  ITEMS,
  /** A message inside the message: {@link Arg.Nested}. */
  MESSAGE
}
