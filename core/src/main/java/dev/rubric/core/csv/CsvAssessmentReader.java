package dev.rubric.core.csv;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.internal.Text;
import dev.rubric.core.message.Message;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the assessments of many units from one CSV file, one row per unit, criterion and round, as
 * an office fills it in a spreadsheet.
 *
 * <p>The format:
 *
 * <ul>
 *   <li>UTF-8, with or without a byte order mark; RFC 4180 quoting; lines starting with {@code '#'}
 *       before the header are comments; empty lines are skipped.
 *   <li>Header: the required columns {@code unit_code, period, catalog, catalog_version, criterion,
 *       round, points} and any of the optional columns {@code remark, by, date, evidence}, in any
 *       order, each once.
 *   <li>{@code round} is {@code self_assessment}, {@code appraisal}, {@code explanation}, {@code
 *       re_appraisal} or {@code final}; {@code points} a decimal with a point ({@code 1.5}, {@code
 *       -0.25}); {@code date} {@code yyyy-mm-dd}; {@code evidence} references separated by {@code
 *       ';'}. An empty optional cell is left out.
 *   <li>The rows of one unit and period make one assessment, in the order of their first row; all
 *       of them name the same catalog and version, and each criterion and round once.
 * </ul>
 *
 * <p>Every problem is a {@link CsvFormatException} whose message starts with {@code
 * file:line:column} and names the column, for example {@code rounds.csv:4:31: column 'points':
 * expected a decimal number such as '1.5' but found '1,5'; write the decimal point as '.'}. Each
 * score keeps its row's position as its {@link AssessedScore#source() source}, so that a later
 * check against the catalog names the row too.
 */
public final class CsvAssessmentReader {

  /** The columns every file has, in any order. */
  public static final List<String> REQUIRED_COLUMNS =
      List.of("unit_code", "period", "catalog", "catalog_version", "criterion", "round", "points");

  /** The columns a file may have. */
  public static final List<String> OPTIONAL_COLUMNS = List.of("remark", "by", "date", "evidence");

  private CsvAssessmentReader() {}

