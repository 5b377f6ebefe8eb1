package dev.rubric.dsl.internal.eval;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.InputRange;
import dev.rubric.core.catalog.InputType;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.MessageKey;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Binds a unit's evidence and attributes to the catalog's input slots, making a fresh {@link Frame}
 * per evaluation. Evidence that does not fit its declaration (another type, an undeclared option,
 * another unit of measure, a key no input declares, a missing attribute) counts as missing and
 * becomes an RB6xx data-quality finding, as do a unit attribute the catalog does not declare and a
 * unit whose level and kind are both outside the catalog's {@code applies-to} (RB608); a key or
 * attribute that is probably misspelt names the closest declared one. Binding never throws on data.
 * Immutable and thread-safe.
 */
final class EvidenceBinder {

  /** Status codes by ordinal: {@link EvidenceStatus#code()} makes a new string on every call. */
  private static final String[] STATUS_CODES =
      Arrays.stream(EvidenceStatus.values()).map(EvidenceStatus::code).toArray(String[]::new);

  static final String PROVIDED = EvidenceStatus.PROVIDED.code();
  private static final String MISSING = EvidenceStatus.MISSING.code();

  private final InputDecl[] inputs;

  /**
   * Per input slot: the bounds of the range its evidence must lie in (declared, or an awarded
   * input's node), or null; converted once, when the catalog is compiled.
   */
  private final @Nullable Num[] lows;

  private final @Nullable Num[] highs;

  /** Per input slot: the code of the node an awarded input scores, or null. */
  private final @Nullable String[] awardedNodes;

  private final InputDecl[] attributes;
  private final Map<String, Integer> inputIndex;
  private final Set<String> attributeNames;
  private final List<String> scope;
  private final int letCount;

