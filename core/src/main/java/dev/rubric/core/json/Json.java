package dev.rubric.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rubric.core.AttributeValue;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.evidence.Provenance;
import dev.rubric.core.result.Scorecard;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes Rubric's JSON formats, and configures Jackson for Rubric's types.
 *
 * <p>Formats (documented with examples in {@code docs/formats.md}; JSON Schemas in {@code
 * docs/schemas/}):
 *
 * <ul>
 *   <li>{@code "rubric-evidence/1"}: an {@link EvidenceFile}, the unit snapshot, period and
 *       evidence of one unit: {@link #readEvidence(String, Reader)}, {@link #write(EvidenceFile)};
 *   <li>{@code "rubric-assessment/1"}: an {@link Assessment}, scores per criterion and round:
 *       {@link #readAssessment(String, Reader)}, {@link #write(Assessment)};
 *   <li>{@code "rubric-scorecard/1"}: a {@link Scorecard}, the result of one evaluation: {@link
 *       #write(Scorecard)}, {@link #readScorecard(String, Reader)}.
 * </ul>
 *
 * <pre>{@code
 * EvidenceFile file = Json.readEvidence("phu-thong-2022.json", reader);
 * String text = Json.write(file);   // 2-space indent, '\n' line ends, trailing newline
 * }</pre>
 *
 * <p><b>Errors.</b> Readers throw the unchecked {@link JsonFormatException} for any problem with
 * the document: malformed JSON, input over the limits, a missing, unknown or mistyped field, or a
 * value that breaks an invariant of the model. Reading stops at the first problem, so there is one
 * outcome to report and an exception carries it; the exception's message names the source, line,
 * column and JSON path, for example {@code evidence.json:9:22:
 * $.evidence.ho_so_dung_han.denominator: expected a non-negative decimal number but found string
 * "abc"}, and its accessors return each part. An {@link IOException} of the reader is rethrown as
 * {@link UncheckedIOException}.
 *
 * <p><b>Strictness and limits.</b> Unknown fields, duplicate keys, {@code null} values and content
 * after the document are rejected; numbers are never read from strings. Documents may be at most 16
 * MiB, strings at most 1 MiB, and values nested at most 64 deep. Polymorphic values carry an
 * explicit {@code "type"} name from a closed table; no class names ever appear in JSON.
 *
 * <p><b>Determinism.</b> Writers produce byte-identical output for equal values: fixed property
 * order, maps in key order, absent values left out, decimals written plain.
 *
 * <p>This class is thread-safe.
 */
public final class Json {
  private Json() {}

  /** The longest document accepted, in characters: 16 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The longest string value accepted, in characters: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  private static final JsonFactory FACTORY = newFactory();
  private static final ObjectMapper SHARED = newMapper();
  private static final ObjectMapper PRIVATE = newMapper();
  private static final ObjectWriter WRITER = PRIVATE.writer(prettyPrinter());

  /**
   * Returns a new {@link ObjectMapper} configured for Rubric: {@link #module()}, JDK 8 and
   * {@code java.time} types with ISO dates, unknown properties, {@code null} primitives and
   * trailing tokens rejected, duplicate keys rejected, floats read as {@code BigDecimal}, numbers
   * never coerced from strings, {@code BigDecimal}s written plain, map entries and properties
   * sorted, absent values left out, the limits above, and no default typing.
   *
   * <p>Each call returns a copy of one template, so a caller may reconfigure its mapper freely;
   * keep and reuse it rather than calling this method per document. Rubric's own readers and
   * writers do not use these mappers.
   */
  public static ObjectMapper mapper() {
    return SHARED.copy();
  }

  /**
   * Returns a new Jackson module with serializers and deserializers for Rubric's model types
   * ({@link EvidenceFile}, {@link Unit}, {@link AttributeValue}, {@link Period}, {@link Evidence},
   * {@link EvidenceValue}, {@link Provenance}, {@link Assessment}, {@link AssessedScore}), for
   * hosts that configure their own {@link ObjectMapper}. It also writes and reads {@link
   * dev.rubric.core.catalog.Channel} as lowercase snake case ({@code "system_measured"}), as a
   * value and as a map key, and writes {@link LocalizedText} with Vietnamese first. Deserialization
   * problems surface as Jackson's {@link MismatchedInputException} whose message holds the line,
   * column, path and detail a {@link JsonFormatException} would give.
   *
   * <p>Scorecards and their parts are mapped by the Jackson annotations on the result types; this
   * module only adds the names above.
   */
  public static Module module() {
    SimpleModule m = new SimpleModule("rubric", Version.unknownVersion());
    m.addSerializer(EvidenceFile.class, new Writing<>(EvidenceFile.class, Encoder::evidenceFile));
    m.addSerializer(Unit.class, new Writing<>(Unit.class, Encoder::unit));
    m.addSerializer(AttributeValue.class, new Writing<>(AttributeValue.class, Encoder::attribute));
    m.addSerializer(Period.class, new Writing<>(Period.class, Encoder::period));
    m.addSerializer(Evidence.class, new Writing<>(Evidence.class, Encoder::evidence));
    m.addSerializer(
        EvidenceValue.class, new Writing<>(EvidenceValue.class, Encoder::evidenceValue));
    m.addSerializer(Provenance.class, new Writing<>(Provenance.class, Encoder::provenance));
    m.addSerializer(Assessment.class, new Writing<>(Assessment.class, Encoder::assessment));
    m.addSerializer(AssessedScore.class, new Writing<>(AssessedScore.class, Encoder::score));

    m.addDeserializer(
        EvidenceFile.class,
        new Reading<>(EvidenceFile.class, (d, at) -> d.evidenceFile(at.node())));
    m.addDeserializer(Unit.class, new Reading<>(Unit.class, Decoder::unit));
    m.addDeserializer(
        AttributeValue.class, new Reading<>(AttributeValue.class, Decoder::attribute));
    m.addDeserializer(Period.class, new Reading<>(Period.class, Decoder::period));
    m.addDeserializer(Evidence.class, new Reading<>(Evidence.class, Decoder::evidence));
    m.addDeserializer(
        EvidenceValue.class, new Reading<>(EvidenceValue.class, Decoder::evidenceValue));
    m.addDeserializer(Provenance.class, new Reading<>(Provenance.class, Decoder::provenance));
    m.addDeserializer(
        Assessment.class, new Reading<>(Assessment.class, (d, at) -> d.assessment(at.node())));
    m.addDeserializer(AssessedScore.class, new Reading<>(AssessedScore.class, Decoder::score));
    Scorecards.registerChannel(m);
    m.setMixInAnnotation(LocalizedText.class, LocalizedTextOrder.class);
    return m;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads an evidence file ({@code "rubric-evidence/1"}).
   *
   * @param name the document's name for messages, usually its file name
   * @param reader the document; read to its end but not closed
   * @throws JsonFormatException if the document is not a valid evidence file
   * @throws UncheckedIOException if {@code reader} fails
   */
  public static EvidenceFile readEvidence(String name, Reader reader) {
    Objects.requireNonNull(name, "name");
    return new Decoder(name).evidenceFile(parse(name, reader));
  }

  /**
   * Reads an evidence file ({@code "rubric-evidence/1"}) from text.
   *
   * @param name the document's name for messages, usually its file name
   * @param json the document
   * @throws JsonFormatException if the document is not a valid evidence file
   */
  public static EvidenceFile readEvidence(String name, String json) {
    return readEvidence(name, new StringReader(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads an assessment ({@code "rubric-assessment/1"}).
   *
   * @param name the document's name for messages, usually its file name
   * @param reader the document; read to its end but not closed
   * @throws JsonFormatException if the document is not a valid assessment
   * @throws UncheckedIOException if {@code reader} fails
   */
  public static Assessment readAssessment(String name, Reader reader) {
    Objects.requireNonNull(name, "name");
    return new Decoder(name).assessment(parse(name, reader));
  }

  /**
   * Reads an assessment ({@code "rubric-assessment/1"}) from text.
   *
   * @param name the document's name for messages, usually its file name
   * @param json the document
   * @throws JsonFormatException if the document is not a valid assessment
   */
  public static Assessment readAssessment(String name, String json) {
    return readAssessment(name, new StringReader(Objects.requireNonNull(json, "json")));
  }

  /**
   * Reads a scorecard ({@code "rubric-scorecard/1"}), for hosts that store scorecards as JSON.
   *
   * @param name the document's name for messages, usually its file name
   * @param reader the document; read to its end but not closed
   * @throws JsonFormatException if the document is not a valid scorecard
   * @throws UncheckedIOException if {@code reader} fails
   */
  public static Scorecard readScorecard(String name, Reader reader) {
    Objects.requireNonNull(name, "name");
    return Scorecards.fromDocument(PRIVATE, name, parse(name, reader));
  }

  /**
   * Reads a scorecard ({@code "rubric-scorecard/1"}) from text.
   *
   * @param name the document's name for messages, usually its file name
   * @param json the document
   * @throws JsonFormatException if the document is not a valid scorecard
   */
  public static Scorecard readScorecard(String name, String json) {
    return readScorecard(name, new StringReader(Objects.requireNonNull(json, "json")));
  }

  // ---------------------------------------------------------------- writing

  /** Returns {@code file} as a {@code "rubric-evidence/1"} document, ending with a newline. */
  public static String write(EvidenceFile file) {
    return writeValue(Objects.requireNonNull(file, "file"));
  }

  /**
   * Returns {@code assessment} as a {@code "rubric-assessment/1"} document, ending with a newline.
   */
  public static String write(Assessment assessment) {
    return writeValue(Objects.requireNonNull(assessment, "assessment"));
  }

  /**
   * Returns {@code scorecard} as a {@code "rubric-scorecard/1"} document, ending with a newline: a
   * {@code "format"} field followed by the scorecard's properties in the order its type declares.
   */
  public static String write(Scorecard scorecard) {
    return writeValue(
        Scorecards.toDocument(PRIVATE, Objects.requireNonNull(scorecard, "scorecard")));
  }

  private static String writeValue(Object value) {
    try {
      return WRITER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("bug: cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  // ---------------------------------------------------------------- parsing

  /** Parses {@code reader} into a tree, reporting malformed JSON with its line, column and path. */
  static Tree parse(String name, Reader reader) {
    Objects.requireNonNull(reader, "reader");
    try (JsonParser p = FACTORY.createParser(skipByteOrderMark(reader))) {
      try {
        if (p.nextToken() == null) {
          throw new JsonFormatException(
              name, 1, 1, "$", "expected a JSON value but found end of input");
        }
        Tree root = Tree.read(p);
        JsonLocation end = p.currentLocation();
        JsonToken extra;
        try {
          extra = p.nextToken();
        } catch (StreamConstraintsException e) {
          throw e;
        } catch (JsonProcessingException e) {
          JsonLocation at = e.getLocation() != null ? e.getLocation() : end;
          throw new JsonFormatException(
              name,
              at.getLineNr(),
              at.getColumnNr(),
              "$",
              "expected end of input but found " + found(e));
        }
        if (extra != null) {
          JsonLocation at = p.currentTokenLocation();
          throw new JsonFormatException(
              name,
              at.getLineNr(),
              at.getColumnNr(),
              "$",
              "expected end of input but found " + describe(p, extra));
        }
        return root;
      } catch (JsonProcessingException e) {
        JsonLocation at = location(p, e);
        throw new JsonFormatException(
            name, at.getLineNr(), at.getColumnNr(), path(p.getParsingContext()), detail(e));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns where a parse error lies: the start of the string or number that broke a limit, else
   * the position Jackson reports.
   */
  private static JsonLocation location(JsonParser p, JsonProcessingException e) {
    if (e instanceof StreamConstraintsException
        && p.currentToken() != null
        && p.currentToken().isScalarValue()) {
      return p.currentTokenLocation();
    }
    return e.getLocation() != null ? e.getLocation() : p.currentLocation();
  }

  private static Reader skipByteOrderMark(Reader reader) throws IOException {
    PushbackReader r = new PushbackReader(reader, 1);
    int first = r.read();
    if (first != -1 && first != '\uFEFF') {
      r.unread(first);
    }
    return r;
  }

  private static final Pattern UNEXPECTED =
      Pattern.compile(
          "Unexpected character \\('(.+?)' \\(code \\d+[^)]*\\)\\):? (?:was expecting|expected) (.*)",
          Pattern.DOTALL);
  private static final Pattern UNRECOGNIZED =
      Pattern.compile("Unrecognized token '(.*?)': was expecting .*", Pattern.DOTALL);
  private static final Pattern DUPLICATE =
      Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);
  private static final Pattern CLOSE =
      Pattern.compile("Unexpected close marker '(.)'.*", Pattern.DOTALL);
  private static final Pattern NESTING =
      Pattern.compile("Document nesting depth \\((\\d+)\\) exceeds.*", Pattern.DOTALL);
  private static final Pattern STRING_LENGTH =
      Pattern.compile("String value length \\((\\d+)\\) exceeds.*", Pattern.DOTALL);
  private static final Pattern DOCUMENT_LENGTH =
      Pattern.compile("Document length \\((\\d+)\\) exceeds.*", Pattern.DOTALL);

  /** Rewrites Jackson's parse errors as "expected ... but found ..." where it knows the case. */
  private static String detail(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    Matcher x;
    if ((x = UNEXPECTED.matcher(m)).matches()) {
      return "expected " + expectation(x.group(2)) + " but found '" + x.group(1) + "'";
    }
    if ((x = UNRECOGNIZED.matcher(m)).matches()) {
      return "expected a JSON value but found '" + x.group(1) + "'";
    }
    if ((x = DUPLICATE.matcher(m)).matches()) {
      return "duplicate field '" + x.group(1) + "'";
    }
    if ((x = CLOSE.matcher(m)).matches()) {
      return "expected a value but found '" + x.group(1) + "'";
    }
    if (e instanceof StreamConstraintsException) {
      if ((x = NESTING.matcher(m)).matches()) {
        return "expected nesting depth at most " + MAX_NESTING_DEPTH + " but found " + x.group(1);
      }
      if ((x = STRING_LENGTH.matcher(m)).matches()) {
        return "expected a string of at most "
            + MAX_STRING_LENGTH
            + " characters but found "
            + x.group(1);
      }
      if ((x = DOCUMENT_LENGTH.matcher(m)).matches()) {
        return "expected a document of at most "
            + MAX_DOCUMENT_LENGTH
            + " characters but found more";
      }
    }
    if (m.startsWith("Unexpected end-of-input")) {
      return "unexpected end of input";
    }
    String first = m.split("\n", 2)[0];
    return first.isEmpty()
        ? "malformed JSON"
        : Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }

  private static String expectation(String jackson) {
    if (jackson.startsWith("comma to separate Object")) {
      return "',' or '}'";
    }
    if (jackson.startsWith("comma to separate Array")) {
      return "',' or ']'";
    }
    if (jackson.startsWith("double-quote to start field name")) {
      return "a field name in double quotes";
    }
    if (jackson.startsWith("a colon")) {
      return "':'";
    }
    return "a JSON value";
  }

  private static String found(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    Matcher x;
    if ((x = UNEXPECTED.matcher(m)).matches()
        || (x = UNRECOGNIZED.matcher(m)).matches()
        || (x = CLOSE.matcher(m)).matches()) {
      return "'" + x.group(1) + "'";
    }
    return "more content";
  }

  private static String describe(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT:
        return "'{'";
      case START_ARRAY:
        return "'['";
      case VALUE_STRING:
        return "string " + Tree.quote(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + Tree.abbreviate(p.getText());
      default:
        return "'" + p.getText() + "'";
    }
  }

  /** Returns the JSON path of the parser's current position, e.g. {@code $.evidence[2]}. */
  static String path(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.getEntryCount() > 0) {
          segments.addFirst("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.getCurrentName() != null) {
        segments.addFirst(Decoder.segment(c.getCurrentName()));
      }
    }
    return "$" + String.join("", segments);
  }

  // ---------------------------------------------------------------- configuration

  private static JsonFactory newFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .build();
  }

  private static ObjectMapper newMapper() {
    return JsonMapper.builder(newFactory())
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .addModule(module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(
                JsonInclude.Include.NON_ABSENT, JsonInclude.Include.USE_DEFAULTS))
        .withCoercionConfig(
            LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Float, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Boolean, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
        .defaultPrettyPrinter(prettyPrinter())
        .build();
  }

  /**
   * Two-space indentation, {@code "\n"} line ends, {@code "key": value}, {@code {}} and {@code []}
   * when empty.
   */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  // ---------------------------------------------------------------- module adapters

  /**
   * Writes {@link LocalizedText} with the authoritative Vietnamese first, whatever the sort order.
   */
  @JsonPropertyOrder({"vi", "en"})
  private interface LocalizedTextOrder {}

  /** Writes one value through the encoder. */
  @FunctionalInterface
  interface ValueWriter<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  /** Reads one value through the decoder. */
  @FunctionalInterface
  interface ValueReader<T> {
    T read(Decoder d, Decoder.At at);
  }

  private static final class Writing<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final ValueWriter<T> writer;

    Writing(Class<T> type, ValueWriter<T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public Class<T> handledType() {
      return type;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      writer.write(g, value);
    }
  }

  private static final class Reading<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final ValueReader<T> reader;

    Reading(Class<T> type, ValueReader<T> reader) {
      this.type = type;
      this.reader = reader;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      Tree tree = Tree.read(p);
      try {
        return reader.read(new Decoder("json"), new Decoder.At(tree, "$"));
      } catch (JsonFormatException e) {
        MismatchedInputException m =
            MismatchedInputException.from(
                p, type, e.line() + ":" + e.column() + ": " + e.path() + ": " + e.detail());
        m.initCause(e);
        throw m;
      }
    }
  }
}
