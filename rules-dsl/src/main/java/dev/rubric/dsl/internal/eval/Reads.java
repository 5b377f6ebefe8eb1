package dev.rubric.dsl.internal.eval;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a compiled expression or rule may read from a {@link Frame}: input slots (value, status and
 * the unit's explanation), attribute slots, {@code let} slots, the built-in values and cohort
 * values. Collected once per plan node, when the catalog is compiled, and once per formula, for the
 * names its explanation shows the values of ({@link #names}).
 */
final class Reads {
  final BitSet inputs = new BitSet();
  final BitSet attributes = new BitSet();
  final BitSet lets = new BitSet();
  final Set<Code.Builtin.Which> builtins = EnumSet.noneOf(Code.Builtin.Which.class);
  boolean best;

  /**
   * The names read (inputs, attributes, lets, built-in values), by their source text, each once, in
   * the order they are first read.
   */
  final Map<String, Code> names = new LinkedHashMap<>();

  void input(int slot) {
    inputs.set(slot);
  }

  void attribute(int slot) {
    attributes.set(slot);
  }

  void let(int slot) {
    lets.set(slot);
  }

  void builtin(Code.Builtin.Which which) {
    builtins.add(which);
  }

  /** Records that the name {@code ref} is read; a name read again keeps its first place. */
  void name(Code ref) {
    names.putIfAbsent(ref.src, ref);
  }

  void best() {
    best = true;
  }

  /** Collects every one of {@code codes}. */
  static void all(Code[] codes, Reads r) {
    for (Code c : codes) {
      c.collect(r);
    }
  }
}
