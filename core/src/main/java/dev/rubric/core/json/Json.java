package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waivers;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes Rubric's JSON formats.
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
 *       #write(Scorecard)}, {@link #readScorecard(String, Reader)};
 *   <li>{@code "rubric-waivers/1"}: {@link Waivers}, dated exemptions of units from criteria:
 *       {@link #readWaivers(String, Reader)}, {@link #write(Waivers)}.
 * </ul>
 *
 * <pre>{@code
 * EvidenceFile file = Json.readEvidence("phu-thong-2022.json", reader);
 * String text = Json.write(file);   // 2-space indent, '\n' line ends, trailing newline
 * }</pre>
 *
 * <p>Every format is read and written the same way: Jackson's streaming parser and generator
 * ({@code jackson-core}) feed Rubric's own decoders and encoders, which map each model type
 * explicitly; the model types carry no Jackson annotations and no data binding is involved. Hosts
 * that write JSON of their own in Rubric's layout can use {@link #generator(Writer)}.
 *
 * <p><b>Errors.</b> Readers throw the unchecked {@link JsonFormatException} for any problem with
 * the document: malformed JSON, input over the limits, a missing, unknown or mistyped field, or a
 * value that breaks an invariant of the model. Reading stops at the first problem, so there is one
 * outcome to report and an exception carries it; the exception's message names the source, line,
 * column and JSON path, for example {@code evidence.json:9:22:
 * $.evidence.ho_so_dung_han.denominator: expected a non-negative decimal number but found string
 * "abc"}, and its accessors return each part. The message is English; {@link
 * JsonFormatException#message(dev.rubric.core.Language)} words it in another language, such as
 * Vietnamese ({@code ... cần một số thập phân không âm nhưng gặp chuỗi "abc"}). An {@link
 * IOException} of the reader is rethrown as {@link UncheckedIOException}.
 *
 * <p><b>Strictness and limits.</b> Unknown fields, duplicate keys, {@code null} values and content
 * after the document are rejected; numbers are never read from strings. Documents may be at most 16
 * MiB, strings and field names at most 1 MiB, and values nested at most 64 deep. Polymorphic values
 * carry an explicit {@code "type"} name from a closed table; no class names ever appear in JSON.
 *
 * <p><b>Determinism.</b> Writers produce byte-identical output for equal values: fixed property
 * order, maps in key order, absent values left out, decimals written plain.
 *
 * <p>This class is thread-safe.
 */
public final class Json {

  /** The formats whose JSON Schema {@link #schema(String)} returns, in the order it lists them. */
  public static final List<String> SCHEMA_FORMATS =
      List.of(
          "rubric-evidence/1",
          "rubric-assessment/1",
          "rubric-scorecard/1",
          "rubric-waivers/1",
          "rubric-mapping/1",
          "rubric-succession/1",
          "rubric-diff/1",
          "rubric-comparison/1",
          "rubric-reconciliation/1",
          "rubric-ranking/1",
          "rubric-advice/1",
          "rubric-robustness/1");

  private Json() {}

  /** The longest document accepted, in characters: 16 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  /** The longest string value or field name accepted, in characters: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 64;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();

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
    return new Decoder(name, true).evidenceFile(parse(name, reader));
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
    return new Decoder(name, true).assessment(parse(name, reader));
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
    return Scorecards.read(new Decoder(name, false), parse(name, reader));
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

  /**
   * Reads a waivers document ({@code "rubric-waivers/1"}). Each waiver remembers where it was read
   * ({@link dev.rubric.core.waiver.Waiver#location()}), so that applying it to a catalog can name
   * its position too.
   *
   * @param name the document's name for messages, usually its file name
   * @param reader the document; read to its end but not closed
   * @throws JsonFormatException if the document is not a valid waivers document
   * @throws UncheckedIOException if {@code reader} fails
   */
  public static Waivers readWaivers(String name, Reader reader) {
    Objects.requireNonNull(name, "name");
    return new Decoder(name, true).waivers(parse(name, reader));
  }

  /**
   * Reads a waivers document ({@code "rubric-waivers/1"}) from text.
   *
   * @param name the document's name for messages, usually its file name
   * @param json the document
   * @throws JsonFormatException if the document is not a valid waivers document
   */
  public static Waivers readWaivers(String name, String json) {
    return readWaivers(name, new StringReader(Objects.requireNonNull(json, "json")));
  }

  private static Tree parse(String name, Reader reader) {
    return TreeReader.read(name, Objects.requireNonNull(reader, "reader"));
  }

  // ---------------------------------------------------------------- writing

  /**
   * Returns the JSON Schema (draft 2020-12) of a document format Rubric reads or writes, as shipped
   * in this jar, by the value of the document's {@code "format"} property: {@code
   * "rubric-evidence/1"}, {@code "rubric-assessment/1"}, {@code "rubric-scorecard/1"}, {@code
   * "rubric-waivers/1"}, {@code "rubric-mapping/1"}, {@code "rubric-succession/1"}, {@code
   * "rubric-diff/1"}, {@code "rubric-comparison/1"}, {@code "rubric-reconciliation/1"}, {@code
   * "rubric-ranking/1"}, {@code "rubric-advice/1"} or {@code "rubric-robustness/1"} ({@link
   * #SCHEMA_FORMATS}). A host validates documents with it before handing them on, without copying
   * the schema files. On the class path the schemas are also the resources {@code
   * dev/rubric/core/json/schemas/<name>.schema.json}, where {@code <name>} is the format's name
   * without {@code rubric-} and the version.
   *
   * @throws IllegalArgumentException if {@code format} is none of these
   */
  public static String schema(String format) {
    Objects.requireNonNull(format, "format");
    if (!SCHEMA_FORMATS.contains(format)) {
      throw new IllegalArgumentException(
          "format: expected one of "
              + String.join(", ", SCHEMA_FORMATS)
              + " but found '"
              + format
              + "'");
    }
    String file = format.substring("rubric-".length(), format.indexOf('/'));
    try (InputStream in = Json.class.getResourceAsStream("schemas/" + file + ".schema.json")) {
      if (in == null) {
        throw new IllegalStateException("the schema of " + format + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns {@code file} as a {@code "rubric-evidence/1"} document, ending with a newline. */
  public static String write(EvidenceFile file) {
    return write(Encoder::evidenceFile, Objects.requireNonNull(file, "file"));
  }

  /**
   * Returns {@code assessment} as a {@code "rubric-assessment/1"} document, ending with a newline.
   */
  public static String write(Assessment assessment) {
    return write(Encoder::assessment, Objects.requireNonNull(assessment, "assessment"));
  }

  /** Returns {@code waivers} as a {@code "rubric-waivers/1"} document, ending with a newline. */
  public static String write(Waivers waivers) {
    return write(Encoder::waivers, Objects.requireNonNull(waivers, "waivers"));
  }

  /**
   * Returns {@code scorecard} as a {@code "rubric-scorecard/1"} document, ending with a newline: a
   * {@code "format"} field followed by the scorecard's properties in the order its type declares.
   */
  public static String write(Scorecard scorecard) {
    return write(Scorecards::write, Objects.requireNonNull(scorecard, "scorecard"));
  }

  /**
   * Returns a generator that writes JSON to {@code writer} in the layout of Rubric's documents: two
   * spaces of indentation, {@code '\n'} line ends, {@code "name": value}, empty objects and arrays
   * as {@code {}} and {@code []}, and {@link java.math.BigDecimal}s in plain notation. Closing the
   * generator flushes it but leaves {@code writer} open; the generator writes no final newline,
   * which Rubric's documents end with.
   *
   * <pre>{@code
   * try (JsonGenerator g = Json.generator(writer)) {
   *   g.writeStartObject();
   *   g.writeStringField("format", "my-ranking/1");
   *   g.writeEndObject();
   * }
   * writer.write('\n');
   * }</pre>
   */
  public static JsonGenerator generator(Writer writer) {
    Objects.requireNonNull(writer, "writer");
    try {
      return FACTORY.createGenerator(writer).setPrettyPrinter(prettyPrinter());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static <T> String write(Encoder.ValueWriter<T> writer, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out)) {
      writer.write(g, value);
    } catch (IOException e) {
      throw new IllegalStateException("bug: cannot write " + value.getClass().getSimpleName(), e);
    }
    return out.append('\n').toString();
  }

  /**
   * Two-space indentation, {@code "\n"} line ends, {@code "key": value}, {@code {}} and {@code []}
   * when empty; a new instance per generator, as the printer keeps the nesting level.
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
}
