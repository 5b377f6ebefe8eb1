package dev.rubric.dsl.internal.check;

import dev.rubric.dsl.internal.syntax.Site;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the checker learned about each expression of a catalog: the binding of every name and the
 * type of every expression, keyed by the {@link Site} the expression stands at, so that one
 * expression object in two places (a builder user may reuse one) has a binding per place. Filled
 * while checking; the compiler then reads it once to build the evaluation plan, and evaluation
 * never consults it.
 */
public final class Resolution {
  private final Map<Site, Binding> bindings = new HashMap<>();
  private final Map<Site, Type> types = new HashMap<>();
  private int letCount;

  Resolution() {}

  void bind(Site at, Binding binding) {
    bindings.put(at, binding);
  }

  void setType(Site at, Type type) {
    types.put(at, type);
  }

  /** Returns the slot of a new let; slots number every let of the catalog in declaration order. */
  int newLet() {
    return letCount++;
  }

  /** Returns what the name (or {@code unit.x} field) at {@code at} refers to. */
  public Optional<Binding> binding(Site at) {
    return Optional.ofNullable(bindings.get(at));
  }

  /** Returns the static type of the expression at {@code at}. */
  public Type type(Site at) {
    Type t = types.get(at);
    return t == null ? Type.ERROR : t;
  }

  /** Returns how many {@code let} values the catalog declares (catalog and node lets together). */
  public int letCount() {
    return letCount;
  }
}
