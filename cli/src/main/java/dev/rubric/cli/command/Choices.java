package dev.rubric.cli.command;

import java.util.Iterator;
import java.util.List;

/**
 * The values of options that take one of a few words. Each is an option's {@code
 * completionCandidates}: picocli lists them in help ({@code ${COMPLETION-CANDIDATES}}) and in the
 * shell completion script, and the application accepts no other value.
 */
abstract class Choices implements Iterable<String> {
  private final List<String> values;

  private Choices(String... values) {
    this.values = List.of(values);
  }

  @Override
  public Iterator<String> iterator() {
    return values.iterator();
  }

  /** The languages of {@code --lang}. */
  static final class Languages extends Choices {
    /** Creates the list; picocli instantiates it. */
    Languages() {
      super("vi", "en");
    }
  }

  /** The CSV dialects of {@code --csv-dialect}: the keywords of {@code CsvDialect}. */
  static final class CsvDialects extends Choices {
    /** Creates the list; picocli instantiates it. */
    CsvDialects() {
      super(dev.rubric.core.csv.CsvDialect.keywords().toArray(String[]::new));
    }
  }

  /** The formats of a scorecard ({@code evaluate}). */
  static final class ScorecardFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    ScorecardFormats() {
      super("text", "json", "csv", "html", "sarif");
    }
  }

  /** The formats of a ranking ({@code rank}). */
  static final class RankingFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    RankingFormats() {
      super("text", "json", "csv", "html");
    }
  }

  /** The formats of {@code diff} and {@code compare} (issue 15). */
  static final class ComparisonFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    ComparisonFormats() {
      super("text", "json", "csv", "html");
    }
  }

  /** The formats of advice ({@code advise}). */
  static final class AdviceFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    AdviceFormats() {
      super("text", "json", "csv", "html");
    }
  }

  /** The formats of a reconciliation ({@code reconcile}). */
  static final class ReconciliationFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    ReconciliationFormats() {
      super("text", "json", "csv", "html");
    }
  }

  /** The formats of {@code check}'s diagnostics. */
  static final class CheckFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    CheckFormats() {
      super("text", "sarif");
    }
  }

  /** The formats of an evidence template ({@code template}). */
  static final class TemplateFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    TemplateFormats() {
      super("xlsx", "csv");
    }
  }

  /** The formats of the demo's scorecard. */
  static final class DemoFormats extends Choices {
    /** Creates the list; picocli instantiates it. */
    DemoFormats() {
      super("text", "json", "html");
    }
  }
}
