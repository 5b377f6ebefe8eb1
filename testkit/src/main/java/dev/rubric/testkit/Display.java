package dev.rubric.testkit;

import dev.rubric.core.AttributeValue;
import dev.rubric.core.Unit;
import dev.rubric.core.evidence.Evidence;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.evidence.EvidenceStatus;
import dev.rubric.core.evidence.EvidenceValue;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/** Short, stable renderings of evidence for counterexamples, tables and assertion messages. */
final class Display {

  private Display() {}

  /**
   * Returns a compact form of {@code value}: {@code 49/50} for a ratio, {@code 7} for a count,
   * {@code 12.5 triệu đồng} for a quantity, {@code 2022-01-31} for a date, {@code issued
   * 2022-01-31} for a document, {@code true} for a flag, the option code for a choice, quoted text
   * for text.
   */
  static String value(EvidenceValue value) {
    if (value instanceof EvidenceValue.Ratio r) {
      return r.numerator() + "/" + r.denominator();
    }
    if (value instanceof EvidenceValue.Count count) {
      return Long.toString(count.value());
    }
    if (value instanceof EvidenceValue.Quantity q) {
      return q.amount() + " " + q.unit();
    }
    if (value instanceof EvidenceValue.DateValue dateValue) {
      return dateValue.value().toString();
    }
    if (value instanceof EvidenceValue.Document d) {
      return d.issued().map(i -> "issued " + i).orElse("document without date");
    }
    if (value instanceof EvidenceValue.Flag flag) {
      return Boolean.toString(flag.value());
    }
    if (value instanceof EvidenceValue.Choice choice) {
      return choice.option();
    }
    return ValueFormat.format(((EvidenceValue.TextValue) value).value());
  }

  /** Returns {@code status(value)}, or the value alone for provided evidence. */
  static String item(Evidence item) {
    String status = item.status().code();
    String value = item.value().map(Display::value).orElse("");
    if (item.status() == EvidenceStatus.PROVIDED) {
      return value;
    }
    return value.isEmpty() ? status : status + "(" + value + ")";
  }

  /** Returns the lowercase name of an enum constant, e.g. {@code not_met}. */
  static String lower(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /**
   * Returns a one-line description of an evidence file: {@code unit 00001 xa {co_mot_cua=true},
   * period 2022, evidence {r=50/100, k=missing}}.
   */
  static String file(EvidenceFile file) {
    Unit u = file.unit();
    StringJoiner attributes = new StringJoiner(", ", " {", "}").setEmptyValue("");
    for (Map.Entry<String, AttributeValue> a : u.attributes().entrySet()) {
      attributes.add(a.getKey() + "=" + attribute(a.getValue()));
    }
    StringJoiner items = new StringJoiner(", ", "{", "}");
    file.evidence().evidence().forEach((k, v) -> items.add(k + "=" + item(v)));
    return "unit "
        + u.code()
        + " "
        + u.kind()
        + attributes
        + ", period "
        + file.period().id()
        + ", evidence "
        + items;
  }

  private static String attribute(AttributeValue a) {
    if (a instanceof AttributeValue.Flag flag) {
      return Boolean.toString(flag.value());
    }
    if (a instanceof AttributeValue.NumberValue numberValue) {
      return numberValue.value().toString();
    }
    if (a instanceof AttributeValue.DateValue dateValue) {
      return dateValue.value().toString();
    }
    return ValueFormat.format(((AttributeValue.TextValue) a).value());
  }
}
