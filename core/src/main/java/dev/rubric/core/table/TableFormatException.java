package dev.rubric.core.table;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.message.Message;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an evidence table's header or a row is not valid for its catalog: an unknown or
 * repeated column, a cell that does not parse as its input's type, or a unit and period given
 * twice. The message starts with the position of the cell the problem is in ({@link
 * TableCell#position()}) and a colon, names the column, and says what was expected and what was
 * found. Front ends rethrow it as their own format exception with the same position and detail.
 *
 * <p>The detail is a {@link Message}, in every language: {@link #getMessage()} is the English
 * {@code position: detail}, {@link #message(Language)} the one asked for, for example {@code
 * units.csv:4:23: cột 'nv_ke_hoach' (count): cần một số nguyên, ví dụ '12', nhưng gặp 'abc'}.
 *
 * <p>It reports bad input, not a bug, so it carries no stack trace.
 */
public final class TableFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is, as the cell's {@link TableCell#position()}. */
  private final String position;

  /** The English detail, kept for a deserialized exception, which has no {@link #detail}. */
  private final String englishDetail;

  /** What was expected and found, in every language; not serialized. */
  private final transient @Nullable Message detail;

  TableFormatException(String position, Message detail) {
    super(position + ": " + detail.in(Language.EN), null, false, false);
    this.position = Objects.requireNonNull(position, "position");
    this.englishDetail = detail.in(Language.EN);
    this.detail = detail;
  }

  /**
   * Returns where the problem is: the position of the cell at fault, such as {@code units.csv:4:23}
   * or {@code units.xlsx:Evidence!F12}, as the front end gave it.
   */
  public String position() {
    return position;
  }

  /**
   * Returns what was expected and what was found, without the position, in every language; it names
   * the column where there is one.
   */
  public Message detail() {
    Message d = detail;
    return d == null ? Message.literal(LocalizedText.of(englishDetail, englishDetail)) : d;
  }

  /** Returns the detail in {@code language}. */
  public String detail(Language language) {
    return detail().in(language);
  }

  /** Returns {@code position: detail} in {@code language}; in English it is {@link #getMessage}. */
  public String message(Language language) {
    return text().in(language);
  }

  /** Returns the whole message, {@code position: detail}, in every language. */
  public Message text() {
    return EvidenceTable.words()
        .say("table.at", "position", EvidenceTable.safe(position), "detail", detail());
  }
}
