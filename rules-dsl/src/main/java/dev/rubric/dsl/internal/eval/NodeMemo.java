package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.NotApplicablePolicy;
import dev.rubric.core.finding.Finding;
import dev.rubric.core.result.NodeResult;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Remembers what evaluating one node gave for the values it read, so that the next unit with the
 * same values gets the same (immutable) result without evaluating, formatting or building it again.
 * Thread-safe; shared by every evaluation of a compiled catalog.
 */
final class NodeMemo {
  /*
   * Implementation notes.
   *
   * A leaf's result (its NodeResult with explanation, its exact points, its findings and its
   * contribution to the channel totals) is a function of what the node reads from the Frame: the
   * values, statuses and explanations of the input slots its expressions read, the external `let`
   * slots, the built-in values it uses, every unit attribute (the insufficient-evidence message
   * names missing attributes) and the not-applicable policy inherited from its parent. Those are
   * collected from the compiled expressions (Code.collect) when the catalog is compiled, and make
   * up the key.
   * Values are compared by representation (Num by numerator and denominator, scale included),
   * which is stricter than numeric equality, so equal keys always render equal text.
   *
   * A parent's own result (its sums, status, headline and findings) is a function of its
   * children's results, which are part of its key compared by identity: when every child came
   * from its table the parent can come from its own; otherwise the parent's key is new. A
   * remembered NodeResult is only ever handed out with the exact points it was remembered with,
   * so equal identities also mean equal exact sums.
   *
   * Many leaves read few distinct values across a cohort (flags, small counts, a handful of
   * dates): they are served from the table almost always. Leaves that show a rate (412/420) see
   * new values nearly every time; once a table is full and fewer than a quarter of the lookups of
   * the last window hit, the table is cleared and switched off for good, so such a leaf costs one
   * key per evaluation for a while and nothing after (see BoundedCache). Nodes that read cohort values (best) are
   * never memoised. A result is the same whether it comes from the table or not.
   */
  static final int CAPACITY = 256;

  private final int[] inputs;
  private final int[] lets;
  private final boolean year;
  private final boolean kind;
  private final boolean level;
  private final boolean code;
  private final BoundedCache<Key, Outcome> table = new BoundedCache<>(CAPACITY);

  private NodeMemo(Reads r) {
    this.inputs = r.inputs.stream().toArray();
    this.lets = r.lets.stream().toArray();
    this.year = r.builtins.contains(Code.Builtin.Which.YEAR);
    this.kind = r.builtins.contains(Code.Builtin.Which.KIND);
    this.level = r.builtins.contains(Code.Builtin.Which.LEVEL);
    this.code = r.builtins.contains(Code.Builtin.Which.CODE);
  }

  /** Returns the memo of a node, or null when the node reads cohort values. */
  static @Nullable NodeMemo forNode(PlanNode p) {
    Reads r = new Reads();
    if (p.applies != null) {
      p.applies.collect(r);
    }
    Reads.all(p.lets, r);
    if (p.rule != null) {
      p.rule.collect(r);
    }
    for (PlanNode.FindingPlan t : p.findings) {
      if (t.condition() != null) {
        t.condition().collect(r);
      }
      segments(t.vi(), r);
      segments(t.en(), r);
    }
    if (r.best) {
      return null;
    }
    for (int slot : p.letSlots) {
      r.lets.clear(slot);
    }
    return new NodeMemo(r);
  }

  private static void segments(List<Object> segments, Reads r) {
    for (Object s : segments) {
      if (s instanceof Code code) {
        code.collect(r);
      }
    }
  }

  /**
   * What evaluating the node contributed: its result with its exact points, its findings and, for a
   * leaf of the main index ({@code channel} not null), the channel its points add to and whether it
   * dropped that channel.
   */
  record Outcome(
      Scored scored, List<Finding> findings, @Nullable Channel channel, boolean dropped) {}

  /**
   * Returns the key of the values the node reads in {@code f}, with its children's results (null
   * for a leaf), or null when memoising is off.
   */
  @Nullable Key key(
      Frame f, @Nullable NotApplicablePolicy inherited, NodeResult @Nullable [] children) {
    if (table.isOff()) {
      return null;
    }
    int n = inputs.length;
    int c = children == null ? 0 : children.length;
    Object[] v = new Object[1 + 3 * n + f.attributes.length + lets.length + 4 + c];
    int k = 0;
    if (children != null) {
      for (NodeResult child : children) {
        v[k++] = child;
      }
    }
    v[k++] = inherited;
    for (int slot : inputs) {
      v[k++] = f.inputs[slot];
      v[k++] = f.inputStatus[slot];
      v[k++] = f.inputExplanation[slot];
    }
    for (Object a : f.attributes) {
      v[k++] = a;
    }
    for (int slot : lets) {
      v[k++] = f.lets[slot];
    }
    v[k++] = year ? f.year : null;
    v[k++] = kind ? f.unitKind : null;
    v[k++] = level ? f.unitLevel : null;
    v[k] = code ? f.unitCode : null;
    return new Key(v);
  }

  /** Returns the outcome remembered for {@code key}, if any. */
  @Nullable Outcome get(Key key) {
    return table.get(key);
  }

  /** Remembers {@code outcome} for {@code key} while the table has room. */
  void put(Key key, Outcome outcome) {
    table.put(key, outcome);
  }

  /** The values a leaf read, compared by representation. */
  static final class Key {
    private final Object[] values;
    private final int hash;

    Key(Object[] values) {
      this.values = values;
      int h = 1;
      for (Object v : values) {
        h = 31 * h + hash(v);
      }
      this.hash = h;
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key other)) {
        return false;
      }
      if (hash != other.hash || values.length != other.values.length) {
        return false;
      }
      for (int i = 0; i < values.length; i++) {
        if (!same(values[i], other.values[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return "Key" + Arrays.toString(values);
    }

    private static int hash(@Nullable Object v) {
      if (v instanceof NodeResult) {
        return System.identityHashCode(v);
      }
      if (v instanceof Num num) {
        return num.representationHash();
      }
      if (v instanceof Values.Ratio r) {
        return 31 * r.numerator().representationHash() + r.denominator().representationHash();
      }
      return Objects.hashCode(v);
    }

    private static boolean same(@Nullable Object a, @Nullable Object b) {
      if (a == b) {
        return true;
      }
      if (a == null || b == null || a.getClass() != b.getClass() || a instanceof NodeResult) {
        return false;
      }
      if (a instanceof Num num) {
        return num.isRepresentedAs((Num) b);
      }
      if (a instanceof Values.Ratio x) {
        Values.Ratio y = (Values.Ratio) b;
        return x.numerator().isRepresentedAs(y.numerator())
            && x.denominator().isRepresentedAs(y.denominator());
      }
      return a.equals(b);
    }
  }
}
