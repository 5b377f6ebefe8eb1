package dev.rubric.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up by terminal display width, not by {@code
 * String.length()}: combining marks take no column and East Asian wide characters take two (see
 * {@link TextLayout}). A column may have a maximum width; longer cells wrap onto continuation lines
 * at spaces. Not thread-safe.
 */
public final class TextTable {

  /** How a column's cells are aligned. */
  public enum Align {
    LEFT,
    RIGHT
  }

  private record Column(String header, Align align, int maxWidth) {}

  private record Row(List<String> cells, List<Ansi.Style[]> styles) {}

  private static final String GAP = "  ";

  private final List<Column> columns = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  /** Creates a table with no columns and no rows. */
  public TextTable() {}

  /** Adds a column that never wraps. */
  public TextTable column(String header, Align align) {
    return column(header, align, 0);
  }

  /** Adds a column whose cells wrap beyond {@code maxWidth} display columns ({@code 0}: never). */
  public TextTable column(String header, Align align, int maxWidth) {
    columns.add(new Column(header, align, maxWidth));
    return this;
  }

  /** Adds a row of plain cells, one per column. */
  public TextTable row(String... cells) {
    List<Ansi.Style[]> none = new ArrayList<>();
    for (int i = 0; i < cells.length; i++) {
      none.add(new Ansi.Style[0]);
    }
    return row(List.of(cells), none);
  }

  /** Adds a row of cells, one per column, each painted with its styles. */
  public TextTable row(List<String> cells, List<Ansi.Style[]> styles) {
    if (cells.size() != columns.size() || styles.size() != columns.size()) {
      throw new IllegalArgumentException(
          "expected "
              + columns.size()
              + " cells but found "
              + cells.size()
              + " cells and "
              + styles.size()
              + " styles");
    }
    rows.add(new Row(List.copyOf(cells), List.copyOf(styles)));
    return this;
  }

  /**
   * Returns the table: a bold header, a rule, then the rows; each line starts with {@code indent}
   * and ends with {@code '\n'}.
   */
  public String render(Ansi ansi, String indent) {
    int[] widths = new int[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      widths[c] = TextLayout.width(columns.get(c).header());
    }
    List<List<List<String>>> wrapped = new ArrayList<>();
    for (Row r : rows) {
      List<List<String>> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        List<String> lines = wrap(r.cells().get(c), columns.get(c).maxWidth());
        for (String l : lines) {
          widths[c] = Math.max(widths[c], TextLayout.width(l));
        }
        cells.add(lines);
      }
      wrapped.add(cells);
    }
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    Ansi.Style[][] bold = new Ansi.Style[columns.size()][];
    for (int c = 0; c < columns.size(); c++) {
      header.add(columns.get(c).header());
      bold[c] = new Ansi.Style[] {Ansi.Style.BOLD};
    }
    line(out, ansi, indent, widths, header, List.of(bold));
    int total = 0;
    for (int c = 0; c < widths.length; c++) {
      total += widths[c] + (c > 0 ? GAP.length() : 0);
    }
    out.append(indent).append(ansi.paint("─".repeat(total), Ansi.Style.DIM)).append('\n');
    for (int r = 0; r < rows.size(); r++) {
      List<List<String>> cells = wrapped.get(r);
      int height = cells.stream().mapToInt(List::size).max().orElse(1);
      for (int k = 0; k < height; k++) {
        List<String> texts = new ArrayList<>();
        for (List<String> cell : cells) {
          texts.add(k < cell.size() ? cell.get(k) : "");
        }
        line(out, ansi, indent, widths, texts, rows.get(r).styles());
      }
    }
    return out.toString();
  }

  private void line(
      StringBuilder out,
      Ansi ansi,
      String indent,
      int[] widths,
      List<String> texts,
      List<Ansi.Style[]> styles) {
    StringBuilder b = new StringBuilder(indent);
    for (int c = 0; c < columns.size(); c++) {
      if (c > 0) {
        b.append(GAP);
      }
      String text = texts.get(c);
      String pad = " ".repeat(widths[c] - TextLayout.width(text));
      String painted = ansi.paint(text, styles.get(c));
      if (columns.get(c).align() == Align.RIGHT) {
        b.append(pad).append(painted);
      } else {
        b.append(painted).append(pad);
      }
    }
    out.append(stripTrailingSpaces(b)).append('\n');
  }

  private static String stripTrailingSpaces(StringBuilder b) {
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    return b.substring(0, end);
  }

  /**
   * Returns {@code text} broken at spaces into lines of at most {@code width} display columns; a
   * word wider than {@code width} is broken between code points. {@code width <= 0} never wraps.
   */
  public static List<String> wrap(String text, int width) {
    if (width <= 0 || TextLayout.width(text) <= width) {
      return List.of(text);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int currentWidth = 0;
    for (String word : text.split(" +", -1)) {
      if (word.isEmpty()) {
        continue;
      }
      int w = TextLayout.width(word);
      if (currentWidth > 0 && currentWidth + 1 + w <= width) {
        current.append(' ').append(word);
        currentWidth += 1 + w;
        continue;
      }
      if (currentWidth > 0) {
        lines.add(current.toString());
        current.setLength(0);
        currentWidth = 0;
      }
      while (w > width) {
        int cut = 0;
        int cutWidth = 0;
        while (cut < word.length()) {
          int cp = word.codePointAt(cut);
          int cw = TextLayout.width(cp);
          if (cutWidth + cw > width && cutWidth > 0) {
            break;
          }
          cutWidth += cw;
          cut += Character.charCount(cp);
        }
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
        w = TextLayout.width(word);
      }
      current.append(word);
      currentWidth = w;
    }
    if (currentWidth > 0 || lines.isEmpty()) {
      lines.add(current.toString());
    }
    return lines;
  }
}
