package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.rubric.cohort.compare.Bump;
import dev.rubric.cohort.compare.ChangeKind;
import dev.rubric.cohort.compare.Comparability;
import dev.rubric.cohort.compare.FindingChange;
import dev.rubric.cohort.compare.Warning;
import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import java.io.IOException;
import java.util.Optional;

/** Words and JSON pieces shared by the comparison reports. */
final class CompareLabels {
  private CompareLabels() {}

  static String kind(ChangeKind k, Language lang) {
    switch (k) {
      case SCOPE_CHANGED:
        return tr(lang, "Phạm vi áp dụng thay đổi", "Scope changed");
      case INDEX_CHANGED:
        return tr(lang, "Công thức chỉ số thay đổi", "Index formula changed");
      case ROUNDING_CHANGED:
        return tr(lang, "Cách làm tròn thay đổi", "Rounding changed");
      case BANDS_CHANGED:
        return tr(lang, "Ngưỡng xếp loại thay đổi", "Band bounds changed");
      case BAND_LABELS_CHANGED:
        return tr(lang, "Tên xếp loại thay đổi", "Band labels changed");
      case INPUT_ADDED:
        return tr(lang, "Thêm đầu vào bắt buộc", "Required input added");
      case OPTIONAL_INPUT_ADDED:
        return tr(lang, "Thêm đầu vào không bắt buộc", "Optional input added");
      case INPUT_REMOVED:
        return tr(lang, "Bỏ đầu vào", "Input removed");
      case INPUT_CHANGED:
        return tr(lang, "Đầu vào thay đổi", "Input changed");
      case INPUT_RELABELLED:
        return tr(lang, "Đổi tên đầu vào", "Input relabelled");
      case LET_CHANGED:
        return tr(lang, "Tham số thay đổi", "Parameter changed");
      case LET_ADDED:
        return tr(lang, "Thêm tham số", "Parameter added");
      case LET_REMOVED:
        return tr(lang, "Bỏ tham số", "Parameter removed");
      case NODE_ADDED:
        return tr(lang, "Tiêu chí mới", "Node added");
      case NODE_REMOVED:
        return tr(lang, "Bỏ tiêu chí", "Node removed");
      case NODE_MERGED:
        return tr(lang, "Gộp tiêu chí", "Nodes merged");
      case NODE_RENUMBERED:
        return tr(lang, "Đổi mã", "Renumbered");
      case NODE_MOVED:
        return tr(lang, "Chuyển vị trí", "Moved");
      case TITLE_CHANGED:
        return tr(lang, "Đổi tên", "Title changed");
      case MAX_CHANGED:
        return tr(lang, "Điểm tối đa thay đổi", "Maximum changed");
      case RULE_CHANGED:
        return tr(lang, "Cách chấm thay đổi", "Rule changed");
      case APPLICABILITY_CHANGED:
        return tr(lang, "Điều kiện áp dụng thay đổi", "Applicability changed");
      case NA_POLICY_CHANGED:
        return tr(lang, "Cách tính khi không áp dụng thay đổi", "Not-applicable policy changed");
      case CHANNEL_CHANGED:
        return tr(lang, "Kênh đánh giá thay đổi", "Channel changed");
      case FINDINGS_CHANGED:
      default:
        return tr(lang, "Phát hiện, khuyến nghị thay đổi", "Findings or recommendation changed");
    }
  }

  static String comparability(Comparability c, Language lang) {
    switch (c) {
      case COMPARABLE:
        return tr(lang, "so sánh được", "comparable");
      case RESCALED:
        return tr(lang, "so sánh theo tỷ lệ", "compare shares");
      case NOT_COMPARABLE:
      default:
        return tr(lang, "không so sánh được", "not comparable");
    }
  }

  static String bump(Bump b, Language lang) {
    switch (b) {
      case MAJOR:
        return tr(lang, "lớn (major)", "major");
      case MINOR:
        return tr(lang, "nhỏ (minor)", "minor");
      case PATCH:
        return tr(lang, "sửa lỗi (patch)", "patch");
      case NONE:
      default:
        return tr(lang, "không", "none");
    }
  }

  static String status(FindingChange.Status s, Language lang) {
    switch (s) {
      case NEW:
        return tr(lang, "Mới", "New");
      case PERSISTING:
        return tr(lang, "Còn tồn tại", "Persisting");
      case RESOLVED:
      default:
        return tr(lang, "Đã khắc phục", "Resolved");
    }
  }

  /** Returns a signed number for people, e.g. {@code +5,68} or {@code −2}. */
  static String signed(Decimal d, Language lang) {
    String n = Labels.number(d.signum() < 0 ? d.negate() : d, lang);
    return (d.signum() > 0 ? "+" : d.signum() < 0 ? "−" : "±") + n;
  }

  /** Returns a point's rounded index with its catalog's decimals, e.g. {@code 60,80}. */
  static String index(dev.rubric.cohort.compare.Point p, Language lang) {
    return Labels.index(p.index(), p.indexDecimals(), lang);
  }

  /** Returns {@code d} with {@code decimals} decimals, e.g. {@code 60,80}. */
  static String fixed(Decimal d, int decimals, Language lang) {
    return Labels.index(d, decimals, lang);
  }

  /** Returns the number of decimals the last period's catalog publishes the index with. */
  static int decimals(dev.rubric.cohort.compare.History h) {
    return h.periods().get(h.periods().size() - 1).catalog().rounding().decimals();
  }

  /** Returns a signed rank change for people: {@code ↑2}, {@code ↓1} or {@code =}. */
  static String rankChange(int change) {
    return change > 0 ? "↑" + change : change < 0 ? "↓" + Math.abs(change) : "=";
  }

  static String band(Optional<LocalizedText> band, Language lang) {
    return band.map(b -> b.in(lang)).orElse("–");
  }

  static void decimal(JsonGenerator g, String name, Decimal d) throws IOException {
    g.writeNumberField(name, d.toBigDecimal());
  }

  static void text(JsonGenerator g, String name, LocalizedText t) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("vi", t.vi());
    if (t.en().isPresent()) {
      g.writeStringField("en", t.en().get());
    }
    g.writeEndObject();
  }

  static void warnings(JsonGenerator g, java.util.List<Warning> warnings) throws IOException {
    g.writeArrayFieldStart("warnings");
    for (Warning w : warnings) {
      g.writeStartObject();
      g.writeStringField("code", w.kind().code());
      g.writeArrayFieldStart("args");
      for (String a : w.args()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeStringField("vi", w.text(Language.VI));
      g.writeStringField("en", w.text(Language.EN));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
