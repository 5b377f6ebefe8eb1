package dev.rubric.core.finding;

import dev.rubric.core.Language;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.message.Message;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Why a node scored what it did: a tree of evaluated predicates, each with the values that decided
 * it.
 *
 * <p>Example: a node's explanation {@code "3.2 Tỷ lệ hồ sơ giải quyết đúng hạn: 3/4 điểm (Đạt một
 * phần)"} (English {@code "3.2 On-time rate: 3 of 4 points (Partially met)"}) with the child {@code
 * "ho_so_dung_han = 412/420 = 98,10% ≥ 98% → 3 điểm"} that says which tier decided it. Each line is
 * a {@link Message}: what decided it (the rule, branch or tier) and the exact values it compared,
 * such as 412, 420 and the 98% threshold. Words are made only when {@link #text()} or {@link
 * #render} is called; showing them needs no catalog.
 *
 * <p>The evaluator goes one step further: it does not even record the lines while it scores a unit.
 * It gives each node a {@linkplain #deferred deferred} explanation that keeps what decided the node
 * (the node's rule and the unit's values) and replays the rule, recording its lines, the first time
 * {@link #message()} or {@link #children()} is asked for. Replaying is deterministic, so a deferred
 * explanation is indistinguishable from one built eagerly: same lines, same rendering, equal.
 *
 * <p>Instances are immutable and thread-safe. Two explanations are equal when their lines read the
 * same in every language ({@link Message}'s equality), whatever their form.
 */
public final class Explanation {

  private volatile @Nullable Tree tree;
  private final @Nullable Supplier<Explanation> source;

  /** The lines of an explanation once known. */
  private record Tree(Message message, List<Explanation> children) {}

  /**
   * Returns an explanation that says {@code message}, explained in turn by {@code children}.
   *
   * @param message what the line says, with the values that decided it
   * @param children the sub-predicates that led to {@code message}, in evaluation order; empty for
   *     a leaf
   */
  public Explanation(Message message, List<Explanation> children) {
    Objects.requireNonNull(message, "message");
    this.tree = new Tree(message, List.copyOf(children));
    this.source = null;
  }

  private Explanation(Supplier<Explanation> source) {
    this.source = source;
  }

  /** Returns a leaf explanation that says {@code message}. */
  public static Explanation of(Message message) {
    return new Explanation(message, List.of());
  }

  /** Returns an explanation that says {@code message}, with sub-predicates. */
  public static Explanation of(Message message, List<Explanation> children) {
    return new Explanation(message, children);
  }

  /** Returns a leaf explanation that is already text. */
  public static Explanation of(LocalizedText text) {
    return new Explanation(Message.literal(text), List.of());
  }

  /** Returns an explanation that is already text, with sub-predicates. */
  public static Explanation of(LocalizedText text, List<Explanation> children) {
    return new Explanation(Message.literal(text), children);
  }

  /**
   * Returns an explanation made by {@code source} when first read. {@code source} must be a pure
   * function: it may be called more than once (by threads that read the explanation at the same
   * moment), and every call must give equal explanations. It is dropped once it has been called.
   */
  public static Explanation deferred(Supplier<Explanation> source) {
    return new Explanation(Objects.requireNonNull(source, "source"));
  }

  private Tree tree() {
    Tree t = tree;
    if (t == null) {
      Supplier<Explanation> s = Objects.requireNonNull(source);
      t = Objects.requireNonNull(s.get(), "deferred explanation").tree();
      tree = t;
    }
    return t;
  }

  /** Returns what this line says, with the values that decided it. */
  public Message message() {
    return tree().message();
  }

  /** Returns the sub-predicates that led to this line, in evaluation order; empty for a leaf. */
  public List<Explanation> children() {
    return tree().children();
  }

  /** Returns this line rendered in Vietnamese and English (its children not included). */
  public LocalizedText text() {
    return message().text();
  }

  /**
   * Renders the tree as indented text in {@code language}: one line per node in pre-order, indented
   * two spaces per level below this node, lines separated by {@code '\n'}, with no trailing
   * newline. A text that itself spans several lines has each of its lines indented at its node's
   * level.
   *
   * <pre>{@code
   * 3.2 Tỷ lệ hồ sơ giải quyết đúng hạn: 3/4 điểm (Đạt một phần)
   *   ho_so_dung_han = 412/420 = 98,10% ≥ 98% → 3 điểm
   * }</pre>
   */
  public String render(Language language) {
    Objects.requireNonNull(language, "language");
    StringBuilder out = new StringBuilder(256);
    render(language, 0, out, true);
    return out.toString();
  }

  private void render(Language language, int depth, StringBuilder out, boolean first) {
    String text = message().in(language);
    int start = 0;
    boolean firstLine = first;
    while (true) {
      if (!firstLine) {
        out.append('\n');
      }
      firstLine = false;
      for (int i = 0; i < depth; i++) {
        out.append("  ");
      }
      int end = text.indexOf('\n', start);
      if (end < 0) {
        out.append(text, start, text.length());
        break;
      }
      out.append(text, start, end);
      start = end + 1;
    }
    for (Explanation child : children()) {
      child.render(language, depth + 1, out, false);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o == this || (o instanceof Explanation e && tree().equals(e.tree()));
  }

  @Override
  public int hashCode() {
    return tree().hashCode();
  }

  @Override
  public String toString() {
    return "Explanation[" + render(Language.EN).replace("\n", " / ") + "]";
  }
}
