package dev.rubric.dsl.internal.check;

import dev.rubric.core.Decimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names visible at one place of a catalog: the lets of the catalog, of the enclosing nodes and
 * of the node itself declared so far, and the node's max ({@code null} in catalog-wide lets, where
 * {@code max} means nothing). A node's scope starts as a copy of its parent's, so a let is visible
 * in its node's rule, findings and sub-criteria but not in sibling nodes.
 */
final class Scope {

  /** A let in scope: its slot and the type of its value. */
  record Let(int slot, Type type) {}

  private final Map<String, Let> lets;
  private final @Nullable Decimal max;

  private Scope(Map<String, Let> lets, @Nullable Decimal max) {
    this.lets = lets;
    this.max = max;
  }

  /** Returns the empty scope of the catalog's own lets. */
  static Scope catalog() {
    return new Scope(new LinkedHashMap<>(), null);
  }

  /** Returns the scope of a node below this one, whose max is {@code max}. */
  Scope node(Decimal max) {
    return new Scope(new LinkedHashMap<>(lets), max);
  }

  /** Adds a let to this scope. */
  void declare(String name, Let let) {
    lets.put(name, let);
  }

  Optional<Let> let(String name) {
    return Optional.ofNullable(lets.get(name));
  }

  boolean contains(String name) {
    return lets.containsKey(name);
  }

  Set<String> names() {
    return lets.keySet();
  }

  /** Returns the enclosing node's max, or null outside a node. */
  @Nullable Decimal max() {
    return max;
  }
}
