package dev.rubric.core.diagnostic;

import dev.rubric.core.Language;
import dev.rubric.core.finding.Severity;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry of Rubric's stable codes: every code a {@link Diagnostic} or a data-quality or
 * evaluation finding can carry, with its severity, a short title and its section in {@code
 * docs/diagnostics.md}. Codes RB1xx–RB4xx are compile-time diagnostics (syntax, names, types and
 * semantics, limits); RB5xx–RB6xx are findings in a scorecard (evaluation, evidence and unit data);
 * RB701–RB749 are compile-time diagnostics again, about catalogs built from layers. RB750–RB799 are
 * about waivers: RB750–RB753 reject a waiver that does not fit the catalog or the units evaluated,
 * before anything is evaluated; RB754 on are findings of a scorecard evaluated with waivers. RB8xx
 * are findings about assessments and their reconciliation. Nothing emits a code that is not listed
 * here, and the documentation has one section per entry.
 *
 * <pre>{@code
 * boolean unknownName = compilation.diagnostics().stream()
 *     .anyMatch(d -> d.code().equals(DiagnosticCode.UNKNOWN_NAME.code()));
 * }</pre>
 */
public enum DiagnosticCode {
  /** RB100: a character that cannot start any token. */
  UNEXPECTED_CHARACTER(
      "RB100", DiagnosticSeverity.ERROR, "unexpected character", "ký tự không hợp lệ"),
  /** RB101: a string without its closing quote on the same line. */
  UNTERMINATED_STRING(
      "RB101", DiagnosticSeverity.ERROR, "unterminated string", "chuỗi thiếu dấu nháy đóng"),
  /** RB102: a backslash escape the language does not define. */
  INVALID_ESCAPE("RB102", DiagnosticSeverity.ERROR, "invalid escape", "ký tự thoát không hợp lệ"),
  /** RB103: a date literal that is not a calendar date. */
  INVALID_DATE("RB103", DiagnosticSeverity.ERROR, "invalid date", "ngày không hợp lệ"),
  /** RB110: a token the grammar requires is missing. */
  EXPECTED_TOKEN(
      "RB110", DiagnosticSeverity.ERROR, "expected token missing", "thiếu ký hiệu bắt buộc"),
  /** RB111: a word that starts no catalog or criterion statement. */
  UNKNOWN_STATEMENT(
      "RB111", DiagnosticSeverity.ERROR, "unknown statement", "câu lệnh không xác định"),
  /** RB112: text after the catalog's closing brace. */
  TEXT_AFTER_CATALOG(
      "RB112",
      DiagnosticSeverity.ERROR,
      "text after the catalog",
      "có chữ sau phần cuối của bộ tiêu chí"),
  /** RB113: a catalog without a title. */
  NO_TITLE(
      "RB113", DiagnosticSeverity.ERROR, "catalog without title", "bộ tiêu chí chưa có tiêu đề"),
  /** RB114: an input declaration with an unknown type. */
  UNKNOWN_INPUT_TYPE(
      "RB114",
      DiagnosticSeverity.ERROR,
      "unknown input type",
      "kiểu trường dữ liệu đầu vào không xác định"),
  /** RB115: an index formula other than percent or weighted. */
  UNKNOWN_INDEX_FORMULA(
      "RB115",
      DiagnosticSeverity.ERROR,
      "unknown index formula",
      "công thức chỉ số không xác định"),
  /** RB116: an unknown rounding mode. */
  UNKNOWN_ROUNDING_MODE(
      "RB116", DiagnosticSeverity.ERROR, "unknown rounding mode", "cách làm tròn không xác định"),
  /** RB117: a band label without a bound. */
  BAND_WITHOUT_BOUND(
      "RB117", DiagnosticSeverity.ERROR, "band without a bound", "xếp loại thiếu cận"),
  /** RB118: a second rule in one criterion. */
  SECOND_RULE(
      "RB118",
      DiagnosticSeverity.ERROR,
      "second rule in a criterion",
      "tiêu chí có quy tắc thứ hai"),
  /** RB119: an unknown channel. */
  UNKNOWN_CHANNEL("RB119", DiagnosticSeverity.ERROR, "unknown channel", "kênh không xác định"),
  /** RB120: an unknown not-applicable policy. */
  UNKNOWN_POLICY(
      "RB120",
      DiagnosticSeverity.ERROR,
      "unknown not-applicable policy",
      "cách xử lý khi không áp dụng không xác định"),
  /** RB121: an unknown finding severity. */
  UNKNOWN_SEVERITY(
      "RB121", DiagnosticSeverity.ERROR, "unknown severity", "mức độ nghiêm trọng không xác định"),
  /** RB122: a tier that does not start with a comparison. */
  TIER_WITHOUT_COMPARISON(
      "RB122",
      DiagnosticSeverity.ERROR,
      "tier without a comparison",
      "mức không bắt đầu bằng phép so sánh"),
  /** RB123: a tiers rule without tiers. */
  NO_TIERS("RB123", DiagnosticSeverity.ERROR, "no tiers", "không có mức nào"),
  /** RB124: something other than a rule where a rule must be. */
  EXPECTED_RULE("RB124", DiagnosticSeverity.ERROR, "rule expected", "cần một quy tắc"),
  /** RB125: {@code best of} or {@code sum of} with fewer than two rules. */
  ONE_ALTERNATIVE(
      "RB125",
      DiagnosticSeverity.ERROR,
      "best of / sum of with one rule",
      "best of / sum of chỉ có một quy tắc"),
  /** RB126: comparisons chained without {@code and}. */
  CHAINED_COMPARISON(
      "RB126", DiagnosticSeverity.ERROR, "chained comparison", "phép so sánh nối liền nhau"),
  /** RB127: something other than a value where a value must be. */
  EXPECTED_VALUE("RB127", DiagnosticSeverity.ERROR, "value expected", "cần một giá trị"),
  /** RB128: an empty string, or a code with surrounding spaces. */
  EMPTY_OR_PADDED_STRING(
      "RB128",
      DiagnosticSeverity.ERROR,
      "empty or padded string",
      "chuỗi rỗng hoặc có khoảng trắng thừa"),
  /** RB129: a name that is not letters, digits and underscores. */
  INVALID_NAME("RB129", DiagnosticSeverity.ERROR, "invalid name", "tên không hợp lệ"),
  /** RB130: a catalog statement given twice. */
  DUPLICATE_STATEMENT(
      "RB130", DiagnosticSeverity.ERROR, "statement given twice", "câu lệnh được viết hai lần"),
  /** RB202: an input or unit attribute that nothing reads. */
  UNUSED_DECLARATION(
      "RB202",
      DiagnosticSeverity.WARNING,
      "unused input or attribute",
      "trường dữ liệu đầu vào hoặc thuộc tính không được dùng"),
  /** RB203: a name declared twice, or a reserved name declared. */
  DUPLICATE_NAME(
      "RB203",
      DiagnosticSeverity.ERROR,
      "duplicate or reserved name",
      "tên bị trùng hoặc là tên dành riêng"),
  /** RB204: a name that is not declared where it is used. */
  UNKNOWN_NAME("RB204", DiagnosticSeverity.ERROR, "unknown name", "tên chưa được khai báo"),
  /** RB205: two nodes with one code. */
  DUPLICATE_CODE("RB205", DiagnosticSeverity.ERROR, "duplicate code", "mã bị trùng"),
  /** RB206: a field the value does not have. */
  UNKNOWN_FIELD("RB206", DiagnosticSeverity.ERROR, "unknown field", "trường không tồn tại"),
  /** RB207: a call of a function the language does not have. */
  UNKNOWN_FUNCTION("RB207", DiagnosticSeverity.ERROR, "unknown function", "hàm không tồn tại"),
  /** RB208: {@code unit.x} for an undeclared attribute. */
  UNKNOWN_ATTRIBUTE(
      "RB208",
      DiagnosticSeverity.ERROR,
      "unknown unit attribute",
      "thuộc tính của đơn vị chưa được khai báo"),
  /** RB209: an index weight for a code that is not a top-level area. */
  WEIGHT_FOR_UNKNOWN_AREA(
      "RB209",
      DiagnosticSeverity.ERROR,
      "weight for an unknown area",
      "trọng số cho lĩnh vực không tồn tại"),
  /** RB210: a string that is not an option of the choice it is compared with. */
  UNKNOWN_OPTION("RB210", DiagnosticSeverity.ERROR, "unknown option", "lựa chọn không tồn tại"),
  /** RB211: a finding placeholder that names nothing in scope. */
  UNKNOWN_PLACEHOLDER(
      "RB211", DiagnosticSeverity.ERROR, "unknown placeholder", "chỗ điền không ứng với tên nào"),
  /** RB301: a value of the wrong type. */
  TYPE_MISMATCH("RB301", DiagnosticSeverity.ERROR, "type mismatch", "sai kiểu"),
  /** RB302: a function called with the wrong number of arguments. */
  ARGUMENT_COUNT(
      "RB302", DiagnosticSeverity.ERROR, "wrong number of arguments", "sai số lượng đối số"),
  /** RB303: a tier an earlier tier always takes first. */
  UNREACHABLE_TIER(
      "RB303", DiagnosticSeverity.ERROR, "unreachable tier", "mức không bao giờ đạt tới"),
  /** RB304: tiers in two directions whose ranges overlap. */
  OVERLAPPING_TIERS(
      "RB304", DiagnosticSeverity.WARNING, "overlapping tiers", "các mức chồng lên nhau"),
  /** RB305: a rule that can award more than its node's max. */
  ABOVE_MAX(
      "RB305", DiagnosticSeverity.ERROR, "rule can exceed the max", "quy tắc có thể vượt quá max"),
  /** RB306: a rule that can give less than its floor. */
  BELOW_FLOOR(
      "RB306",
      DiagnosticSeverity.ERROR,
      "rule can go below its floor",
      "quy tắc có thể xuống dưới mức sàn"),
  /** RB307: a parent's max that is not the sum of its children's. */
  CHILDREN_SUM(
      "RB307",
      DiagnosticSeverity.ERROR,
      "children do not add up",
      "tiêu chí con cộng lại không khớp"),
  /** RB308: bands that leave a gap, overlap or are out of order. */
  BAND_GAP_OR_OVERLAP(
      "RB308",
      DiagnosticSeverity.ERROR,
      "band gap or overlap",
      "xếp loại có khoảng trống hoặc chồng lên nhau"),
  /** RB309: a catalog that applies to no unit level or kind. */
  APPLIES_TO_NOTHING(
      "RB309",
      DiagnosticSeverity.ERROR,
      "catalog for no unit",
      "bộ tiêu chí không áp dụng cho đơn vị nào"),
  /** RB310: a version that is not a semantic version. */
  INVALID_VERSION(
      "RB310", DiagnosticSeverity.ERROR, "invalid version", "số phiên bản không hợp lệ"),
  /** RB311: a decision date before 1900 or after 2199. */
  DECISION_DATE_OUT_OF_RANGE(
      "RB311",
      DiagnosticSeverity.ERROR,
      "decision date out of range",
      "ngày quyết định ngoài khoảng cho phép"),
  /** RB312: options or a unit where the input type takes none, or a choice without options. */
  INVALID_INPUT_DECLARATION(
      "RB312",
      DiagnosticSeverity.ERROR,
      "invalid input declaration",
      "khai báo trường dữ liệu đầu vào không hợp lệ"),
  /** RB313: a negative max. */
  NEGATIVE_MAX("RB313", DiagnosticSeverity.ERROR, "negative max", "max âm"),
  /** RB314: a node with neither or both of a rule and sub-criteria. */
  RULE_OR_CHILDREN(
      "RB314",
      DiagnosticSeverity.ERROR,
      "neither or both rule and sub-criteria",
      "không có hoặc có cả quy tắc lẫn tiêu chí con"),
  /** RB315: a node with a rule but no max. */
  NO_MAX("RB315", DiagnosticSeverity.ERROR, "no max", "thiếu max"),
  /** RB316: a division by the literal zero. */
  DIVISION_BY_ZERO("RB316", DiagnosticSeverity.ERROR, "division by zero", "chia cho 0"),
  /** RB317: a weight that no index reads (bonus, penalty, or an index without weights). */
  WEIGHT_IGNORED(
      "RB317",
      DiagnosticSeverity.WARNING,
      "weight that counts for nothing",
      "trọng số không có tác dụng"),
  /** RB318: an area weighted both in {@code index weighted { … }} and with its own weight. */
  WEIGHTED_TWICE("RB318", DiagnosticSeverity.ERROR, "weighted twice", "trọng số ghi hai lần"),
  /** RB319: an awarded input read by no node's rule, by more than one, or outside a rule. */
  AWARDED_INPUT_MISPLACED(
      "RB319",
      DiagnosticSeverity.ERROR,
      "awarded input not read by one rule",
      "trường 'awarded' không được đúng một quy tắc đọc"),
  /** RB320: a ratio used as a number where nothing before it tests its denominator (0/0). */
  UNGUARDED_RATIO(
      "RB320",
      DiagnosticSeverity.WARNING,
      "ratio used as a number without a 0/0 guard",
      "tỷ lệ dùng như số mà không chặn trường hợp 0/0"),
  /** RB399: a catalog the core model rejects after the checker accepted it; a safety net. */
  INCONSISTENT_CATALOG(
      "RB399",
      DiagnosticSeverity.ERROR,
      "inconsistent catalog (internal)",
      "bộ tiêu chí không nhất quán (lỗi nội bộ)"),
  /** RB401: source text beyond the size limit. */
  SOURCE_TOO_LARGE("RB401", DiagnosticSeverity.ERROR, "source too large", "văn bản nguồn quá lớn"),
  /** RB402: a number literal beyond the length limit. */
  NUMBER_TOO_LONG("RB402", DiagnosticSeverity.ERROR, "number literal too long", "số quá dài"),
  /** RB403: nesting beyond the depth limit. */
  TOO_DEEP("RB403", DiagnosticSeverity.ERROR, "nesting too deep", "lồng nhau quá sâu"),
  /** RB404: more nodes than the limit. */
  TOO_MANY_NODES("RB404", DiagnosticSeverity.ERROR, "too many nodes", "quá nhiều mục"),
  /** RB405: more expression parts than the limit. */
  TOO_MANY_EXPRESSION_PARTS(
      "RB405",
      DiagnosticSeverity.ERROR,
      "too many expression parts",
      "biểu thức quá nhiều thành phần"),
  /** RB501: a division by zero during evaluation. */
  EVALUATION_DIVISION_BY_ZERO("RB501", Severity.MAJOR, "division by zero", "chia cho 0"),
  /** RB502: {@code best(x)} in a unit evaluated alone. */
  COHORT_NEEDED("RB502", Severity.INFO, "cohort needed", "cần cả nhóm đơn vị"),
  /** RB503: a date computed during evaluation that does not exist. */
  INVALID_DATE_AT_EVALUATION(
      "RB503", Severity.MAJOR, "invalid date at evaluation", "ngày không hợp lệ khi tính"),
  /** RB504: no criterion applies to the unit, so the index is 0. */
  NOTHING_APPLIES("RB504", Severity.INFO, "nothing applies", "không tiêu chí nào áp dụng"),
  /** RB505: a defect of Rubric met while evaluating one criterion. */
  INTERNAL_ERROR("RB505", Severity.MAJOR, "internal error", "lỗi nội bộ"),
  /** RB506: a value computed during evaluation with more digits than the evaluator keeps. */
  VALUE_TOO_LARGE(
      "RB506", Severity.MAJOR, "value too large at evaluation", "giá trị quá lớn khi tính"),
  /** RB601: an evidence value of another type than its input's. */
  EVIDENCE_OF_WRONG_TYPE(
      "RB601", Severity.MAJOR, "evidence of the wrong type", "tài liệu kiểm chứng sai kiểu"),
  /** RB602: evidence for a key that is not a declared input. */
  EVIDENCE_FOR_NO_INPUT(
      "RB602",
      Severity.MINOR,
      "evidence for no input",
      "tài liệu kiểm chứng không ứng với trường nào"),
  /** RB603: a quantity in another unit than its input declares. */
  QUANTITY_IN_OTHER_UNIT(
      "RB603", Severity.MAJOR, "quantity in another unit", "đại lượng theo đơn vị đo khác"),
  /** RB604: a choice value that is not one of the declared options. */
  UNDECLARED_OPTION(
      "RB604", Severity.MAJOR, "undeclared choice option", "lựa chọn chưa được khai báo"),
  /** RB605: a declared unit attribute the unit does not have. */
  ATTRIBUTE_MISSING(
      "RB605", Severity.MINOR, "unit attribute missing", "thiếu thuộc tính của đơn vị"),
  /** RB606: a unit attribute of another type than declared. */
  ATTRIBUTE_OF_WRONG_TYPE(
      "RB606",
      Severity.MAJOR,
      "unit attribute of the wrong type",
      "thuộc tính của đơn vị sai kiểu"),
  /** RB607: a unit attribute the catalog does not declare. */
  ATTRIBUTE_UNDECLARED(
      "RB607",
      Severity.MINOR,
      "undeclared unit attribute",
      "thuộc tính của đơn vị chưa được khai báo"),
  /** RB608: a unit whose level and kind are both outside the catalog's {@code applies-to}. */
  UNIT_OUTSIDE_SCOPE(
      "RB608",
      Severity.MAJOR,
      "unit outside the catalog's scope",
      "đơn vị ngoài phạm vi của bộ tiêu chí"),
  /** RB609: a count or quantity outside the range its input declares. */
  VALUE_OUT_OF_RANGE(
      "RB609",
      Severity.MAJOR,
      "value outside the declared range",
      "giá trị ngoài khoảng đã khai báo"),
  /** RB610: awarded points outside the points of the node they score. */
  AWARDED_OUT_OF_RANGE(
      "RB610",
      Severity.MAJOR,
      "awarded points outside the node's range",
      "điểm chấm ngoài khoảng điểm của mục"),
  /** RB611: a unit without any evidence: no value and no explanation (an unfilled form). */
  NO_EVIDENCE("RB611", Severity.MAJOR, "no evidence at all", "không có tài liệu kiểm chứng nào"),

