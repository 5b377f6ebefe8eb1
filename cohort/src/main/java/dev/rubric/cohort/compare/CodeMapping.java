package dev.rubric.cohort.compare;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An explicit mapping from the node codes of one catalog version to those of the next, for nodes
 * that were renumbered, moved or merged ({@code "rubric-mapping/1"}, a side file beside the two
 * catalogs; its JSON Schema is {@code docs/schemas/mapping.schema.json}). A code the mapping does
 * not name keeps its code. Several old codes mapped to one new code are a merge.
 *
 * <pre>{@code
 * {
 *   "format": "rubric-mapping/1",
 *   "catalogId": "cchc-xa", "from": "2021.1.0", "to": "2022.1.0",
 *   "codes": [{"from": "8.4", "to": "7.5", "note": "…"}]
 * }
 * }</pre>
 *
 * @param catalogId the catalog both versions belong to
 * @param from the older version
 * @param to the newer version
 * @param codes the mapped codes, in file order
 */
public record CodeMapping(String catalogId, String from, String to, List<Entry> codes) {

  /** The value of the {@code "format"} field. */
  public static final String FORMAT = "rubric-mapping/1";

  /**
   * One mapped code.
   *
   * @param from the code in the older version
   * @param to the code in the newer version
   * @param note why, for people; empty when not given
   */
  public record Entry(String from, String to, Optional<String> note) {
    /** Checks that no component is null. */
    public Entry {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(note, "note");
    }
  }

  /**
   * Validates and copies the components.
   *
   * @throws IllegalArgumentException if an old code is mapped twice
   */
  public CodeMapping {
    Objects.requireNonNull(catalogId, "catalogId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    codes = List.copyOf(codes);
    Set<String> seen = new HashSet<>();
    for (Entry e : codes) {
      if (!seen.add(e.from())) {
        throw new IllegalArgumentException(
            "codes: the old code '" + e.from() + "' is mapped twice");
      }
    }
  }

  /** Returns the mapping between {@code from} and {@code to} that maps no code. */
  public static CodeMapping identity(String catalogId, String from, String to) {
    return new CodeMapping(catalogId, from, to, List.of());
  }

  /** Returns the new codes by old code, in file order. */
  public Map<String, String> byOldCode() {
    Map<String, String> out = new LinkedHashMap<>();
    codes.forEach(e -> out.put(e.from(), e.to()));
    return out;
  }

  /**
   * Reads a mapping document.
   *
   * @param name how the document is named in messages
   * @param json the document
   * @throws dev.rubric.core.io.InvalidInputException naming the line, column and JSON path of the
   *     first problem
   */
  public static CodeMapping read(String name, String json) {
    SideFile.Obj root = SideFile.read(name, json);
    SideFile.Fields f = SideFile.fields(name, root, "format", "catalogId", "from", "to", "codes");
    f.format(FORMAT);
    String catalogId = f.string("catalogId");
    String from = f.string("from");
    String to = f.string("to");
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (SideFile.Value item : f.array("codes").items()) {
      SideFile.Fields e = SideFile.fields(name, f.object(item), "from", "to", "note");
      SideFile.Value old = e.required("from");
      String oldCode = e.string(old);
      if (!seen.add(oldCode)) {
        throw e.error(
            old, SideFile.BOOK.say("sidefile.old-code-twice", "code", SideFile.shown(oldCode)));
      }
      entries.add(new Entry(oldCode, e.string("to"), e.optionalString("note")));
    }
    return new CodeMapping(catalogId, from, to, entries);
  }
}
