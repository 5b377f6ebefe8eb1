package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.core.Language;
import dev.rubric.core.diagnostic.Diagnostic;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.DiagnosticSeverity;
import dev.rubric.core.diagnostic.SourceSpan;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.json.Json;
import dev.rubric.core.result.Scorecard;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes SARIF 2.1.0 logs (the OASIS Static Analysis Results Interchange Format), for code-review
 * tools, CI systems and editors that read it: the diagnostics of catalog files ({@link
 * #diagnostics}) and the findings of a scorecard ({@link #scorecard}).
 *
 * <pre>{@code
 * Compilation c = Rubric.standard().compile(source);
 * String log = Sarif.diagnostics(
 *     Sarif.Tool.rubric("1.0.0"),
 *     List.of(Sarif.Source.compiled(source, c.diagnostics())),
 *     Language.EN);
 * }</pre>
 *
 * <p>A log has one run. Its rules ({@code tool.driver.rules}) are the codes its results use, in
 * code order, each with its title as short description and a {@code helpUri} to its section of the
 * documentation ({@code docs/diagnostics.md} for RB codes, {@code docs/dsl.md} for finding kinds).
 *
 * <ul>
 *   <li><b>Diagnostics</b> become results with the RB code as {@code ruleId}, the level {@code
 *       error}, {@code warning} or {@code note}, the message with its hints on further lines, and a
 *       region: 1-based {@code startLine}, {@code startColumn}, {@code endLine} and {@code
 *       endColumn}, the end column being the one just after the span. Columns count Unicode code
 *       points, as Rubric's rendered diagnostics do, and the run says so ({@code "columnKind":
 *       "unicodeCodePoints"}; SARIF's default would be UTF-16 code units). Diagnostics of the
 *       builder API have no region; their node path is a logical location.
 *   <li><b>Findings</b> become results whose {@code ruleId} is their RB code (RB5xx, RB6xx) or, for
 *       criterion findings, their kind ({@code not-met}, {@code partial}, {@code missing-evidence},
 *       …); critical and major findings are {@code error}, minor ones {@code warning}, information
 *       {@code note}. The criterion is a logical location of kind {@code member} whose fully
 *       qualified name is the catalog id, {@code /} and the criterion code ({@code cchc-xa/1.5}); a
 *       data-quality finding's location is the JSON path of the item. Each evidence key a finding
 *       cites is a related location of kind {@code variable} ({@code 01969/2022/ho_so_dung_han}),
 *       in the evidence file when one is named. The finding's code, kind, severity, points lost and
 *       recommendation are in the result's properties.
 * </ul>
 *
 * <p>Files are named by URI references made from the names given: a relative name stays relative to
 * the working directory ({@code examples/data/x.rubric}), an absolute one becomes a {@code file:}
 * URI; characters other than ASCII letters, digits, {@code -._~/} are percent-encoded as UTF-8.
 * Messages and hints of diagnostics, findings, rule descriptions (a code's title, a finding kind's
 * meaning) and evidence references are in the chosen language. The output is deterministic: no
 * time, no absolute path that was not given, the layout of Rubric's JSON documents ({@link
 * Json#generator}) and a final newline.
 *
 * <p>Thread-safe: the class has no state.
 */
public final class Sarif {

  /** The SARIF version written, {@value}. */
  public static final String VERSION = "2.1.0";

  /** The {@code $schema} written: the OASIS schema of SARIF 2.1.0 (errata 01). */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final Pattern REPEAT = Pattern.compile("#\\d+$");

  private Sarif() {}

  /**
   * The analysis tool named in a log: the driver's name, version, home page, and the base URI that
   * {@code helpUri}s resolve documentation pages ({@code docs/…}) against.
   *
   * @param name the tool's name, e.g. {@code "Rubric"}
   * @param version the tool's version
   * @param informationUri the tool's home page, an absolute URI
   * @param docsBase the URI of the repository's root that {@code docs/diagnostics.md} is under,
   *     ending with {@code /}
   */
  public record Tool(String name, String version, String informationUri, String docsBase) {

    /** Rubric's home page. */
    public static final String HOME = "https://github.com/rubric-dev/rubric";

    /**
     * Checks the components.
     *
     * @throws IllegalArgumentException if {@code docsBase} does not end with {@code /}
     */
    public Tool {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(informationUri, "informationUri");
      Objects.requireNonNull(docsBase, "docsBase");
      if (!docsBase.endsWith("/")) {
        throw new IllegalArgumentException(
            "docsBase: expected a URI ending with '/' but found '" + docsBase + "'");
      }
    }

    /**
     * Returns Rubric at {@code version}, with its home page and the documentation of its main
     * branch.
     */
    public static Tool rubric(String version) {
      return new Tool("Rubric", version, HOME, HOME + "/blob/main/");
    }
  }

  /**
   * One source file given to the compiler: its text and diagnostics, or why it could not be read.
   *
   * @param file the file's name as given, e.g. {@code "examples/data/x.rubric"}
   * @param text the file's text, when it was read
   * @param diagnostics the diagnostics of its compilation, in the compiler's order
   * @param failure why the file could not be read, when it could not
   */
  public record Source(
      String file,
      Optional<SourceText> text,
      List<Diagnostic> diagnostics,
      Optional<String> failure) {

    /** Checks and copies the components. */
    public Source {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(text, "text");
      diagnostics = List.copyOf(diagnostics);
      Objects.requireNonNull(failure, "failure");
    }

    /** Returns a compiled source, named by {@code text.name()}, with its diagnostics. */
    public static Source compiled(SourceText text, List<Diagnostic> diagnostics) {
      return new Source(text.name(), Optional.of(text), diagnostics, Optional.empty());
    }

    /** Returns a source that could not be read, with the reason. */
    public static Source unreadable(String file, String failure) {
      return new Source(
          file,
          Optional.empty(),
          List.of(),
          Optional.of(Objects.requireNonNull(failure, "failure")));
    }
  }

  /**
   * Returns the log of compiling {@code sources}: a result per diagnostic, in the order given, and
   * a tool execution notification (level {@code error}) per source that could not be read, which
   * also makes {@code executionSuccessful} false.
   */
  public static String diagnostics(Tool tool, List<Source> sources, Language lang) {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(lang, "lang");
    TreeMap<String, Rule> rules = new TreeMap<>();
    for (Source s : sources) {
      for (Diagnostic d : s.diagnostics()) {
        rules.computeIfAbsent(d.code(), code -> Rule.of(code, tool, lang));
      }
    }
    List<String> ids = new ArrayList<>(rules.keySet());
    boolean allRead = sources.stream().allMatch(s -> s.failure().isEmpty());
    return write(
        g -> {
          run(g, tool, rules, "diagnostics");
          g.writeArrayFieldStart("invocations");
          g.writeStartObject();
          g.writeBooleanField("executionSuccessful", allRead);
          if (!allRead) {
            g.writeArrayFieldStart("toolExecutionNotifications");
            for (Source s : sources) {
              if (s.failure().isPresent()) {
                g.writeStartObject();
                g.writeStringField("level", "error");
                message(g, s.failure().get());
                g.writeArrayFieldStart("locations");
                g.writeStartObject();
                g.writeObjectFieldStart("physicalLocation");
                artifact(g, s.file());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
              }
            }
            g.writeEndArray();
          }
          g.writeEndObject();
          g.writeEndArray();
          g.writeArrayFieldStart("results");
          for (Source s : sources) {
            for (Diagnostic d : s.diagnostics()) {
              diagnostic(g, s, d, ids.indexOf(d.code()), lang);
            }
          }
          g.writeEndArray();
        });
  }

  /**
   * Returns the log of a scorecard's findings, in scorecard order. {@code evidence} names the file
   * or directory the unit's evidence came from, if any; evidence references then point into it. The
   * run's properties identify the unit, period and catalog.
   */
  public static String scorecard(
      Tool tool, Scorecard card, Optional<String> evidence, Language lang) {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(lang, "lang");
    TreeMap<String, Rule> rules = new TreeMap<>();
    for (Finding f : card.findings()) {
      rules.computeIfAbsent(ruleId(f), id -> Rule.of(id, tool, lang));
    }
    List<String> ids = new ArrayList<>(rules.keySet());
    return write(
        g -> {
          run(g, tool, rules, "scorecard");
          g.writeArrayFieldStart("invocations");
          g.writeStartObject();
          g.writeBooleanField("executionSuccessful", true);
          g.writeEndObject();
          g.writeEndArray();
          g.writeArrayFieldStart("results");
          for (Finding f : card.findings()) {
            finding(g, card, f, evidence, ids.indexOf(ruleId(f)), lang);
          }
          g.writeEndArray();
          g.writeObjectFieldStart("properties");
          g.writeStringField("unitCode", card.unitCode());
          g.writeStringField("unitName", card.unitName());
          g.writeStringField("periodId", card.periodId());
          g.writeStringField("catalogId", card.catalogId());
          g.writeStringField("catalogVersion", card.catalogVersion());
          g.writeStringField("catalogHash", card.catalogHash());
          g.writeNumberField("indexRounded", card.indexRounded().toBigDecimal());
          if (card.band().isPresent()) {
            g.writeStringField("band", card.band().get().in(lang));
          }
          g.writeEndObject();
        });
  }

  /**
   * Returns the rule id of a finding: its RB code (without a {@code #2} repeat suffix) for
   * data-quality findings, the RB code it cites for evaluation errors and cohort findings, else its
   * kind's code.
   */
  static String ruleId(Finding f) {
    String code = REPEAT.matcher(f.code()).replaceFirst("");
    if (DiagnosticCode.of(code).isPresent()) {
      return code;
    }
    String cited = f.arguments().get("code");
    if (cited != null
        && (f.kind() == FindingKind.EVALUATION_ERROR || f.kind() == FindingKind.NEEDS_COHORT)
        && DiagnosticCode.of(cited).isPresent()) {
      return cited;
    }
    return f.kind().code();
  }

  /** Returns the SARIF level of a finding's severity. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL, MAJOR -> "error";
      case MINOR -> "warning";
      case INFO -> "note";
    };
  }

  /** Returns the SARIF level of a diagnostic's severity. */
  static String level(DiagnosticSeverity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /**
   * Returns a URI reference for the file named {@code file}: relative names stay relative, with
   * {@code /} between segments; absolute ones become {@code file:} URIs. Every character but ASCII
   * letters, digits and {@code -._~/} is percent-encoded as UTF-8.
   */
  static String uri(String file) {
    String path = File.separatorChar == '/' ? file : file.replace(File.separatorChar, '/');
    String prefix = "";
    if (path.startsWith("/")) {
      prefix = "file://";
    } else if (path.length() >= 3
        && Character.isLetter(path.charAt(0))
        && path.charAt(1) == ':'
        && path.charAt(2) == '/') {
      prefix = "file:///" + path.substring(0, 2);
      path = path.substring(2);
    }
    StringBuilder b = new StringBuilder(prefix);
    for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == '/') {
        b.append((char) c);
      } else {
        b.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return b.toString();
  }

  /** A rule of the driver: an RB code or a finding kind. */
  private record Rule(String id, String description, String helpUri, Optional<String> level) {

    static Rule of(String id, Tool tool, Language lang) {
      Optional<DiagnosticCode> code = DiagnosticCode.of(id);
      if (code.isPresent()) {
        DiagnosticCode c = code.get();
        return new Rule(
            id,
            c.title(lang),
            Sarif.helpUri(tool, id),
            Optional.of(
                c.isFinding() ? Sarif.level(c.findingSeverity()) : Sarif.level(c.severity())));
      }
      for (FindingKind kind : FindingKind.values()) {
        if (kind.code().equals(id)) {
          return new Rule(
              id, kindDescription(kind, lang), Sarif.helpUri(tool, id), Optional.empty());
        }
      }
      // a code a host made up for a diagnostic of its own: no section to link to
      return new Rule(id, id, Sarif.helpUri(tool, id), Optional.empty());
    }
  }

  /**
   * Returns the documentation of the rule {@code id}: the section of an RB code in {@code
   * docs/diagnostics.md} (the page itself for a code it does not register), or the section on
   * findings of {@code docs/dsl.md} for a finding kind.
   */
  static String helpUri(Tool tool, String id) {
    Optional<DiagnosticCode> code = DiagnosticCode.of(id);
    if (code.isPresent()) {
      return tool.docsBase() + code.get().docsLink();
    }
    return tool.docsBase() + (id.startsWith("RB") ? DiagnosticCode.DOCS_PAGE : KINDS_DOCS);
  }

  /** The section of the documentation on findings and their kinds. */
  private static final String KINDS_DOCS = "docs/dsl.md#13-findings";

  /** Returns what a finding of {@code kind} means, in {@code lang}. */
  static String kindDescription(FindingKind kind, Language lang) {
    return switch (kind) {
      case NOT_MET -> tr(lang, "tiêu chí không đạt điểm nào", "criterion scored no points");
      case PARTIAL ->
          tr(lang, "tiêu chí chỉ đạt một phần điểm", "criterion scored part of its points");
      case MISSING_EVIDENCE -> tr(lang, "thiếu bằng chứng", "evidence missing or incomplete");
      case LATE -> tr(lang, "quá hạn", "deadline missed");
      case DATA_QUALITY -> tr(lang, "dữ liệu không hợp lệ", "data-quality problem");
      case SELF_ASSESSMENT_GAP ->
          tr(lang, "điểm tự chấm khác điểm thẩm định", "self-assessment differs from the score");
      case NEEDS_COHORT -> tr(lang, "cần đánh giá cả nhóm đơn vị", "needs the cohort");
      case EVALUATION_ERROR -> tr(lang, "lỗi khi tính tiêu chí", "evaluation error");
      case WAIVER -> tr(lang, "miễn trừ", "waiver");
    };
  }

  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private static String write(Body body) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = Json.generator(w)) {
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", VERSION);
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      body.write(g);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  /** Writes the run's tool, its rules and column kind. */
  private static void run(JsonGenerator g, Tool tool, Map<String, Rule> rules, String category)
      throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", tool.name());
    g.writeStringField("version", tool.version());
    g.writeStringField("informationUri", tool.informationUri());
    g.writeArrayFieldStart("rules");
    for (Rule r : rules.values()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeObjectFieldStart("shortDescription");
      g.writeStringField("text", r.description());
      g.writeEndObject();
      g.writeStringField("helpUri", r.helpUri());
      if (r.level().isPresent()) {
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", r.level().get());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeObjectFieldStart("automationDetails");
    g.writeStringField("id", "rubric/" + category + "/");
    g.writeEndObject();
    g.writeStringField("columnKind", "unicodeCodePoints");
  }

  private static void diagnostic(
      JsonGenerator g, Source s, Diagnostic d, int ruleIndex, Language lang) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.code());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(d.severity()));
    StringBuilder text = new StringBuilder(d.message(lang));
    String hintWord = lang == Language.VI ? "\ngợi ý: " : "\nhint: ";
    for (String hint : d.hints(lang)) {
      text.append(hintWord).append(hint);
    }
    message(g, text.toString());
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    if (d.span().isPresent() || d.path().isEmpty()) {
      g.writeObjectFieldStart("physicalLocation");
      artifact(g, s.file());
      if (d.span().isPresent() && s.text().isPresent()) {
        region(g, s.text().get(), d.span().get());
      }
      g.writeEndObject();
    }
    if (d.path().isPresent()) {
      g.writeArrayFieldStart("logicalLocations");
      g.writeStartObject();
      g.writeStringField("fullyQualifiedName", d.path().get());
      g.writeStringField("kind", "member");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void region(JsonGenerator g, SourceText text, SourceSpan span) throws IOException {
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", text.lineOf(span.start()));
    g.writeNumberField("startColumn", text.columnOf(span.start()));
    g.writeNumberField("endLine", text.lineOf(span.end()));
    g.writeNumberField("endColumn", text.columnOf(span.end()));
    g.writeEndObject();
  }

  private static void finding(
      JsonGenerator g,
      Scorecard card,
      Finding f,
      Optional<String> evidence,
      int ruleIndex,
      Language lang)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", ruleId(f));
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(f.severity()));
    message(g, f.message().in(lang));
    Optional<String> path = Optional.ofNullable(f.arguments().get("path"));
    if (f.criterionCode().isPresent() || path.isPresent() || evidence.isPresent()) {
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      if (evidence.isPresent() && f.criterionCode().isEmpty()) {
        g.writeObjectFieldStart("physicalLocation");
        artifact(g, evidence.get());
        g.writeEndObject();
      }
      if (f.criterionCode().isPresent() || path.isPresent()) {
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        if (f.criterionCode().isPresent()) {
          String code = f.criterionCode().get();
          g.writeStringField("name", code);
          g.writeStringField("fullyQualifiedName", card.catalogId() + "/" + code);
          g.writeStringField("kind", "member");
        } else {
          g.writeStringField("fullyQualifiedName", path.get());
          g.writeStringField("kind", "property");
        }
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeEndObject();
      g.writeEndArray();
    }
    if (!f.evidence().isEmpty()) {
      g.writeArrayFieldStart("relatedLocations");
      int id = 1;
      for (String key : f.evidence()) {
        g.writeStartObject();
        g.writeNumberField("id", id++);
        if (evidence.isPresent()) {
          g.writeObjectFieldStart("physicalLocation");
          artifact(g, evidence.get());
          g.writeEndObject();
        }
        g.writeArrayFieldStart("logicalLocations");
        g.writeStartObject();
        g.writeStringField("name", key);
        g.writeStringField(
            "fullyQualifiedName", card.unitCode() + "/" + card.periodId() + "/" + key);
        g.writeStringField("kind", "variable");
        g.writeEndObject();
        g.writeEndArray();
        message(g, tr(lang, "bằng chứng '", "evidence '") + key + "'");
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("properties");
    g.writeStringField("code", f.code());
    g.writeStringField("kind", f.kind().name().toLowerCase(Locale.ROOT));
    g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
    g.writeNumberField("pointsLost", f.pointsLost().toBigDecimal());
    if (f.recommendation().isPresent()) {
      g.writeStringField("recommendation", f.recommendation().get().in(lang));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void message(JsonGenerator g, String text) throws IOException {
    g.writeObjectFieldStart("message");
    g.writeStringField("text", text);
    g.writeEndObject();
  }

  private static void artifact(JsonGenerator g, String file) throws IOException {
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(file));
    g.writeEndObject();
  }
}
