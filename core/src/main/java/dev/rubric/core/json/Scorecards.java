package dev.rubric.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.finding.Explanation;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.finding.FindingKind;
import dev.rubric.core.finding.Severity;
import dev.rubric.core.message.Message;
import dev.rubric.core.result.CatalogLayer;
import dev.rubric.core.result.ChannelTotal;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.NodeStatus;
import dev.rubric.core.result.Scorecard;
import dev.rubric.core.waiver.Waiver;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The scorecard format ({@code "rubric-scorecard/1"}): a {@code "format"} field, then a {@link
 * Scorecard}'s properties in the order of its accessors, with its nodes, channel totals, findings
 * and explanations. Enumerations are written as their lowercase constant names ({@code
 * "system_measured"}, {@code "not_met"}, {@code "major"}), the channel totals in {@link Channel}
 * order and a finding's arguments in key order, absent optional values are left out, and decimals
 * are plain numbers. Reading accepts exactly what writing produces, with the optional properties of
 * {@code docs/schemas/scorecard.schema.json} left out or not.
 */
final class Scorecards {
  private Scorecards() {}

  /** The {@code "format"} of a scorecard document. */
  static final String FORMAT = "rubric-scorecard/1";

  // ---------------------------------------------------------------- writing

  /** Writes {@code s} as a scorecard document. */
  static void write(JsonGenerator g, Scorecard s) throws IOException {
    g.writeStartObject();
    g.writeStringField("format", FORMAT);
    g.writeStringField("unitCode", s.unitCode());
    g.writeStringField("unitName", s.unitName());
    g.writeStringField("unitKind", s.unitKind());
    g.writeStringField("periodId", s.periodId());
    g.writeStringField("catalogId", s.catalogId());
    g.writeStringField("catalogVersion", s.catalogVersion());
    g.writeStringField("catalogHash", s.catalogHash());
    if (!s.catalogLayers().isEmpty()) {
      Encoder.arrayField(g, "catalogLayers", s.catalogLayers(), Scorecards::layer);
    }
    Encoder.arrayField(g, "nodes", s.nodes(), (gen, n) -> node(gen, n, s.waivers()));
    g.writeObjectFieldStart("channelTotals");
    for (Channel c : Channel.values()) {
      ChannelTotal t = s.channelTotals().get(c);
      if (t != null) {
        g.writeObjectFieldStart(code(c));
        decimalField(g, "earned", t.earned());
        decimalField(g, "applicableMax", t.applicableMax());
        g.writeEndObject();
      }
    }
    g.writeEndObject();
    decimalField(g, "bonus", s.bonus());
    decimalField(g, "penalty", s.penalty());
    decimalField(g, "total", s.total());
    decimalField(g, "index", s.index());
    decimalField(g, "indexRounded", s.indexRounded());
    g.writeNumberField("indexDecimals", s.indexDecimals());
    if (s.band().isPresent()) {
      g.writeFieldName("band");
      Encoder.localizedText(g, s.band().get());
    }
    Encoder.arrayField(g, "findings", s.findings(), Scorecards::finding);
    g.writeBooleanField("surveyIncluded", s.surveyIncluded());
    g.writeEndObject();
  }

  private static void layer(JsonGenerator g, CatalogLayer l) throws IOException {
    g.writeStartObject();
    g.writeStringField("catalogId", l.catalogId());
    g.writeStringField("catalogVersion", l.catalogVersion());
    g.writeStringField("hash", l.hash());
    g.writeEndObject();
  }

  private static void node(JsonGenerator g, NodeResult n, Map<String, Waiver> waivers)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("code", n.code());
    g.writeFieldName("title");
    Encoder.localizedText(g, n.title());
    g.writeStringField("channel", code(n.channel()));
    decimalField(g, "earned", n.earned());
    decimalField(g, "max", n.max());
    decimalField(g, "applicableMax", n.applicableMax());
    g.writeStringField("status", code(n.status()));
    g.writeFieldName("explanation");
    explanation(g, n.explanation());
    Encoder.arrayField(g, "children", n.children(), (gen, c) -> node(gen, c, waivers));
    Waiver w = waivers.get(n.code());
    if (w != null) {
      g.writeObjectFieldStart("waiver");
      Encoder.waiverFields(g, w);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void explanation(JsonGenerator g, Explanation e) throws IOException {
    g.writeStartObject();
    g.writeFieldName("text");
    Encoder.localizedText(g, e.text());
    Encoder.arrayField(g, "children", e.children(), Scorecards::explanation);
    g.writeEndObject();
  }

  private static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", f.code());
    g.writeStringField("severity", code(f.severity()));
    g.writeStringField("kind", code(f.kind()));
    Encoder.optional(g, "criterionCode", f.criterionCode());
    g.writeStringField("messageKey", f.messageKey());
    g.writeObjectFieldStart("arguments");
    for (Map.Entry<String, String> a : new TreeMap<>(f.arguments()).entrySet()) {
      g.writeStringField(a.getKey(), a.getValue());
    }
    g.writeEndObject();
    g.writeFieldName("message");
    Encoder.localizedText(g, f.message().text());
    Encoder.arrayField(g, "evidence", f.evidence(), JsonGenerator::writeString);
    if (f.recommendation().isPresent()) {
      g.writeFieldName("recommendation");
      Encoder.localizedText(g, f.recommendation().get());
    }
    decimalField(g, "pointsLost", f.pointsLost());
    g.writeEndObject();
  }

