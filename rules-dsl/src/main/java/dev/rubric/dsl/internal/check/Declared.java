package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.InputDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The inputs, or the unit attributes, a catalog declares: each accepted declaration with its slot
 * (its index in declaration order), the names whose declaration was rejected (uses of them are not
 * reported again) and the names some expression reads.
 */
final class Declared {
  private final boolean inputs;
  private final List<InputDecl> decls = new ArrayList<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final Set<String> rejected = new HashSet<>();
  private final Set<String> used = new HashSet<>();

  /** {@code inputs} tells whether this holds inputs, else unit attributes. */
  Declared(boolean inputs) {
    this.inputs = inputs;
  }

  /** Returns whether this holds inputs, else unit attributes. */
  boolean isInputs() {
    return inputs;
  }

  /** Returns the accepted declarations in declaration order. */
  List<InputDecl> all() {
    return List.copyOf(decls);
  }

  /** Returns the slot of the accepted declaration {@code name}, or null. */
  @Nullable Integer slot(String name) {
    return slots.get(name);
  }

  InputDecl get(int slot) {
    return decls.get(slot);
  }

  boolean contains(String name) {
    return slots.containsKey(name);
  }

  Set<String> names() {
    return slots.keySet();
  }

  /** Marks {@code name} as rejected until a declaration of it is {@linkplain #accept accepted}. */
  void reject(String name) {
    rejected.add(name);
  }

  boolean isRejected(String name) {
    return rejected.contains(name);
  }

  void accept(InputDecl decl) {
    rejected.remove(decl.key());
    slots.put(decl.key(), decls.size());
    decls.add(decl);
  }

  void markUsed(String name) {
    used.add(name);
  }

  boolean isUsed(String name) {
    return used.contains(name);
  }
}