  // Catalog layering (RB701–RB749): a catalog that extends another.

  /** RB701: a base catalog the resolver does not have. */
  BASE_NOT_FOUND(
      "RB701",
      DiagnosticSeverity.ERROR,
      "base catalog not found",
      "không tìm thấy bộ tiêu chí gốc"),
  /** RB702: a base catalog whose versions are all outside the allowed range. */
  BASE_OUTSIDE_RANGE(
      "RB702",
      DiagnosticSeverity.ERROR,
      "base outside the version range",
      "bộ tiêu chí gốc ngoài khoảng phiên bản"),
  /** RB703: a catalog that extends itself through its bases. */
  EXTENDS_CYCLE("RB703", DiagnosticSeverity.ERROR, "extends cycle", "kế thừa vòng tròn"),
  /** RB704: an override or removal of a node the bases do not have. */
  UNKNOWN_LAYER_NODE(
      "RB704",
      DiagnosticSeverity.ERROR,
      "override or removal of an unknown node",
      "ghi đè hoặc xóa một mục không tồn tại"),
  /** RB705: a removed node that something else still references. */
  REMOVED_NODE_REFERENCED(
      "RB705",
      DiagnosticSeverity.ERROR,
      "removed node still referenced",
      "mục đã xóa vẫn được tham chiếu"),
  /** RB706: maxima that no longer add up after a layer changed them. */
  LAYER_MAXIMA(
      "RB706",
      DiagnosticSeverity.ERROR,
      "maxima no longer add up after a layer",
      "max không còn cộng lại khớp sau một lớp"),
  /** RB707: a layer that sets again what a base set, without {@code override}. */
  SET_WITHOUT_OVERRIDE(
      "RB707",
      DiagnosticSeverity.ERROR,
      "set again without override",
      "đặt lại mà không có override"),
  /** RB708: {@code override} or {@code remove} in a catalog that extends nothing. */
  LAYER_WITHOUT_BASE(
      "RB708",
      DiagnosticSeverity.ERROR,
      "override in a catalog without a base",
      "override trong bộ tiêu chí không có gốc"),
  /** RB709: a version range that is not a version, or a version prefix ending in {@code .x}. */
  INVALID_VERSION_RANGE(
      "RB709", DiagnosticSeverity.ERROR, "invalid version range", "khoảng phiên bản không hợp lệ"),

