package dev.rubric.core.waiver;

import dev.rubric.core.internal.Text;
import dev.rubric.core.io.InvalidInputException;
import dev.rubric.core.io.TextFiles;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * A set of waivers, as one {@code "rubric-waivers/1"} document holds them: at most one waiver per
 * unit and criterion, in document order.
 *
 * <pre>{@code
 * Waivers waivers = Waivers.read(Path.of("waivers-2022.json"), "waivers-2022.json");
 * WaivedEvaluation e = catalog.evaluate(file, waivers);   // rubric-rules-dsl
 * }</pre>
 *
 * <p>Reading fails closed: a file that is missing, not UTF-8, not JSON or not a valid waivers
 * document throws with the file, position and JSON path of the problem; it never yields an empty
 * set. Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Waivers {

  Waivers() {}

  /** Returns a builder of a waiver set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the set of {@code waivers}, in order. */
  public static Waivers of(List<Waiver> waivers) {
    return builder().addAllWaivers(waivers).build();
  }

  /** Builds a {@link Waivers}; obtained from {@link Waivers#builder()}. */
  public static final class Builder extends ImmutableWaivers.Builder {
    Builder() {}
  }

  /** Returns the waivers in document order. */
  public abstract List<Waiver> waivers();

  /** Returns the waivers of the unit with code {@code unitCode}, in document order. */
  public List<Waiver> forUnit(String unitCode) {
    String code = Text.nfc(Objects.requireNonNull(unitCode, "unitCode"));
    return waivers().stream().filter(w -> w.unitCode().equals(code)).toList();
  }

  /**
   * Reads a {@code "rubric-waivers/1"} file.
   *
   * @param name how the file is named in messages, usually the path as the user typed it
   * @throws InvalidInputException if the file is missing, unreadable, not UTF-8 or not a valid
   *     waivers document; the message names the file and, for a problem in the document, its line,
   *     column and JSON path
   */
  public static Waivers read(Path path, String name) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    String text = TextFiles.read(path, name);
    try {
      return Json.readWaivers(name, text);
    } catch (JsonFormatException e) {
      throw new InvalidInputException(e.text());
    }
  }

  @Value.Check
  void check() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < waivers().size(); i++) {
      Waiver w = waivers().get(i);
      Integer first = seen.putIfAbsent(w.unitCode() + "\u0000" + w.criterionCode(), i);
      if (first != null) {
        throw new IllegalArgumentException(
            "waivers: expected one waiver per unit and criterion but found unit '"
                + w.unitCode()
                + "' and criterion '"
                + w.criterionCode()
                + "' at positions "
                + first
                + " and "
                + i);
      }
    }
  }
}
