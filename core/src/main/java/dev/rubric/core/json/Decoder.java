package dev.rubric.core.json;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Decimal;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.assessment.AssessedScore;
import dev.rubric.core.assessment.Assessment;
import dev.rubric.core.assessment.Round;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.evidence.Provenance;
import dev.rubric.core.internal.Checks;
import dev.rubric.core.message.Message;
import dev.rubric.core.waiver.Waiver;
import dev.rubric.core.waiver.WaiverEffect;
import dev.rubric.core.waiver.WaiverLocation;
import dev.rubric.core.waiver.Waivers;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a {@link Tree} into model values, checking every field's presence and JSON type and
 * reporting the first problem as a {@link JsonFormatException} with the value's path and position.
 * Decodes evidence files and assessments, and provides the scalars, containers and errors that
 * {@link Scorecards} decodes scorecards with.
 */
/*
 * Implementation notes. Decoding is hand-written rather than driven by annotations on the model
 * types so that every message says exactly what was expected ("a non-negative decimal number") and
 * what was found (string "abc"), the evidence item can be flat ({"type": "ratio", "numerator": ...,
 * "status": ...}), and no reflection decides what gets instantiated: the "type" names form a closed
 * table.
 *
 * Positions and paths. The decoder works on the Tree that TreeReader built from the parser's
 * tokens, in which every value and field name carries the line and column the parser reported
 * for it. The path is tracked alongside: an At pairs a tree node with its JSON path, and descending
 * into a member or an element appends ".name" (or "['name']") or "[index]", the same segments that
 * TreeReader renders from the parser's context. An error names the position of the node it is
 * about (a value, the name of an unknown field, or the object whose invariant failed) and its path.
 *
 * Fields are checked in this order: the JSON type of the container, unknown fields, then each known
 * field in declaration order (a missing required field is reported at the object), then the model
 * invariants, which constructors enforce (their IllegalArgumentException is reported at the path of
 * the object being built).
 */
final class Decoder {

  /** The {@code "format"} of an evidence file. */
  static final String EVIDENCE_FORMAT = "rubric-evidence/1";

  /** The {@code "format"} of an assessment file. */
  static final String ASSESSMENT_FORMAT = "rubric-assessment/1";

  /** The {@code "format"} of a waivers file. */
  static final String WAIVERS_FORMAT = "rubric-waivers/1";

  /** Digits allowed before, and separately after, the decimal point of a number. */
  static final int MAX_DIGITS = 64;

  private static final List<String> EVIDENCE_TYPES =
      List.of("document", "count", "quantity", "ratio", "flag", "choice", "date", "text");
  private static final List<String> ATTRIBUTE_TYPES = List.of("flag", "number", "text", "date");
  private static final List<String> ENVELOPE =
      List.of("type", "status", "explanation", "provenance");

  private final String source;
  private final boolean listsKnownFields;

  /**
   * Creates a decoder for one document.
   *
   * @param source the document's name for messages
   * @param listsKnownFields whether an unknown field is reported at its name with the fields that
   *     are allowed ({@code "unknown field 'foo'; expected one of 'type', ..."}), as evidence files
   *     and assessments do, or at its value with its name only, as scorecards do
   */
  Decoder(String source, boolean listsKnownFields) {
    this.source = source;
    this.listsKnownFields = listsKnownFields;
  }

  /** Returns the document's name for messages. */
  String source() {
    return source;
  }

  /** A value and its JSON path. */
  record At(Tree node, String path) {
    At field(Tree.Member m) {
      return new At(m.value(), path + segment(m.name()));
    }

    At index(int i, Tree item) {
      return new At(item, path + "[" + i + "]");
    }
  }

