package dev.rubric.cli.cli;

import dev.rubric.core.Language;
import dev.rubric.report.TextLayout;
import java.util.ArrayList;
import java.util.List;

/** Renders usage lines and help text in Vietnamese or English. */
public final class Help {

  /** The program's name in usage lines. */
  public static final String PROGRAM = "rubric";

  private Help() {}

  /**
   * Returns the usage line of {@code spec}, e.g. {@code Usage: rubric check [options] CATALOG...}.
   */
  public static String usage(CommandSpec spec, Language lang) {
    StringBuilder b =
        new StringBuilder(tr(lang, "Cách dùng: ", "Usage: "))
            .append(PROGRAM)
            .append(' ')
            .append(spec.name());
    for (Option o : spec.options()) {
      if (o.required()) {
        b.append(' ').append(o.synopsis());
      }
    }
    b.append(tr(lang, " [tùy chọn]", " [options]"));
    spec.operands().ifPresent(p -> b.append(' ').append(p.label()).append("..."));
    return b.toString();
  }

  /** Returns the line that points from a usage error to the command's help. */
  public static String tryHelp(CommandSpec spec, Language lang) {
    String command = PROGRAM + " " + spec.name() + " --help";
    return tr(
        lang, "Xem '" + command + "' để biết thêm.", "Try '" + command + "' for more information.");
  }

  /** Returns the help of one command. */
  public static String render(CommandSpec spec, Language lang) {
    StringBuilder b = new StringBuilder();
    b.append(usage(spec, lang)).append("\n\n").append(spec.description().in(lang)).append("\n\n");
    List<String[]> rows = new ArrayList<>();
    spec.operands().ifPresent(p -> rows.add(new String[] {p.label() + "...", p.help().in(lang)}));
    for (Option o : spec.options()) {
      String names = o.shortName().map(s -> s + ", ").orElse("    ") + o.synopsis();
      String help = o.help().in(lang);
      if (o.required()) {
        help += tr(lang, " (bắt buộc)", " (required)");
      }
      rows.add(new String[] {names, help});
    }
    b.append(tr(lang, "Tham số:", "Arguments:")).append('\n');
    appendColumns(b, rows);
    if (!spec.examples().isEmpty()) {
      b.append('\n').append(tr(lang, "Ví dụ:", "Examples:")).append('\n');
      for (String e : spec.examples()) {
        b.append("  ").append((PROGRAM + " " + e).stripTrailing()).append('\n');
      }
    }
    b.append('\n').append(exitCodes(lang));
    return b.toString();
  }

  /** Returns the overview: what the program does, its commands and common options. */
  public static String overview(List<CommandSpec> commands, Language lang, String version) {
    StringBuilder b = new StringBuilder();
    b.append("Rubric ")
        .append(version)
        .append(": ")
        .append(
            tr(
                lang,
                "đánh giá đơn vị hành chính theo bộ tiêu chí cải cách (.rubric)",
                "evaluates administrative units against reform criteria (.rubric)"))
        .append("\n\n")
        .append(tr(lang, "Cách dùng: ", "Usage: "))
        .append(PROGRAM)
        .append(tr(lang, " [LỆNH] [tùy chọn]", " [COMMAND] [options]"))
        .append('\n')
        .append(tr(lang, "Không có lệnh thì chạy 'demo'.", "Without a command, runs 'demo'."))
        .append("\n\n")
        .append(tr(lang, "Lệnh:", "Commands:"))
        .append('\n');
    List<String[]> rows = new ArrayList<>();
    for (CommandSpec c : commands) {
      rows.add(new String[] {c.name(), c.summary().in(lang)});
    }
    appendColumns(b, rows);
    b.append('\n').append(tr(lang, "Tùy chọn chung:", "Common options:")).append('\n');
    appendColumns(
        b,
        List.of(
            new String[] {
              "    --lang vi|en",
              tr(
                  lang,
                  "Ngôn ngữ của báo cáo và trợ giúp (mặc định: vi)",
                  "Language of reports and help (default: vi)")
            },
            new String[] {
              "    --no-color",
              tr(
                  lang,
                  "Không tô màu (cũng khi đặt biến NO_COLOR)",
                  "Never colour the output (also when NO_COLOR is set)")
            },
            new String[] {"-h, --help", tr(lang, "In trợ giúp", "Print help")},
            new String[] {"-V, --version", tr(lang, "In phiên bản", "Print the version")}));
    b.append('\n')
        .append(
            tr(
                lang,
                "Xem '" + PROGRAM + " LỆNH --help' để biết chi tiết từng lệnh.",
                "Run '" + PROGRAM + " COMMAND --help' for the details of a command."))
        .append('\n');
    b.append('\n').append(exitCodes(lang));
    return b.toString();
  }

  private static String exitCodes(Language lang) {
    return tr(
        lang,
        "Mã thoát: 0 thành công, 1 đầu vào không hợp lệ (chẩn đoán, lỗi dữ liệu), 2 sai cú pháp"
            + " dòng lệnh\n",
        "Exit status: 0 success, 1 invalid input (diagnostics, data errors), 2 command-line usage"
            + " error\n");
  }

  private static void appendColumns(StringBuilder b, List<String[]> rows) {
    int width = 0;
    for (String[] r : rows) {
      width = Math.max(width, TextLayout.width(r[0]));
    }
    for (String[] r : rows) {
      b.append("  ")
          .append(r[0])
          .append(" ".repeat(width - TextLayout.width(r[0]) + 2))
          .append(r[1])
          .append('\n');
    }
  }

  private static String tr(Language lang, String vi, String en) {
    return lang == Language.EN ? en : vi;
  }
}
