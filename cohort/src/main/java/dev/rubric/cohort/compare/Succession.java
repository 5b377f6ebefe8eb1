package dev.rubric.cohort.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A succession table ({@code "rubric-succession/1"}, a side file; JSON Schema {@code
 * docs/schemas/succession.schema.json}): which units continue which between periods, for units
 * renamed, given a new code, moved to another parent or merged. Comparisons over time match a unit
 * with its predecessor only by code or through this table, never by name.
 *
 * <pre>{@code
 * {
 *   "format": "rubric-succession/1",
 *   "events": [
 *     {"period": "2025", "from": ["01972", "01975"], "to": "01969", "note": "merged"}
 *   ]
 * }
 * }</pre>
 *
 * <p>An event says that from period {@code period} on, the units {@code from} continue as {@code
 * to}: one unit in {@code from} is a renaming, a new code or a move; several are a merger. Period
 * ids are compared as strings (years such as {@code 2025} sort so).
 *
 * @param events the events, in file order
 */
public record Succession(List<Event> events) {

  /** The value of the {@code "format"} field. */
  public static final String FORMAT = "rubric-succession/1";

  /** The table without events: every unit continues under its own code. */
  public static final Succession NONE = new Succession(List.of());

  /**
   * One event.
   *
   * @param period the first period of the successor
   * @param from the codes of the units that end (at least one)
   * @param to the code of the successor
   * @param note what happened, for people; empty when not given
   */
  public record Event(String period, List<String> from, String to, Optional<String> note) {
    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if {@code from} is empty or repeats a code
     */
    public Event {
      Objects.requireNonNull(period, "period");
      from = List.copyOf(from);
      if (from.isEmpty()) {
        throw new IllegalArgumentException("from: expected at least one unit code but found none");
      }
      if (new HashSet<>(from).size() != from.size()) {
        throw new IllegalArgumentException("from: expected distinct unit codes but found " + from);
      }
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(note, "note");
    }
  }

  /** Copies the events. */
  public Succession {
    events = List.copyOf(events);
  }

  /**
   * Returns the events that take effect after period {@code after} and no later than {@code upTo},
   * by period, then file order.
   */
  List<Event> between(String after, String upTo) {
    List<Event> out = new ArrayList<>();
    for (Event e : events) {
      if (e.period().compareTo(after) > 0 && e.period().compareTo(upTo) <= 0) {
        out.add(e);
      }
    }
    out.sort(Comparator.comparing(Event::period));
    return out;
  }

  /**
   * Reads a succession document.
   *
   * @param name how the document is named in messages
   * @param json the document
   * @throws dev.rubric.core.io.InvalidInputException naming the line, column and JSON path of the
   *     first problem
   */
  public static Succession read(String name, String json) {
    SideFile.Obj root = SideFile.read(name, json);
    SideFile.Fields f = SideFile.fields(name, root, "format", "events");
    f.format(FORMAT);
    List<Event> events = new ArrayList<>();
    for (SideFile.Value item : f.array("events").items()) {
      SideFile.Fields e = SideFile.fields(name, f.object(item), "period", "from", "to", "note");
      String period = e.string("period");
      SideFile.Arr fromArray = e.array("from");
      if (fromArray.items().isEmpty()) {
        throw e.error(fromArray, SideFile.BOOK.say("sidefile.no-units"));
      }
      Set<String> codes = new LinkedHashSet<>();
      for (SideFile.Value c : fromArray.items()) {
        String code = e.string(c);
        if (!codes.add(code)) {
          throw e.error(c, SideFile.BOOK.say("sidefile.unit-twice", "code", SideFile.shown(code)));
        }
      }
      events.add(new Event(period, List.copyOf(codes), e.string("to"), e.optionalString("note")));
    }
    return new Succession(events);
  }
}