  private static void decimalField(JsonGenerator g, String name, Decimal d) throws IOException {
    g.writeFieldName(name);
    Encoder.decimal(g, d);
  }

  /** Returns the JSON name of a constant: its name in lowercase, e.g. {@code "system_measured"}. */
  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  // ---------------------------------------------------------------- reading

  /** Decodes a parsed scorecard document. */
  static Scorecard read(Decoder d, Tree root) {
    Decoder.At at = new Decoder.At(root, "$");
    Tree.Obj obj = d.object(at, Words.say("json.expect.scorecard"));
    Tree.Member format = obj.members().get("format");
    if (format == null) {
      throw d.missing(at, "format");
    }
    d.format(at.field(format), FORMAT);
    Decoder.Fields f =
        d.fields(
            at,
            "format",
            "unitCode",
            "unitName",
            "unitKind",
            "periodId",
            "catalogId",
            "catalogVersion",
            "catalogHash",
            "catalogLayers",
            "nodes",
            "channelTotals",
            "bonus",
            "penalty",
            "total",
            "index",
            "indexRounded",
            "indexDecimals",
            "band",
            "findings",
            "surveyIncluded");
    Scorecard.Builder b =
        Scorecard.builder()
            .unitCode(d.string(f.required("unitCode")))
            .unitName(d.string(f.required("unitName")))
            .unitKind(d.string(f.required("unitKind")))
            .periodId(d.string(f.required("periodId")))
            .catalogId(d.string(f.required("catalogId")))
            .catalogVersion(d.string(f.required("catalogVersion")))
            .catalogHash(d.string(f.required("catalogHash")));
    f.optional("catalogLayers")
        .ifPresent(layers -> b.catalogLayers(d.list(layers, Scorecards::layer)));
    String unitCode = d.string(f.required("unitCode"));
    Map<String, Waiver> waivers = new LinkedHashMap<>();
    f.optional("nodes")
        .ifPresent(nodes -> b.nodes(d.list(nodes, (dd, n) -> node(dd, n, unitCode, waivers))));
    b.waivers(waivers);
    f.optional("channelTotals").ifPresent(totals -> channelTotals(d, totals, b));
    b.bonus(d.decimal(f.required("bonus"), Words.DECIMAL))
        .penalty(d.decimal(f.required("penalty"), Words.DECIMAL))
        .total(d.decimal(f.required("total"), Words.DECIMAL))
        .index(d.decimal(f.required("index"), Words.DECIMAL))
        .indexRounded(d.decimal(f.required("indexRounded"), Words.DECIMAL))
        .indexDecimals(int32(d, f.required("indexDecimals")));
    f.optional("band").ifPresent(band -> b.band(text(d, band)));
    f.optional("findings").ifPresent(findings -> b.findings(d.list(findings, Scorecards::finding)));
    b.surveyIncluded(d.bool(f.required("surveyIncluded")));
    return d.build(at, b::build);
  }

  private static CatalogLayer layer(Decoder d, Decoder.At at) {
    Decoder.Fields f = d.fields(at, "catalogId", "catalogVersion", "hash");
    String id = d.string(f.required("catalogId"));
    String version = d.string(f.required("catalogVersion"));
    String hash = d.string(f.required("hash"));
    return d.build(at, () -> new CatalogLayer(id, version, hash));
  }

