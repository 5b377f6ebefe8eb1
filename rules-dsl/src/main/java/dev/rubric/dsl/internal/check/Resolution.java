package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.Expr;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the checker learned about each expression of a catalog: the binding of every name and the
 * type of every expression, keyed by identity. The compiler reads it once to build the evaluation
 * plan; evaluation never consults it.
 */
public final class Resolution {
  private final Map<Expr, Binding> bindings;
  private final Map<Expr, Type> types;
  private final int letCount;

  Resolution(Map<Expr, Binding> bindings, Map<Expr, Type> types, int letCount) {
    this.bindings = new IdentityHashMap<>(bindings);
    this.types = new IdentityHashMap<>(types);
    this.letCount = letCount;
  }

  /** Returns what {@code e} (a name or a {@code unit.x} field) refers to. */
  public Optional<Binding> binding(Expr e) {
    return Optional.ofNullable(bindings.get(e));
  }

  /** Returns the static type of {@code e}. */
  public Type type(Expr e) {
    Type t = types.get(e);
    return t == null ? Type.ERROR : t;
  }

  /** Returns how many {@code let} values the catalog declares (catalog and node lets together). */
  public int letCount() {
    return letCount;
  }
}