  // RB750–RB799: waivers (rubric-waivers/1) checked against a catalog and applied at evaluation.
  /** RB750: a waiver for a criterion code the catalog does not have. */
  WAIVER_UNKNOWN_CRITERION(
      "RB750",
      DiagnosticSeverity.ERROR,
      "waiver for an unknown criterion",
      "miễn trừ cho tiêu chí không tồn tại"),
  /** RB751: a waiver for a unit that is not among the units evaluated. */
  WAIVER_UNKNOWN_UNIT(
      "RB751",
      DiagnosticSeverity.ERROR,
      "waiver for a unit not evaluated",
      "miễn trừ cho đơn vị không được đánh giá"),
  /** RB752: a fixed-points waiver whose points lie outside the criterion's range. */
  WAIVER_POINTS_OUT_OF_RANGE(
      "RB752",
      DiagnosticSeverity.ERROR,
      "waiver points outside the criterion's range",
      "điểm miễn trừ ngoài khoảng điểm của tiêu chí"),
  /** RB753: a full- or fixed-points waiver for a node that has sub-criteria. */
  WAIVER_POINTS_ON_PARENT(
      "RB753",
      DiagnosticSeverity.ERROR,
      "points waiver for a parent node",
      "miễn trừ điểm cho mục có tiêu chí con"),
  /** RB754: the waivers applied to the unit, listed in the scorecard with waivers. */
  WAIVERS_APPLIED("RB754", Severity.INFO, "waivers applied", "các miễn trừ đã áp dụng"),
  /** RB755: a waiver not in force on the period's as-of date, so not applied. */
  WAIVER_NOT_IN_FORCE("RB755", Severity.MAJOR, "waiver not in force", "miễn trừ không có hiệu lực"),
  /** RB756: a waiver in force for a node that does not apply to the unit, so changes nothing. */
  WAIVER_WITHOUT_EFFECT(
      "RB756", Severity.INFO, "waiver without effect", "miễn trừ không có tác dụng"),