  /**
   * Returns the assessments of {@code text}, one per unit and period, in the order of their first
   * row.
   *
   * @param name the file's name in messages
   * @param text the file's content
   * @throws CsvFormatException for a malformed file, header or cell, a unit whose rows name
   *     different catalogs, or a criterion and round given twice for a unit
   */
  public static List<Assessment> read(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    CsvRecords records = new CsvRecords(name, new StringReader(text));
    CsvRecords.Row header =
        records
            .next(true)
            .orElseThrow(
                () ->
                    new CsvFormatException(
                        name + ":1:1",
                        CsvWords.say(
                            "csv.assessment.no-header",
                            "columns",
                            String.join(", ", REQUIRED_COLUMNS))));
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      CsvRecords.Field f = header.fields().get(i);
      String column = Text.nfc(f.value()).strip();
      if (!REQUIRED_COLUMNS.contains(column) && !OPTIONAL_COLUMNS.contains(column)) {
        throw new CsvFormatException(
            at(name, f),
            CsvWords.say(
                "csv.assessment.unknown-column",
                "columns",
                String.join(", ", REQUIRED_COLUMNS) + ", " + String.join(", ", OPTIONAL_COLUMNS),
                "found",
                column));
      }
      if (columns.putIfAbsent(column, i) != null) {
        throw new CsvFormatException(
            at(name, f), CsvWords.say("csv.assessment.column-twice", "column", column));
      }
    }
    for (String required : REQUIRED_COLUMNS) {
      if (!columns.containsKey(required)) {
        throw new CsvFormatException(
            name + ":" + header.line() + ":" + header.endColumn(),
            CsvWords.say("csv.assessment.missing-column", "column", required));
      }
    }
    Map<String, Assessment.Builder> builders = new LinkedHashMap<>();
    Map<String, String[]> catalogs = new HashMap<>();
    Map<String, String> seen = new HashMap<>();
    int width = header.fields().size();
    for (Optional<CsvRecords.Row> r = records.next(false); r.isPresent(); r = records.next(false)) {
      CsvRecords.Row row = r.get();
      if (row.fields().size() != width) {
        String where =
            row.fields().size() > width
                ? at(name, row.fields().get(width))
                : name + ":" + row.line() + ":" + row.endColumn();
        throw new CsvFormatException(
            where, CsvWords.say("csv.width", "width", width, "found", row.fields().size()));
      }
      Cells c = new Cells(name, row, columns);
      String unit = c.code("unit_code");
      String period = c.code("period");
      String catalog = c.code("catalog");
      String version = c.code("catalog_version");
      String criterion = c.code("criterion");
      String roundText = c.code("round");
      Round round =
          Round.fromCode(roundText)
              .orElseThrow(
                  () ->
                      c.fail(
                          "round",
                          CsvWords.say(
                              "csv.assessment.round",
                              "rounds",
                              String.join(
                                  ", ", Arrays.stream(Round.values()).map(Round::code).toList()),
                              "found",
                              roundText)));
      Decimal points = c.decimal("points");
      String key = unit + "\u0000" + period;
      String[] cat = catalogs.putIfAbsent(key, new String[] {catalog, version, c.where("catalog")});
      if (cat != null && (!cat[0].equals(catalog) || !cat[1].equals(version))) {
        throw c.fail(
            "catalog",
            CsvWords.say(
                "csv.assessment.other-catalog",
                "catalog",
                cat[0],
                "version",
                cat[1],
                "unit",
                unit,
                "first",
                cat[2],
                "found-catalog",
                catalog,
                "found-version",
                version));
      }
      String first =
          seen.putIfAbsent(key + "\u0000" + criterion + "\u0000" + round.code(), c.here());
      if (first != null) {
        throw c.fail(
            "criterion",
            CsvWords.say(
                "csv.assessment.row-twice",
                "unit",
                unit,
                "criterion",
                criterion,
                "round",
                round.code(),
                "first",
                first));
      }
      AssessedScore.Builder s =
          AssessedScore.builder()
              .criterionCode(criterion)
              .round(round)
              .points(points)
              .source(c.here());
      c.optional("remark").ifPresent(s::remark);
      c.optional("by").ifPresent(s::by);
      if (c.optional("date").isPresent()) {
        s.date(c.date("date"));
      }
      Optional<String> evidence = c.optional("evidence");
      if (evidence.isPresent()) {
        List<String> refs = new ArrayList<>();
        for (String ref : evidence.get().split(";", -1)) {
          String t = ref.strip();
          if (t.isEmpty()) {
            throw c.fail("evidence", CsvWords.say("csv.assessment.empty-reference"));
          }
          if (refs.contains(t)) {
            throw c.fail(
                "evidence", CsvWords.say("csv.assessment.reference-twice", "reference", t));
          }
          refs.add(t);
        }
        s.evidence(refs);
      }
      AssessedScore score;
      try {
        score = s.build();
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(name + ":" + row.line() + ":1", english(e));
      }
      builders
          .computeIfAbsent(
              key,
              k ->
                  Assessment.builder()
                      .unitCode(unit)
                      .periodId(period)
                      .catalogId(catalog)
                      .catalogVersion(version)
                      .source(name + ":" + row.line()))
          .addScores(score);
    }
    List<Assessment> out = new ArrayList<>();
    for (Assessment.Builder b : builders.values()) {
      try {
        out.add(b.build());
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(name, english(e));
      }
    }
    return List.copyOf(out);
  }

  private static String at(String name, CsvRecords.Field f) {
    return name + ":" + f.line() + ":" + f.column();
  }

  /**
   * Returns the message of a model constructor that refused a value, which is in English only, as
   * it is in every language.
   */
  private static Message english(IllegalArgumentException e) {
    String text = String.valueOf(e.getMessage());
    return Message.literal(LocalizedText.of(text, text));
  }

  /** The cells of one row by column name. */
  private record Cells(String name, CsvRecords.Row row, Map<String, Integer> columns) {

    String here() {
      return name + ":" + row.line() + ":" + row.fields().get(0).column();
    }

    String where(String column) {
      CsvRecords.Field f = row.fields().get(Objects.requireNonNull(columns.get(column)));
      return name + ":" + f.line() + ":" + f.column();
    }

    CsvFormatException fail(String column, Message detail) {
      return new CsvFormatException(
          where(column), CsvWords.say("csv.in-column", "column", column, "detail", detail));
    }

    String raw(String column) {
      return Text.nfc(row.fields().get(Objects.requireNonNull(columns.get(column))).value());
    }

    String code(String column) {
      String v = raw(column).strip();
      if (v.isEmpty()) {
        throw fail(column, CsvWords.say("csv.assessment.empty-cell"));
      }
      Optional<Message> bad = CsvWords.badCharacter(v);
      if (bad.isPresent()) {
        throw fail(column, bad.get());
      }
      return v;
    }

    Optional<String> optional(String column) {
      if (!columns.containsKey(column)) {
        return Optional.empty();
      }
      String v = raw(column).strip();
      if (v.isEmpty()) {
        return Optional.empty();
      }
      Optional<Message> bad = CsvWords.badCharacter(v);
      if (bad.isPresent()) {
        throw fail(column, bad.get());
      }
      return Optional.of(v);
    }

    Decimal decimal(String column) {
      String v = code(column);
      try {
        return Decimal.parse(v);
      } catch (IllegalArgumentException e) {
        throw fail(
            column,
            v.matches("-?\\d+,\\d+")
                ? CsvWords.say("csv.assessment.decimal-comma", "found", v)
                : CsvWords.say("csv.assessment.decimal", "found", v));
      }
    }

    LocalDate date(String column) {
      String v = code(column);
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw fail(column, CsvWords.say("csv.assessment.date", "found", v));
      }
    }
  }
}
