package dev.rubric.dsl.internal.syntax;

import dev.rubric.core.diagnostic.SourceSpan;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a catalog's layering statements said: the base it {@code extends}, its {@code override}s and
 * {@code remove}s, and where each catalog statement was written (so that a layer that sets again
 * what a base set can be told from one that overrides it). Kept apart from {@link Syntax.Catalog},
 * which stays the catalog as written.
 */
public final class LayerSyntax {
  private LayerSyntax() {}

  /**
   * {@code extends "id" version "range"}.
   *
   * @param span the whole clause, from {@code extends} to the range
   */
  public record Extends(Syntax.Name id, Syntax.Name range, SourceSpan span) {}

  /**
   * {@code override "code" … { … }}: what the node says replaces the base node's property of the
   * same name; its title is {@link LayerParser#NO_TITLE} when left out, and {@code criterion}
   * statements inside add sub-criteria.
   *
   * @param node the override's content, parsed as a criterion
   * @param span the word {@code override} and the code
   */
  public record NodeOverride(Syntax.Node node, SourceSpan span) {
    /** Returns whether the override gives the node a new title. */
    public boolean hasTitle() {
      return !node.title().equals(LayerParser.NO_TITLE);
    }
  }

  /**
   * {@code remove "code"}.
   *
   * @param span the word {@code remove} and the code
   */
  public record Removal(Syntax.Name code, SourceSpan span) {}

  /**
   * A catalog statement as written: where, and whether {@code override} preceded it.
   *
   * @param span the statement's keyword (and {@code override} before it)
   */
  public record Statement(SourceSpan span, boolean override) {}

  /**
   * The layering statements of one catalog text.
   *
   * @param base the catalog it extends, if any
   * @param overrides node overrides in text order
   * @param removals removals in text order
   * @param statements the first of each single catalog statement ({@code title}, {@code index},
   *     {@code bands}, …) by keyword
   */
  public record Layer(
      Optional<Extends> base,
      List<NodeOverride> overrides,
      List<Removal> removals,
      Map<String, Statement> statements) {

    /** Returns whether the text has any layering statement. */
    public boolean isLayered() {
      return base.isPresent() || !overrides.isEmpty() || !removals.isEmpty();
    }
  }
}