  // Assessments and reconciliation (RB8xx): problems of an assessment checked against a catalog
  // (RB801–RB809) and the gaps reconciliation finds between claimed, computed and appraised
  // points (RB821–RB824).
  /** RB801: a score for a criterion code the catalog does not have. */
  ASSESSED_UNKNOWN_CRITERION(
      "RB801", Severity.MAJOR, "score for an unknown criterion", "điểm cho tiêu chí không tồn tại"),
  /** RB802: points above the node's maximum or below its floor. */
  ASSESSED_POINTS_OUT_OF_RANGE(
      "RB802", Severity.MAJOR, "points outside the node's range", "điểm ngoài khoảng điểm của mục"),
  /** RB803: a round without the round it answers, or dated before an earlier round. */
  ROUND_OUT_OF_ORDER("RB803", Severity.MAJOR, "round out of order", "vòng chấm sai thứ tự"),
  /** RB804: a summed node's score that differs from the sum of its criteria in the same round. */
  ROUND_CONTRADICTS_ITSELF(
      "RB804", Severity.MAJOR, "round contradicts itself", "điểm trong cùng một vòng mâu thuẫn"),
  /** RB805: a self-score for a criterion of the survey channel. */
  SURVEY_SELF_SCORED(
      "RB805",
      Severity.MAJOR,
      "survey criterion self-scored",
      "tiêu chí điều tra xã hội học bị đơn vị tự chấm"),
  /** RB806: an assessment of a unit that is not in the cohort evaluated. */
  UNIT_NOT_IN_COHORT(
      "RB806",
      Severity.MAJOR,
      "assessed unit missing from the cohort",
      "đơn vị được chấm không có trong nhóm"),
  /** RB807: an assessment against another catalog, catalog version or period. */
  ASSESSMENT_OF_OTHER_CATALOG(
      "RB807",
      Severity.MAJOR,
      "assessment of another catalog or period",
      "bản chấm điểm của bộ tiêu chí hoặc kỳ khác"),
  /** RB808: a summed node scored in a round that scores none of its criteria. */
  SUMMED_NODE_SCORED_ALONE(
      "RB808", Severity.MINOR, "summed node scored alone", "mục tổng được chấm riêng"),
  /** RB809: a unit of the cohort without an assessment. */
  UNIT_NOT_ASSESSED(
      "RB809", Severity.INFO, "unit without an assessment", "đơn vị chưa có bản chấm điểm"),
  /** RB821: a self-score above the points the evidence supports. */
  OVER_CLAIMED(
      "RB821", Severity.MAJOR, "claimed but not evidenced", "tự chấm cao hơn tài liệu kiểm chứng"),
  /** RB822: a self-score below the points the evidence supports. */
  UNDER_CLAIMED("RB822", Severity.MINOR, "under-claimed", "tự chấm thấp hơn tài liệu kiểm chứng"),
  /** RB823: the council's points differ from the points computed from the evidence. */
  COUNCIL_OVERRODE(
      "RB823",
      Severity.MINOR,
      "council overrode the computed score",
      "hội đồng cho điểm khác điểm tính được"),
  /** RB824: the council changed its points after the unit's explanation. */
  CHANGED_BY_EXPLANATION(
      "RB824", Severity.INFO, "changed by explanation", "điểm thay đổi sau giải trình");

