package dev.rubric.cohort.compare;

import dev.rubric.core.Language;
import java.util.List;
import java.util.Objects;

/**
 * Something a comparison could not settle by itself and a person should look at: a node removed
 * without a mapping, a unit that ended without a successor. Stable {@linkplain Kind#code() codes},
 * words in Vietnamese and English.
 *
 * @param kind what it is
 * @param args the values its words name, in order
 */
public record Warning(Kind kind, List<String> args) {

  /** Copies the arguments and checks their number. */
  public Warning {
    Objects.requireNonNull(kind, "kind");
    args = List.copyOf(args);
    if (args.size() != kind.arity) {
      throw new IllegalArgumentException(
          "args: expected " + kind.arity + " for " + kind.code + " but found " + args.size());
    }
  }

  /** Returns the warning of {@code kind} with {@code args}. */
  public static Warning of(Kind kind, String... args) {
    return new Warning(kind, List.of(args));
  }

  /** Returns the warning in {@code language}. */
  public String text(Language language) {
    String s = language == Language.EN ? kind.en : kind.vi;
    for (int i = 0; i < args.size(); i++) {
      s = s.replace("{" + i + "}", args.get(i));
    }
    return s;
  }

  /** The kinds of warning. */
  public enum Kind {
    /** A node of the older version has no counterpart and no mapping. */
    MAPPING_MISSING(
        "mapping-missing",
        1,
        "Tiêu chí '{0}' của phiên bản cũ không còn và không có ánh xạ mã: nếu nó đổi mã, hãy ghi"
            + " vào tệp ánh xạ",
        "Node '{0}' of the older version is gone and no mapping names it: if it was renumbered,"
            + " add it to the mapping file"),
    /** As {@link #MAPPING_MISSING}, with a likely new code. */
    MAPPING_SUGGESTED(
        "mapping-suggested",
        2,
        "Tiêu chí '{0}' của phiên bản cũ không còn, '{1}' mới có cùng tên: có phải đổi mã? Ghi"
            + " \"{0}\" → \"{1}\" vào tệp ánh xạ",
        "Node '{0}' of the older version is gone and the new '{1}' has its title: renumbered?"
            + " Map \"{0}\" to \"{1}\" in the mapping file"),
    /** The mapping names a code neither version has where it should. */
    MAPPING_UNKNOWN_CODE(
        "mapping-unknown-code",
        2,
        "Tệp ánh xạ nêu mã '{0}' không có trong {1} và bị bỏ qua",
        "The mapping names '{0}', which {1} does not have; the entry is ignored"),
    /** The mapping is for other versions than the catalogs compared. */
    MAPPING_OTHER_VERSIONS(
        "mapping-other-versions",
        2,
        "Tệp ánh xạ dành cho {0}, không phải {1}",
        "The mapping is for {0}, not {1}"),
    /** The declared version bump is smaller than the changes require. */
    BUMP_TOO_SMALL(
        "bump-too-small",
        2,
        "Phiên bản tăng ở mức {0} nhưng các thay đổi đòi hỏi mức {1}",
        "The version is bumped {0} but the changes require {1}"),
    /** The two catalogs have different ids. */
    OTHER_CATALOG(
        "other-catalog",
        2,
        "Hai bộ tiêu chí khác mã: '{0}' và '{1}'",
        "The two catalogs have different ids: '{0}' and '{1}'"),
    /** A unit of one period has no successor in the next and no succession entry. */
    UNIT_ENDED(
        "unit-ended",
        3,
        "Đơn vị {0} có trong kỳ {1} nhưng không có trong kỳ {2} và bảng kế thừa không nêu",
        "Unit {0} is in period {1} but not in {2}, and the succession table does not name it"),
    /** A unit of one period has no predecessor in the one before. */
    UNIT_NEW(
        "unit-new",
        3,
        "Đơn vị {0} có trong kỳ {2} nhưng không có trong kỳ {1} và bảng kế thừa không nêu",
        "Unit {0} is in period {2} but not in {1}, and the succession table does not name it"),
    /** A succession event names a unit absent from the periods it links. */
    SUCCESSION_UNKNOWN_UNIT(
        "succession-unknown-unit",
        2,
        "Bảng kế thừa nêu đơn vị {0} không có trong kỳ {1}",
        "The succession table names unit {0}, which period {1} does not have"),
    /** A unit is the successor of several: no single predecessor to compare with. */
    UNIT_MERGED(
        "unit-merged",
        2,
        "Đơn vị {0} được hợp nhất từ {1}: không so sánh với một đơn vị trước",
        "Unit {0} was merged from {1}: not compared with a single predecessor");
    private final String code;
    private final int arity;
    private final String vi;
    private final String en;

    Kind(String code, int arity, String vi, String en) {
      this.code = code;
      this.arity = arity;
      this.vi = vi;
      this.en = en;
    }

    /** Returns the stable code, e.g. {@code mapping-missing}. */
    public String code() {
      return code;
    }
  }
}