  EvidenceBinder(
      List<InputDecl> inputs,
      List<InputDecl> attributes,
      List<String> scope,
      int letCount,
      Map<String, Awarded> awarded) {
    this.scope = List.copyOf(scope);
    this.inputs = inputs.toArray(new InputDecl[0]);
    this.awardedNodes = new String[this.inputs.length];
    this.lows = new Num[this.inputs.length];
    this.highs = new Num[this.inputs.length];
    for (int i = 0; i < this.inputs.length; i++) {
      InputDecl d = this.inputs[i];
      Awarded a = awarded.get(d.key());
      InputRange r = a != null ? a.range() : d.range().orElse(null);
      if (a != null) {
        awardedNodes[i] = a.node();
      }
      if (r != null) {
        lows[i] = Num.of(r.low());
        highs[i] = Num.of(r.high());
      }
    }
    this.attributes = attributes.toArray(new InputDecl[0]);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < this.inputs.length; i++) {
      index.put(this.inputs[i].key(), i);
    }
    this.inputIndex = Map.copyOf(index);
    this.attributeNames =
        attributes.stream().map(InputDecl::key).collect(Collectors.toUnmodifiableSet());
    this.letCount = letCount;
  }

  /**
   * The range of an awarded input: the points of the node whose rule reads it.
   *
   * @param node the node's code
   * @param range from 0 to the node's max, or from {@code -max} to 0 for a penalty item
   */
  record Awarded(String node, InputRange range) {}

  /**
   * Returns the slot of {@code key}, one of the catalog's inputs (as every key a node reads is).
   */
  int slot(String key) {
    Integer slot = inputIndex.get(key);
    if (slot == null) {
      throw new IllegalStateException("no input " + key);
    }
    return slot;
  }

  /** Returns the key of the input in {@code slot}. */
  String inputKey(int slot) {
    return inputs[slot].key();
  }

  /** Returns the key of the unit attribute in slot {@code i}. */
  String attributeKey(int i) {
    return attributes[i].key();
  }

  /** Returns the number of unit attributes the catalog reads. */
  int attributeCount() {
    return attributes.length;
  }

  /**
   * Returns the frame of one evaluation of {@code unit}; the data findings of its evidence go to
   * {@code findings}.
   */
  Frame bind(
      Unit unit,
      Period period,
      EvidenceSet evidence,
      Num @Nullable [] best,
      Object @Nullable [] samples,
      List<Finding> findings) {
    if (!scope.isEmpty() && !scope.contains(unit.level()) && !scope.contains(unit.kind())) {
      findings.add(
          FindingWriter.data(
              DiagnosticCode.UNIT_OUTSIDE_SCOPE,
              "$.unit",
              MessageKey.UNIT_OUTSIDE_SCOPE,
              new Arg.Items(scope, ", "),
              Arg.text(unit.level()),
              Arg.text(unit.kind())));
    }
    Object[] values = new Object[inputs.length];
    String[] status = new String[inputs.length];
    String[] explanation = new String[inputs.length];
    Arrays.fill(values, Values.MISSING);
    Arrays.fill(status, MISSING);
    boolean answered = false;
    for (Map.Entry<String, Evidence> e : evidence.evidence().entrySet()) {
      Integer slot = inputIndex.get(e.getKey());
      if (slot == null) {
        findings.add(
            undeclared(
                DiagnosticCode.EVIDENCE_FOR_NO_INPUT,
                "$.evidence.",
                e.getKey(),
                inputIndex.keySet(),
                MessageKey.EVIDENCE_FOR_NO_INPUT,
                MessageKey.EVIDENCE_FOR_NO_INPUT_SUGGESTED));
        continue;
      }
      Evidence ev = e.getValue();
      @SuppressWarnings("EnumOrdinal") // STATUS_CODES is built from values(), in ordinal order
      String statusCode = STATUS_CODES[ev.status().ordinal()];
      status[slot] = statusCode;
      explanation[slot] = ev.explanation().orElse(null);
      answered |= ev.value().isPresent() || ev.explanation().isPresent();
      if (ev.value().isPresent()) {
        Object v = convert(inputs[slot], ev.value().get(), e.getKey(), findings);
        if (lows[slot] != null && v instanceof Num n) {
          v = checkRange(slot, n, findings);
        }
        values[slot] = v;
        if (v == Values.MISSING) {
          status[slot] = MISSING;
        }
      }
    }
    if (!answered && inputs.length > 0) {
      // An unfilled template: nothing to score from, and nothing said about why.
      findings.add(
          FindingWriter.data(
              DiagnosticCode.NO_EVIDENCE, "$.evidence", MessageKey.NO_EVIDENCE_AT_ALL));
    }
    for (String name : unit.attributes().keySet()) {
      if (!attributeNames.contains(name)) {
        findings.add(
            undeclared(
                DiagnosticCode.ATTRIBUTE_UNDECLARED,
                "$.unit.attributes.",
                name,
                attributeNames,
                MessageKey.ATTRIBUTE_UNDECLARED,
                MessageKey.ATTRIBUTE_UNDECLARED_SUGGESTED));
      }
    }
    Object[] attrs = new Object[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      InputDecl d = attributes[i];
      var a = unit.attribute(d.key());
      if (a.isEmpty()) {
        attrs[i] = Values.MISSING;
        findings.add(
            FindingWriter.data(
                DiagnosticCode.ATTRIBUTE_MISSING,
                "$.unit.attributes." + d.key(),
                MessageKey.ATTRIBUTE_MISSING,
                Arg.text(d.key())));
      } else {
        attrs[i] = convertAttribute(d, a.get(), findings);
      }
    }
    return new Frame(
        values,
        status,
        explanation,
        attrs,
        letCount,
        Num.of(period.year()),
        unit.kind(),
        unit.level(),
        unit.code(),
        best,
        samples);
  }

  /**
   * Returns the finding that {@code key} names nothing the catalog declares, suggesting the closest
   * declared name when one is close enough to be a likely typo.
   */
  private static Finding undeclared(
      DiagnosticCode code,
      String pathPrefix,
      String key,
      Set<String> declared,
      MessageKey plain,
      MessageKey suggested) {
    String path = pathPrefix + key;
    return Suggestions.closest(key, declared)
        .map(s -> FindingWriter.data(code, path, suggested, Arg.text(key), Arg.text(s)))
        .orElseGet(() -> FindingWriter.data(code, path, plain, Arg.text(key)));
  }

  /**
   * Returns {@code n} when it lies in the range of the input in {@code slot}; else reports RB609 (a
   * declared range) or RB610 (awarded points) and returns {@link Values#MISSING}.
   */
  private Object checkRange(int slot, Num n, List<Finding> findings) {
    Num low = lows[slot];
    Num high = highs[slot];
    if (low == null || high == null || (n.compareTo(low) >= 0 && n.compareTo(high) <= 0)) {
      return n;
    }
    InputDecl d = inputs[slot];
    String path = "$.evidence." + d.key();
    String node = awardedNodes[slot];
    findings.add(
        node == null
            ? FindingWriter.data(
                DiagnosticCode.VALUE_OUT_OF_RANGE,
                path,
                MessageKey.VALUE_OUT_OF_RANGE,
                Arg.text(d.key()),
                low.arg(false),
                high.arg(false),
                n.arg(false))
            : FindingWriter.data(
                DiagnosticCode.AWARDED_OUT_OF_RANGE,
                path,
                MessageKey.AWARDED_OUT_OF_RANGE,
                Arg.text(d.key()),
                low.arg(false),
                high.arg(false),
                Arg.text(node),
                n.arg(false)));
    return Values.MISSING;
  }

  private static Object convert(InputDecl d, EvidenceValue v, String key, List<Finding> findings) {
    String path = "$.evidence." + key;
    switch (d.type()) {
      case DOCUMENT -> {
        if (v instanceof EvidenceValue.Document doc) {
          return new Values.Doc(doc.issued().orElse(null));
        }
      }
      case COUNT -> {
        if (v instanceof EvidenceValue.Count count) {
          return Num.of(count.value());
        }
      }
      case QUANTITY -> {
        if (v instanceof EvidenceValue.Quantity q) {
          if (d.unit().isPresent() && !d.unit().get().equals(q.unit())) {
            findings.add(
                FindingWriter.data(
                    DiagnosticCode.QUANTITY_IN_OTHER_UNIT,
                    path,
                    MessageKey.QUANTITY_IN_OTHER_UNIT,
                    Arg.text(d.key()),
                    Arg.text(d.unit().get()),
                    Arg.text(q.unit())));
            return Values.MISSING;
          }
          return Num.of(q.amount());
        }
      }
      case RATIO -> {
        if (v instanceof EvidenceValue.Ratio r) {
          return new Values.Ratio(Num.of(r.numerator()), Num.of(r.denominator()));
        }
      }
      case FLAG -> {
        if (v instanceof EvidenceValue.Flag flag) {
          return flag.value();
        }
      }
      case CHOICE -> {
        if (v instanceof EvidenceValue.Choice choice) {
          String option = choice.option();
          if (!d.options().contains(option)) {
            findings.add(
                FindingWriter.data(
                    DiagnosticCode.UNDECLARED_OPTION,
                    path,
                    MessageKey.EVIDENCE_OPTION_UNDECLARED,
                    Arg.text(d.key()),
                    Arg.text(option),
                    new Arg.Items(d.options(), ", ")));
            return Values.MISSING;
          }
          return option;
        }
      }
      case DATE -> {
        if (v instanceof EvidenceValue.DateValue date) {
          return date.value();
        }
      }
      case TEXT -> {
        if (v instanceof EvidenceValue.TextValue text) {
          return text.value();
        }
      }
      default -> {}
    }
    findings.add(
        FindingWriter.data(
            DiagnosticCode.EVIDENCE_OF_WRONG_TYPE,
            path,
            MessageKey.EVIDENCE_OF_WRONG_TYPE,
            Arg.text(d.key()),
            Arg.text(d.type().keyword()),
            Arg.text(v.typeName())));
    return Values.MISSING;
  }

  private static Object convertAttribute(InputDecl d, AttributeValue a, List<Finding> findings) {
    String path = "$.unit.attributes." + d.key();
    switch (d.type()) {
      case FLAG -> {
        if (a instanceof AttributeValue.Flag flag) {
          return flag.value();
        }
      }
      case COUNT, QUANTITY -> {
        if (a instanceof AttributeValue.NumberValue number) {
          return Num.of(number.value());
        }
      }
      case TEXT, CHOICE -> {
        if (a instanceof AttributeValue.TextValue textValue) {
          String text = textValue.value();
          if (d.type() == InputType.CHOICE && !d.options().contains(text)) {
            findings.add(
                FindingWriter.data(
                    DiagnosticCode.UNDECLARED_OPTION,
                    path,
                    MessageKey.ATTRIBUTE_OPTION_UNDECLARED,
                    Arg.text(d.key()),
                    Arg.text(text),
                    new Arg.Items(d.options(), ", ")));
            return Values.MISSING;
          }
          return text;
        }
      }
      case DATE -> {
        if (a instanceof AttributeValue.DateValue date) {
          return date.value();
        }
      }
      default -> {}
    }
    findings.add(
        FindingWriter.data(
            DiagnosticCode.ATTRIBUTE_OF_WRONG_TYPE,
            path,
            MessageKey.ATTRIBUTE_OF_WRONG_TYPE,
            Arg.text(d.key()),
            Arg.text(d.type().keyword()),
            Arg.text(a.typeName())));
    return Values.MISSING;
  }
}