  /**
   * Returns the path segment for a field: {@code .name}, or {@code ['name']} for non-identifiers.
   */
  static String segment(String name) {
    if (Checks.isIdentifier(name)) {
      return "." + name;
    }
    return "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  // ---------------------------------------------------------------- documents

  EvidenceFile evidenceFile(Tree root) {
    At at = new At(root, "$");
    Fields f = fields(at, "format", "unit", "period", "note", "evidence");
    format(f.required("format"), EVIDENCE_FORMAT);
    Unit unit = unit(f.required("unit"));
    Period period = period(f.required("period"));
    Optional<String> note = f.optional("note").map(this::string);
    At items = f.required("evidence");
    EvidenceSet.Builder set =
        EvidenceSet.builder().unitCode(unit.code()).periodId(period.id()).note(note);
    for (Tree.Member m :
        object(items, Words.say("json.expect.evidence-items")).members().values()) {
      At item = items.field(m);
      build(item, () -> Checks.identifier("evidenceSet.evidence", m.name()));
      set.putEvidence(m.name(), evidence(item));
    }
    EvidenceSet evidence = build(at, set::build);
    return build(at, () -> new EvidenceFile(unit, period, evidence));
  }

  Assessment assessment(Tree root) {
    At at = new At(root, "$");
    Fields f = fields(at, "format", "unit", "period", "catalog", "catalogVersion", "scores");
    format(f.required("format"), ASSESSMENT_FORMAT);
    Assessment.Builder b =
        Assessment.builder()
            .unitCode(string(f.required("unit")))
            .periodId(string(f.required("period")))
            .catalogId(string(f.required("catalog")))
            .catalogVersion(string(f.required("catalogVersion")))
            .source(source);
    b.addAllScores(list(f.required("scores"), Words.say("json.expect.scores"), Decoder::score));
    return build(at, b::build);
  }

  Waivers waivers(Tree root) {
    At at = new At(root, "$");
    Fields f = fields(at, "format", "waivers");
    format(f.required("format"), WAIVERS_FORMAT);
    List<Waiver> waivers =
        list(f.required("waivers"), Words.say("json.expect.waivers"), Decoder::waiver);
    Map<String, Waiver> seen = new HashMap<>();
    for (Waiver w : waivers) {
      Waiver first = seen.putIfAbsent(w.unitCode() + "\u0000" + w.criterionCode(), w);
      if (first != null) {
        WaiverLocation l = w.location().orElseThrow();
        throw new JsonFormatException(
            source,
            l.line(),
            l.column(),
            l.path(),
            Words.say(
                "json.duplicate-waiver",
                "unit",
                w.unitCode(),
                "criterion",
                w.criterionCode(),
                "first",
                first.location().orElseThrow().path()));
      }
    }
    return build(at, () -> Waivers.of(waivers));
  }

  Waiver waiver(At at) {
    Fields f = fields(at, WAIVER_FIELDS.toArray(String[]::new));
    Waiver.Builder b =
        Waiver.builder()
            .unitCode(string(f.required("unit")))
            .criterionCode(string(f.required("criterion")));
    waiverFields(f, b);
    b.location(new WaiverLocation(source, at.node().line(), at.node().column(), at.path()));
    return build(at, b::build);
  }

  /**
   * Reads the waiver a scorecard's node carries: a waiver's fields without its unit and criterion,
   * which are the scorecard's unit and the node's code.
   */
  Waiver nodeWaiver(At at, String unitCode, String criterionCode) {
    Fields f = fields(at, WAIVER_FIELDS.subList(2, WAIVER_FIELDS.size()).toArray(String[]::new));
    Waiver.Builder b = Waiver.builder().unitCode(unitCode).criterionCode(criterionCode);
    waiverFields(f, b);
    return build(at, b::build);
  }

  private static final List<String> WAIVER_FIELDS =
      List.of(
          "unit",
          "criterion",
          "effect",
          "points",
          "reason",
          "decision",
          "approver",
          "validFrom",
          "validUntil");

  private void waiverFields(Fields f, Waiver.Builder b) {
    b.effect(
        oneOf(
            f.required("effect"),
            Words.say("json.what.waiver-effect"),
            Arrays.stream(WaiverEffect.values()).map(WaiverEffect::code).toList(),
            WaiverEffect::fromCode));
    f.optional("points").ifPresent(p -> b.points(decimal(p, Words.DECIMAL)));
    b.reason(string(f.required("reason")))
        .decision(string(f.required("decision")))
        .approver(string(f.required("approver")))
        .validFrom(date(f.required("validFrom")))
        .validUntil(date(f.required("validUntil")));
  }

  /** Checks that the {@code "format"} field at {@code at} is {@code expected}. */
  void format(At at, String expected) {
    if (!(at.node() instanceof Tree.Str s && s.value().equals(expected))) {
      throw fail(at, Words.expected("'" + expected + "'", at.node().describe()));
    }
  }

  // ---------------------------------------------------------------- parts

  Unit unit(At at) {
    Fields f = fields(at, "code", "name", "level", "kind", "parent", "attributes");
    Unit.Builder b =
        Unit.builder()
            .code(string(f.required("code")))
            .name(string(f.required("name")))
            .level(string(f.required("level")))
            .kind(string(f.required("kind")));
    f.optional("parent").ifPresent(p -> b.parentCode(string(p)));
    f.optional("attributes")
        .ifPresent(
            attributes -> {
              for (Tree.Member m :
                  object(attributes, Words.say("json.expect.attributes")).members().values()) {
                At attribute = attributes.field(m);
                build(attribute, () -> Checks.identifier("unit.attributes", m.name()));
                b.putAttributes(m.name(), attribute(attribute));
              }
            });
    return build(at, b::build);
  }

  AttributeValue attribute(At at) {
    Tree.Obj obj = object(at, Words.say("json.expect.attribute"));
    Optional<String> type = type(at, obj, ATTRIBUTE_TYPES, Words.say("json.what.attribute-type"));
    Fields f = fields(at, "type", "value");
    if (type.isEmpty()) {
      throw missing(at, "type");
    }
    At value = f.required("value");
    switch (type.get()) {
      case "flag" -> {
        return new AttributeValue.Flag(bool(value));
      }
      case "number" -> {
        return new AttributeValue.NumberValue(decimal(value, Words.DECIMAL));
      }
      case "text" -> {
        return build(at, () -> new AttributeValue.TextValue(string(value)));
      }
      case "date" -> {
        LocalDate date = date(value);
        return build(at, () -> new AttributeValue.DateValue(date));
      }
      default -> throw new IllegalStateException("bug: attribute type " + type.get());
    }
  }

  Period period(At at) {
    if (at.node() instanceof Tree.Str s && s.value().length() == 4 && digits(s.value(), 0) == 4) {
      return build(at, () -> Period.year(Integer.parseInt(s.value())));
    }
    if (!(at.node() instanceof Tree.Obj)) {
      throw expected(at, Words.PERIOD);
    }
    Fields f = fields(at, "id", "start", "end", "asOf");
    String id = string(f.required("id"));
    LocalDate start = date(f.required("start"));
    LocalDate end = date(f.required("end"));
    LocalDate asOf = f.optional("asOf").map(this::date).orElse(end);
    return build(at, () -> new Period(id, start, end, asOf));
  }

  Evidence evidence(At at) {
    Tree.Obj obj = object(at, Words.say("json.expect.evidence"));
    Optional<String> type = type(at, obj, EVIDENCE_TYPES, Words.say("json.what.evidence-type"));
    List<String> known = new ArrayList<>(ENVELOPE);
    type.ifPresent(t -> known.addAll(valueFields(t)));
    Fields f = fields(at, known.toArray(String[]::new));
    Optional<EvidenceStatus> status =
        f.optional("status")
            .map(
                s ->
                    oneOf(
                        s,
                        Words.say("json.what.status"),
                        Arrays.stream(EvidenceStatus.values()).map(EvidenceStatus::code).toList(),
                        EvidenceStatus::fromCode));
    if (status.isEmpty() && type.isEmpty()) {
      throw fail(at, Words.say("json.missing-status"));
    }
    Optional<EvidenceValue> value = type.map(t -> evidenceValue(at, t, f));
    Optional<String> explanation = f.optional("explanation").map(this::string);
    Provenance provenance = f.optional("provenance").map(this::provenance).orElse(Provenance.NONE);
    checkStatus(at, status.orElse(EvidenceStatus.PROVIDED), value, explanation);
    return build(
        at,
        () -> new Evidence(status.orElse(EvidenceStatus.PROVIDED), value, explanation, provenance));
  }

  private static List<String> valueFields(String type) {
    return switch (type) {
      case "document" ->
          List.of("number", "title", "issued", "issuer", "locator", "uri", "contentHash");
      case "quantity" -> List.of("amount", "unit");
      case "ratio" -> List.of("numerator", "denominator");
      case "choice" -> List.of("option");
      default -> List.of("value");
    };
  }

  private EvidenceValue evidenceValue(At at, String type, Fields f) {
    switch (type) {
      case "document" -> {
        Optional<String> number = f.optional("number").map(this::string);
        Optional<String> title = f.optional("title").map(this::string);
        Optional<LocalDate> issued = f.optional("issued").map(this::date);
        Optional<String> issuer = f.optional("issuer").map(this::string);
        Optional<String> locator = f.optional("locator").map(this::string);
        Optional<URI> uri = f.optional("uri").map(this::uri);
        Optional<String> hash = f.optional("contentHash").map(this::string);
        return build(
            at,
            () -> new EvidenceValue.Document(number, title, issued, issuer, locator, uri, hash));
      }
      case "count" -> {
        long value = integer(f.required("value"), Words.NON_NEGATIVE_INTEGER);
        if (value < 0) {
          throw fail(at, Words.say("json.count.negative", "value", value));
        }
        return build(at, () -> new EvidenceValue.Count(value));
      }
      case "quantity" -> {
        Decimal amount = decimal(f.required("amount"), Words.DECIMAL);
        String unit = string(f.required("unit"));
        return build(at, () -> new EvidenceValue.Quantity(amount, unit));
      }
      case "ratio" -> {
        Decimal numerator = decimal(f.required("numerator"), Words.NON_NEGATIVE_DECIMAL);
        Decimal denominator = decimal(f.required("denominator"), Words.NON_NEGATIVE_DECIMAL);
        checkRatio(at, numerator, denominator);
        return build(at, () -> new EvidenceValue.Ratio(numerator, denominator));
      }
      case "flag" -> {
        return new EvidenceValue.Flag(bool(f.required("value")));
      }
      case "choice" -> {
        String option = string(f.required("option"));
        return build(at, () -> new EvidenceValue.Choice(option));
      }
      case "date" -> {
        LocalDate date = date(f.required("value"));
        return build(at, () -> new EvidenceValue.DateValue(date));
      }
      case "text" -> {
        String text = string(f.required("value"));
        return build(at, () -> new EvidenceValue.TextValue(text));
      }
      default -> throw new IllegalStateException("bug: evidence type " + type);
    }
  }

  /**
   * Reports the ratio's invariants that {@link EvidenceValue.Ratio} checks, in the same order and,
   * in English, the same words, so that the most common mistakes of evidence files read in every
   * language.
   */
  private void checkRatio(At at, Decimal numerator, Decimal denominator) {
    if (numerator.signum() < 0) {
      throw fail(at, Words.say("json.ratio.negative-numerator", "value", numerator.toString()));
    }
    if (denominator.signum() < 0) {
      throw fail(at, Words.say("json.ratio.negative-denominator", "value", denominator.toString()));
    }
    if (denominator.signum() == 0 && numerator.signum() > 0) {
      throw fail(at, Words.say("json.ratio.zero-denominator", "numerator", numerator.toString()));
    }
    if (numerator.isGreaterThan(denominator)) {
      throw fail(
          at,
          Words.say(
              "json.ratio.above-one",
              "denominator",
              denominator.toString(),
              "numerator",
              numerator.toString()));
    }
  }

  /**
   * Reports the combinations of status, value and explanation that {@link Evidence} rejects, in the
   * same order and, in English, the same words; a blank explanation is left to the model.
   */
  private void checkStatus(
      At at, EvidenceStatus status, Optional<EvidenceValue> value, Optional<String> explanation) {
    if (explanation.isPresent() && explanation.get().isBlank()) {
      return;
    }
    if (status == EvidenceStatus.PROVIDED && value.isEmpty()) {
      throw fail(at, Words.say("json.evidence.value-needed"));
    }
    if (!status.allowsValue() && value.isPresent()) {
      throw fail(
          at,
          Words.say(
              "json.evidence.no-value", "status", status.code(), "type", value.get().typeName()));
    }
    if (status == EvidenceStatus.MISSING_EXPLAINED && explanation.isEmpty()) {
      throw fail(at, Words.say("json.evidence.explanation-needed"));
    }
    if ((status == EvidenceStatus.PROVIDED || status == EvidenceStatus.MISSING)
        && explanation.isPresent()) {
      throw fail(
          at,
          Words.say(
              "json.evidence.no-explanation",
              "status",
              status.code(),
              "explanation",
              explanation.get()));
    }
  }

  Provenance provenance(At at) {
    Fields f = fields(at, "sourceSystem", "submittedBy", "submittedAt", "verifiedBy");
    Optional<String> sourceSystem = f.optional("sourceSystem").map(this::string);
    Optional<String> submittedBy = f.optional("submittedBy").map(this::string);
    Optional<OffsetDateTime> submittedAt = f.optional("submittedAt").map(this::dateTime);
    Optional<String> verifiedBy = f.optional("verifiedBy").map(this::string);
    return build(at, () -> new Provenance(sourceSystem, submittedBy, submittedAt, verifiedBy));
  }

  AssessedScore score(At at) {
    Fields f = fields(at, "criterion", "round", "points", "remark", "by", "date", "evidence");
    AssessedScore.Builder b =
        AssessedScore.builder()
            .criterionCode(string(f.required("criterion")))
            .round(
                oneOf(
                    f.required("round"),
                    Words.say("json.what.round"),
                    Arrays.stream(Round.values()).map(Round::code).toList(),
                    Round::fromCode))
            .points(decimal(f.required("points"), Words.DECIMAL));
    f.optional("remark").ifPresent(r -> b.remark(string(r)));
    f.optional("by").ifPresent(r -> b.by(string(r)));
    f.optional("date").ifPresent(d -> b.date(date(d)));
    f.optional("evidence")
        .ifPresent(
            e ->
                b.addAllEvidence(
                    list(e, Words.say("json.expect.evidence-references"), Decoder::string)));
    b.source(source + ":" + at.node().line() + ":" + at.node().column() + " (" + at.path() + ")");
    return build(at, b::build);
  }

  // ---------------------------------------------------------------- scalars

  String string(At at) {
    if (at.node() instanceof Tree.Str s) {
      return s.value();
    }
    throw expected(at, Words.STRING);
  }

  boolean bool(At at) {
    if (at.node() instanceof Tree.Bool b) {
      return b.value();
    }
    throw expected(at, Words.BOOLEAN);
  }

  Decimal decimal(At at, Message expected) {
    if (!(at.node() instanceof Tree.Num n)) {
      throw expected(at, expected);
    }
    BigDecimal v = n.value().signum() == 0 ? BigDecimal.ZERO : n.value().stripTrailingZeros();
    long integerDigits = (long) v.precision() - v.scale();
    if (integerDigits > MAX_DIGITS || v.scale() > MAX_DIGITS) {
      throw fail(
          at,
          Words.expected(
              Words.say("json.expect.digits", "expected", expected, "digits", MAX_DIGITS),
              n.describe()));
    }
    return Decimal.of(v);
  }

  long integer(At at, Message expected) {
    if (at.node() instanceof Tree.Num n
        && n.integral()
        && n.value().compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
        && n.value().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
      return n.value().longValueExact();
    }
    throw expected(at, expected);
  }

  LocalDate date(At at) {
    if (at.node() instanceof Tree.Str s && s.value().length() == 10 && startsWithDate(s.value())) {
      try {
        return LocalDate.parse(s.value());
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw expected(at, Words.DATE);
  }

  OffsetDateTime dateTime(At at) {
    if (at.node() instanceof Tree.Str s && startsWithDate(s.value())) {
      try {
        return OffsetDateTime.parse(s.value(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw expected(
        at, Words.say("json.expect.date-time", "example", "'2022-09-21T08:30:00+07:00'"));
  }

  /** Returns whether {@code s} starts with ASCII digits in the form {@code dddd-dd-dd}. */
  private static boolean startsWithDate(String s) {
    return s.length() >= 10
        && digits(s, 0) >= 4
        && s.charAt(4) == '-'
        && digits(s, 5) >= 2
        && s.charAt(7) == '-'
        && digits(s, 8) >= 2;
  }

  /** Returns how many ASCII digits {@code s} has from {@code from} on. */
  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  URI uri(At at) {
    if (at.node() instanceof Tree.Str s) {
      try {
        return new URI(s.value());
      } catch (URISyntaxException e) {
        // reported below
      }
    }
    throw expected(at, Words.URI);
  }

  <E> E oneOf(At at, Message what, List<String> codes, Function<String, Optional<E>> lookup) {
    if (at.node() instanceof Tree.Str s) {
      Optional<E> found = lookup.apply(s.value());
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw expected(at, Words.oneOf(what, codes));
  }

  private Optional<String> type(At at, Tree.Obj obj, List<String> types, Message what) {
    Tree.Member m = obj.members().get("type");
    if (m == null) {
      return Optional.empty();
    }
    return Optional.of(
        oneOf(at.field(m), what, types, t -> Optional.of(t).filter(types::contains)));
  }

  // ---------------------------------------------------------------- containers

  Tree.Obj object(At at, Message expected) {
    if (at.node() instanceof Tree.Obj o) {
      return o;
    }
    throw expected(at, expected);
  }

  Tree.Arr array(At at, Message expected) {
    if (at.node() instanceof Tree.Arr a) {
      return a;
    }
    throw expected(at, expected);
  }

  /** Reads one element of an array. */
  @FunctionalInterface
  interface Element<T> {
    T read(Decoder d, At at);
  }

  /** Returns the elements of the array at {@code at}, each read by {@code element}. */
  <T> List<T> list(At at, Element<T> element) {
    return list(at, Words.ARRAY, element);
  }

  private <T> List<T> list(At at, Message expected, Element<T> element) {
    List<Tree> items = array(at, expected).items();
    List<T> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      out.add(element.read(this, at.index(i, items.get(i))));
    }
    return out;
  }

  /** Returns a view of the object at {@code at} after rejecting fields outside {@code known}. */
  Fields fields(At at, String... known) {
    Tree.Obj obj = object(at, Words.OBJECT);
    Set<String> names = new LinkedHashSet<>(Arrays.asList(known));
    for (Tree.Member m : obj.members().values()) {
      if (!names.contains(m.name())) {
        At field = at.field(m);
        if (!listsKnownFields) {
          throw fail(field, Words.say("json.unknown-field", "name", m.name()));
        }
        throw new JsonFormatException(
            source,
            m.line(),
            m.column(),
            field.path(),
            Words.say("json.unknown-field-one-of", "name", m.name(), "names", list(names)));
      }
    }
    return new Fields(at, obj.members());
  }

  /** The known fields of one object. */
  final class Fields {
    private final At at;
    private final Map<String, Tree.Member> members;

    Fields(At at, Map<String, Tree.Member> members) {
      this.at = at;
      this.members = members;
    }

    Optional<At> optional(String name) {
      Tree.Member m = members.get(name);
      return m == null ? Optional.empty() : Optional.of(at.field(m));
    }

    At required(String name) {
      return optional(name).orElseThrow(() -> missing(at, name));
    }
  }

  // ---------------------------------------------------------------- errors

  <T> T build(At at, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      throw fail(at, Words.say("json.invalid", "reason", String.valueOf(e.getMessage())));
    }
  }

  JsonFormatException expected(At at, Message expected) {
    return fail(at, Words.expected(expected, at.node().describe()));
  }

  JsonFormatException missing(At at, String field) {
    return fail(at, Words.say("json.missing-field", "name", field));
  }

  JsonFormatException fail(At at, Message detail) {
    return new JsonFormatException(source, at.node().line(), at.node().column(), at.path(), detail);
  }

  private static String list(Set<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