  private static NodeResult node(
      Decoder d, Decoder.At at, String unitCode, Map<String, Waiver> waivers) {
    Decoder.Fields f =
        d.fields(
            at,
            "code",
            "title",
            "channel",
            "earned",
            "max",
            "applicableMax",
            "status",
            "explanation",
            "children",
            "waiver");
    String code = d.string(f.required("code"));
    LocalizedText title = text(d, f.required("title"));
    Channel channel =
        constant(d, f.required("channel"), Words.say("json.what.channel"), Channel.values());
    Decimal earned = d.decimal(f.required("earned"), Words.DECIMAL);
    Decimal max = d.decimal(f.required("max"), Words.DECIMAL);
    Decimal applicableMax = d.decimal(f.required("applicableMax"), Words.DECIMAL);
    NodeStatus status =
        constant(d, f.required("status"), Words.say("json.what.node-status"), NodeStatus.values());
    Explanation explanation = explanation(d, f.required("explanation"));
    // the waiver is read before the children so that the waivers keep the catalog's pre-order
    f.optional("waiver").ifPresent(w -> waivers.put(code, d.nodeWaiver(w, unitCode, code)));
    List<NodeResult> children =
        f.optional("children")
            .map(c -> d.list(c, (dd, n) -> node(dd, n, unitCode, waivers)))
            .orElse(List.of());
    return d.build(
        at,
        () ->
            new NodeResult(
                code, title, channel, earned, max, applicableMax, status, explanation, children));
  }

  private static Explanation explanation(Decoder d, Decoder.At at) {
    Decoder.Fields f = d.fields(at, "text", "children");
    LocalizedText text = text(d, f.required("text"));
    List<Explanation> children =
        f.optional("children").map(c -> d.list(c, Scorecards::explanation)).orElse(List.of());
    return d.build(at, () -> Explanation.of(text, children));
  }

  private static void channelTotals(Decoder d, Decoder.At at, Scorecard.Builder b) {
    for (Tree.Member m : d.object(at, Words.say("json.expect.channel-totals")).members().values()) {
      Optional<Channel> channel = lookup(Channel.values(), m.name());
      if (channel.isEmpty()) {
        throw new JsonFormatException(
            d.source(),
            m.line(),
            m.column(),
            at.path(),
            Words.say(
                "json.unknown-channel",
                "name",
                m.name(),
                "expected",
                Words.oneOf(Words.say("json.what.channel"), codes(Channel.values()))));
      }
      Decoder.At total = at.field(m);
      Decoder.Fields f = d.fields(total, "earned", "applicableMax");
      Decimal earned = d.decimal(f.required("earned"), Words.DECIMAL);
      Decimal applicableMax = d.decimal(f.required("applicableMax"), Words.DECIMAL);
      b.putChannelTotals(
          channel.get(), d.build(total, () -> new ChannelTotal(earned, applicableMax)));
    }
  }

  private static Finding finding(Decoder d, Decoder.At at) {
    Decoder.Fields f =
        d.fields(
            at,
            "code",
            "severity",
            "kind",
            "criterionCode",
            "messageKey",
            "arguments",
            "message",
            "evidence",
            "recommendation",
            "pointsLost");
    Finding.Builder b =
        Finding.builder()
            .code(d.string(f.required("code")))
            .severity(
                constant(
                    d, f.required("severity"), Words.say("json.what.severity"), Severity.values()))
            .kind(
                constant(
                    d,
                    f.required("kind"),
                    Words.say("json.what.finding-kind"),
                    FindingKind.values()));
    f.optional("criterionCode").ifPresent(c -> b.criterionCode(d.string(c)));
    b.messageKey(d.string(f.required("messageKey")));
    f.optional("arguments")
        .ifPresent(
            arguments -> {
              for (Tree.Member m :
                  d.object(arguments, Words.say("json.expect.arguments")).members().values()) {
                b.putArguments(m.name(), d.string(arguments.field(m)));
              }
            });
    b.message(text(d, f.required("message")));
    f.optional("evidence").ifPresent(e -> b.evidence(d.list(e, Decoder::string)));
    f.optional("recommendation").ifPresent(r -> b.recommendation(text(d, r)));
    b.pointsLost(d.decimal(f.required("pointsLost"), Words.DECIMAL));
    return d.build(at, b::build);
  }

  private static LocalizedText text(Decoder d, Decoder.At at) {
    Decoder.Fields f = d.fields(at, "vi", "en");
    String vi = d.string(f.required("vi"));
    Optional<String> en = f.optional("en").map(d::string);
    return d.build(at, () -> new LocalizedText(vi, en));
  }

  private static int int32(Decoder d, Decoder.At at) {
    long n = d.integer(at, Words.INTEGER);
    if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
      throw d.expected(at, Words.INT32);
    }
    return (int) n;
  }

  /** Reads the constant whose {@link #code} is the string at {@code at}. */
  private static <E extends Enum<E>> E constant(
      Decoder d, Decoder.At at, Message what, E[] constants) {
    return d.oneOf(at, what, codes(constants), c -> lookup(constants, c));
  }

  private static List<String> codes(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Scorecards::code).toList();
  }

  private static <E extends Enum<E>> Optional<E> lookup(E[] constants, String code) {
    return Arrays.stream(constants).filter(c -> code(c).equals(code)).findFirst();
  }
}
