package dev.rubric.spark;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The cell text of a typed column's value, which {@link dev.rubric.core.csv.CsvRowMapper} then
 * reads as the CSV reader reads a cell: null is an empty cell (missing evidence), whole numbers and
 * decimals are written plainly without trailing zeros, flags as {@code true}/{@code false}, dates
 * as {@code yyyy-mm-dd}, text as it is.
 */
final class Cells {
  private Cells() {}

  static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal d) {
      return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
    // Long, Integer, Short, Byte, Boolean, java.sql.Date and java.time.LocalDate (yyyy-mm-dd)
    return value.toString();
  }
}
