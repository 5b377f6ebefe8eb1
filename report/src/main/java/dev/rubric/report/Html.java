package dev.rubric.report;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.NodeKind;
import dev.rubric.core.result.NodeStatus;
import java.math.RoundingMode;

/**
 * Pieces shared by the HTML reports: escaping and the page frame. Reports are single,
 * self-contained files: inline CSS, inline SVG or CSS bars, no scripts, fonts or other requests.
 */
final class Html {
  private Html() {}

  /** The style sheet of every report. */
  private static final String CSS =
      String.join(
          "\n",
          ":root{--fg:#1f2933;--muted:#616e7c;--line:#d9e2ec;--bg:#fff;--soft:#f5f7fa;",
          "  --met:#2f855a;--partial:#b7791f;--not-met:#c53030;--na:#a0aec0;",
          "  --insufficient:#805ad5;--error:#9b2c2c}",
          "*{box-sizing:border-box}",
          "body{margin:0;background:var(--soft);color:var(--fg);",
          "  font:15px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica"
              + " Neue',Arial,sans-serif}",
          "main{max-width:960px;margin:0 auto;padding:24px;background:var(--bg)}",
          "h1{font-size:1.7rem;margin:.2rem 0}",
          "h2{font-size:1.2rem;margin:2rem 0 .6rem;border-bottom:1px solid var(--line);",
          "  padding-bottom:.3rem}",
          "h3{font-size:1rem;margin:1.2rem 0 .4rem}",
          ".eyebrow,.meta,.note{color:var(--muted);margin:.2rem 0}",
          ".headline{display:flex;gap:16px;flex-wrap:wrap;margin-top:1rem}",
          ".tile{border:1px solid var(--line);border-radius:8px;padding:10px 16px;min-width:150px}",
          ".tile .label{display:block;color:var(--muted);font-size:.85rem}",
          ".tile .value{font-size:1.8rem;font-weight:700}",
          "table{border-collapse:collapse;width:100%}",
          "th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);",
          "  vertical-align:top}",
          "th{font-size:.85rem;color:var(--muted);font-weight:600}",
          "td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}",
          ".bar{background:var(--line);border-radius:4px;height:12px;min-width:120px;",
          "  margin-top:5px;overflow:hidden}",
          ".fill{height:100%;background:#3182ce}",
          ".status{white-space:nowrap;font-weight:600}",
          ".s-met{color:var(--met)}",
          ".s-partial{color:var(--partial)}",
          ".s-not_met{color:var(--not-met)}",
          ".s-not_applicable{color:var(--na)}",
          ".s-insufficient_evidence{color:var(--insufficient)}",
          ".s-error{color:var(--error)}",
          ".s-neutral{color:var(--na)}",
          ".fill.s-met{background:var(--met)}",
          ".fill.s-partial{background:var(--partial)}",
          ".fill.s-not_met{background:var(--not-met)}",
          ".fill.s-not_applicable{background:var(--na)}",
          ".fill.s-insufficient_evidence{background:var(--insufficient)}",
          ".fill.s-error{background:var(--error)}",
          ".fill.s-neutral{background:var(--na)}",
          ".sev-critical{color:#9b2c2c}",
          ".sev-major{color:var(--not-met)}",
          ".sev-minor{color:var(--partial)}",
          ".sev-info{color:#2b6cb0}",
          "ul.findings{list-style:none;padding:0;margin:0}",
          "ul.findings li{border-left:4px solid var(--line);padding:6px 12px;margin:8px 0;",
          "  background:var(--soft)}",
          ".code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;",
          "  color:var(--muted);margin-right:.4rem}",
          ".lost{color:var(--muted);white-space:nowrap}",
          ".rec{margin:.3rem 0 0;color:#22543d}",
          "details{border-left:2px solid var(--line);margin:4px 0 4px 6px;padding-left:10px}",
          "summary{cursor:pointer;padding:2px 0}",
          "summary .pts{color:var(--muted);margin:0 .4rem;font-variant-numeric:tabular-nums}",
          "pre.why{white-space:pre-wrap;background:var(--soft);padding:8px;border-radius:6px;",
          "  margin:4px 0;font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}",
          "svg text{font-size:12px;fill:var(--fg)}",
          "svg .b0{fill:#2f855a}",
          "svg .b1{fill:#3182ce}",
          "svg .b2{fill:#b7791f}",
          "svg .b3{fill:#c53030}",
          "svg .b4{fill:#718096}",
          ".fill.b0{background:#2f855a}",
          ".fill.b1{background:#3182ce}",
          ".fill.b2{background:#b7791f}",
          ".fill.b3{background:#c53030}",
          ".fill.b4{background:#718096}",
          "footer{margin-top:2rem;color:var(--muted);font-size:.8rem;overflow-wrap:anywhere}",
          "@media (max-width:640px){main{padding:16px}th,td{padding:6px 4px}",
          "  .status{white-space:normal}.bar{min-width:60px}.tile{min-width:0;flex:1 1 40%}}",
          "@media print{body{background:#fff}main{padding:0}details{break-inside:avoid}}");