  /** The page that documents every code, relative to the repository root. */
  public static final String DOCS_PAGE = "docs/diagnostics.md";

  private final String code;
  private final @Nullable DiagnosticSeverity severity;
  private final @Nullable Severity findingSeverity;
  private final String title;
  private final String titleVi;

  DiagnosticCode(String code, DiagnosticSeverity severity, String title, String titleVi) {
    this.code = code;
    this.severity = severity;
    this.findingSeverity = null;
    this.title = title;
    this.titleVi = titleVi;
  }

  DiagnosticCode(String code, Severity findingSeverity, String title, String titleVi) {
    this.code = code;
    this.severity = null;
    this.findingSeverity = findingSeverity;
    this.title = title;
    this.titleVi = titleVi;
  }

  /** Returns the code with the given text, such as {@code "RB204"}, if it is registered. */
  public static Optional<DiagnosticCode> of(String code) {
    for (DiagnosticCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Returns the code's text, {@code RB} and three digits, such as {@code "RB204"}. */
  public String code() {
    return code;
  }

  /**
   * Returns a short lowercase title in English, such as {@code "unknown name"}; it is also the
   * heading of the code's section in {@link #DOCS_PAGE}.
   */
  public String title() {
    return title;
  }

  /**
   * Returns the short lowercase title in {@code language}, such as {@code "tên chưa được khai báo"}
   * in Vietnamese for {@code RB204}; in English it is {@link #title()}.
   */
  public String title(Language language) {
    return language == Language.VI ? titleVi : title;
  }

  /**
   * Returns whether the code is carried by findings (RB5xx, RB6xx, RB8xx) rather than by
   * compile-time diagnostics (RB1xx–RB4xx).
   */
  public boolean isFinding() {
    return findingSeverity != null;
  }

  /**
   * Returns the severity of the diagnostics that carry this code.
   *
   * @throws IllegalStateException if this is a {@linkplain #isFinding() finding} code
   */
  public DiagnosticSeverity severity() {
    if (severity == null) {
      throw new IllegalStateException(code + " is a finding code; see findingSeverity()");
    }
    return severity;
  }

  /**
   * Returns the severity of the findings that carry this code.
   *
   * @throws IllegalStateException if this is a compile-time diagnostic code
   */
  public Severity findingSeverity() {
    if (findingSeverity == null) {
      throw new IllegalStateException(code + " is a diagnostic code; see severity()");
    }
    return findingSeverity;
  }

  /**
   * Returns the heading of the code's section in {@link #DOCS_PAGE}, without the {@code ###}: the
   * code, a dash and the title, marked {@code (warning)} for warnings, such as {@code "RB304 —
   * overlapping tiers (warning)"}.
   */
  public String heading() {
    return code + " — " + title + (severity == DiagnosticSeverity.WARNING ? " (warning)" : "");
  }

  /**
   * Returns the anchor of the code's section in {@link #DOCS_PAGE}, the fragment a link to it ends
   * with, such as {@code "rb204--unknown-name"}.
   */
  public String anchor() {
    // GitHub's rule for heading ids: lowercase, drop what is not a letter, digit, space, '-' or
    // '_',
    // then turn each space into '-' (so " — " becomes "--").
    return heading()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  /** Returns {@link #DOCS_PAGE} with the {@linkplain #anchor() anchor}, for links. */
  public String docsLink() {
    return DOCS_PAGE + "#" + anchor();
  }
}
