package dev.rubric.testkit;

import dev.rubric.core.Decimal;
import dev.rubric.core.result.NodeStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@link Boundaries#explore}: one row per probe, and their rendering as a text table.
 * Immutable and thread-safe.
 */
public final class BoundaryReport {

  private static final List<String> HEADER =
      List.of("criterion", "input", "boundary", "probe", "value", "earned", "status", "index");

  private final List<Row> rows;

  BoundaryReport(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * One probe of one boundary and the criterion's result for it.
   *
   * <p>A record rather than an Immutables type although it has more than four components: rows are
   * created positionally with every component required, and equality is plain structural equality.
   *
   * @param criterion the code of the criterion whose rule has the boundary, e.g. {@code "3.2"}
   * @param input the probed input, or {@code numerator/denominator} for a quotient of two inputs
   * @param boundary the comparison and threshold, e.g. {@code ">= 98%"}, {@code "<= 2022-01-31"},
   *     {@code "choice"} or {@code "gate"}
   * @param probe {@code below}, {@code at} or {@code above}; {@code option} for a choice; {@code
   *     false} or {@code true} for a gate
   * @param value the probed value, e.g. {@code 4899/5000}
   * @param earned the criterion's points for the probe
   * @param status the criterion's status for the probe
   * @param index the scorecard's rounded index for the probe, with the catalog's decimals
   */
  public record Row(
      String criterion,
      String input,
      String boundary,
      String probe,
      String value,
      Decimal earned,
      NodeStatus status,
      String index) {

    /**
     * Checks the components.
     *
     * @param criterion the criterion code
     * @param input the probed input
     * @param boundary the comparison and threshold
     * @param probe the probe's name
     * @param value the probed value
     * @param earned the criterion's points
     * @param status the criterion's status
     * @param index the rounded index
     */
    public Row {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(boundary, "boundary");
      Objects.requireNonNull(probe, "probe");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(earned, "earned");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(index, "index");
    }

    private List<String> cells() {
      return List.of(
          criterion,
          input,
          boundary,
          probe,
          value,
          earned.toString(),
          Display.lower(status),
          index);
    }
  }

  /**
   * Returns the rows, ordered by criterion (catalog order), boundary (rule order) and probe.
   *
   * @return the rows
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Returns the rows of criterion {@code code}.
   *
   * @param code the criterion code, e.g. {@code "3.2"}
   * @return the rows of that criterion, in report order
   */
  public List<Row> rowsOf(String code) {
    Objects.requireNonNull(code, "code");
    return rows.stream().filter(r -> r.criterion().equals(code)).toList();
  }

  /**
   * Returns the report restricted to the rows of the criteria {@code codes}, in report order.
   *
   * @param codes criterion codes, e.g. {@code "3.2"}
   * @return the restricted report
   */
  public BoundaryReport only(String... codes) {
    List<String> wanted = List.of(codes);
    return new BoundaryReport(rows.stream().filter(r -> wanted.contains(r.criterion())).toList());
  }

  /**
   * Returns the rows as a text table: a header line, a rule of dashes, then one line per row, with
   * columns aligned (widths count code points) and two spaces between them; lines end with {@code
   * \n} and carry no trailing spaces.
   *
   * @return the table
   */
  public String render() {
    List<List<String>> lines = new ArrayList<>();
    lines.add(HEADER);
    List<String> rule = new ArrayList<>();
    for (String h : HEADER) {
      rule.add("-".repeat(h.length()));
    }
    lines.add(rule);
    rows.forEach(r -> lines.add(r.cells()));
    int[] widths = new int[HEADER.size()];
    for (List<String> cells : lines) {
      for (int i = 0; i < cells.size(); i++) {
        widths[i] = Math.max(widths[i], width(cells.get(i)));
      }
    }
    for (int i = 0; i < widths.length; i++) {
      rule.set(i, "-".repeat(widths[i]));
    }
    StringBuilder out = new StringBuilder();
    for (List<String> cells : lines) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        line.append(c);
        if (i + 1 < cells.size()) {
          line.append(" ".repeat(widths[i] - width(c) + 2));
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** Returns {@link #render()}. */
  @Override
  public String toString() {
    return render();
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }
}