  /**
   * Returns {@code text} escaped for HTML text and for double- or single-quoted attribute values.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Appends the start of a page: doctype, head with {@code title} and the style sheet, and {@code
   * <main>}.
   */
  static void open(StringBuilder out, Language lang, String title) {
    open(out, lang, title, "");
  }

  /**
   * Appends the start of a page as {@link #open(StringBuilder, Language, String)}, with {@code
   * extraCss} after the shared style sheet.
   */
  static void open(StringBuilder out, Language lang, String title, String extraCss) {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(lang.tag())
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append("</title>\n")
        .append("<style>\n")
        .append(CSS)
        .append(extraCss.isEmpty() ? "" : "\n" + extraCss)
        .append("\n</style>\n</head>\n<body>\n<main>\n");
  }

  /** Appends the footer and the end of the page. */
  static void close(StringBuilder out, String footer) {
    out.append("<footer>").append(escape(footer)).append("</footer>\n</main>\n</body>\n</html>\n");
  }

  /**
   * Returns the CSS class of {@code status} for a node of {@code kind}: {@code s-neutral} (the
   * colour of "not applicable") for a bonus item not earned, else {@link #statusClass(NodeStatus)}.
   */
  static String statusClass(NodeStatus status, NodeKind kind) {
    return status.isNeutral(kind) ? "s-neutral" : statusClass(status);
  }

  /** Returns the CSS class of a status, e.g. {@code s-not_met}. */
  static String statusClass(NodeStatus status) {
    return "s-" + Labels.code(status);
  }

  /**
   * Returns {@code part / whole} as a percentage from 0 to 100 with at most two decimals; 0 when
   * {@code whole} is not positive.
   */
  static String percent(Decimal part, Decimal whole) {
    if (whole.signum() <= 0) {
      return "0";
    }
    Decimal p = part.times(Decimal.HUNDRED).divide(whole).max(Decimal.ZERO).min(Decimal.HUNDRED);
    return p.round(2, RoundingMode.HALF_UP).toString();
  }

  /**
   * Returns how much of a node's bar is filled, from 0 to 100: the share of the applicable maximum
   * earned, or for a penalty item (which earns zero or negative points) the share deducted.
   */
  static String barPercent(Decimal earned, Decimal applicableMax, boolean penalty) {
    return percent(penalty ? earned.negate() : earned, applicableMax);
  }

  /** Returns whether the top-level node {@code code} of {@code catalog} is a penalty item. */
  static boolean isPenalty(Catalog catalog, String code) {
    return catalog.node(code).map(n -> n.kind() == NodeKind.PENALTY).orElse(false);
  }

  /** Appends a CSS bar filled to {@code percent} with the extra class {@code fillClass}. */
  static void bar(StringBuilder out, String percent, String fillClass, String label) {
    out.append("<div class=\"bar\" role=\"img\" aria-label=\"")
        .append(escape(label))
        .append("\">")
        .append("<div class=\"fill ")
        .append(fillClass)
        .append("\" style=\"width:")
        .append(percent)
        .append("%\"></div></div>");
  }
}
