package dev.rubric.core.finding;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a node scored what it did: a tree of evaluated predicates, each with the values that decided
 * it.
 *
 * <p>Example: a node's explanation {@code "đúng hạn = 412/420 = 98,10% ≥ 98% → 3/4 điểm"} (English
 * {@code "on-time = 412/420 = 98.10% ≥ 98% → 3 of 4 points"}) whose children explain the inputs it
 * read. The text is already rendered in both languages by the evaluator, so an explanation needs no
 * catalog to be shown.
 *
 * @param text the rendered predicate with its values
 * @param children the sub-predicates that led to {@code text}, in evaluation order; empty for a
 *     leaf
 */
public record Explanation(LocalizedText text, List<Explanation> children) {

  /** Validates and copies the components. */
  public Explanation {
    Objects.requireNonNull(text, "text");
    children = List.copyOf(children);
  }

  /** Returns a leaf explanation. */
  public static Explanation of(LocalizedText text) {
    return new Explanation(text, List.of());
  }

  /** Returns an explanation with sub-predicates. */
  public static Explanation of(LocalizedText text, List<Explanation> children) {
    return new Explanation(text, children);
  }

  /**
   * Renders the tree as indented text in {@code language}: one line per node in pre-order, indented
   * two spaces per level below this node, lines separated by {@code '\n'}, with no trailing
   * newline. A text that itself spans several lines has each of its lines indented at its node's
   * level.
   *
   * <pre>{@code
   * tỷ lệ đúng hạn → 3/4 điểm
   *   đúng hạn = 412
   *   đã giải quyết = 420
   * }</pre>
   */
  public String render(Language language) {
    Objects.requireNonNull(language, "language");
    List<String> lines = new ArrayList<>();
    render(language, 0, lines);
    return String.join("\n", lines);
  }

  private void render(Language language, int depth, List<String> lines) {
    String indent = "  ".repeat(depth);
    for (String line : text.in(language).split("\n", -1)) {
      lines.add(indent + line);
    }
    for (Explanation child : children) {
      child.render(language, depth + 1, lines);
    }
  }
}
