package dev.rubric.dsl.internal.syntax;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where something stands in a catalog: the path of steps from the catalog to it, such as {@code
 * area[0].criterion[1].rule.threshold[2].left}. Sites are the keys of every side table about a
 * catalog (source spans, name bindings, types). Two places never share a site, even when they hold
 * one and the same object: a builder user may put one {@code Expr} under two scopes, and each place
 * then keeps its own binding. Immutable; equal paths are equal sites.
 *
 * <p>The steps follow the catalog's structure; {@link SiteWalk} lists the parts of expressions and
 * rules in this vocabulary, and every pass that keys a table by site takes the same steps.
 */
public final class Site {

  /** One step down from a site. Steps that lead to one of several parts carry an index. */
  public enum Part {
    /** The catalog itself: the root. */
    CATALOG,
    /** The decision date of the catalog. */
    DECISION_DATE,
    /** A top-level area (indexed). */
    AREA,
    /** A bonus item (indexed). */
    BONUS,
    /** A penalty item (indexed). */
    PENALTY,
    /** A sub-criterion of a node (indexed). */
    CRITERION,
    /** A let of the catalog or of a node (indexed); the site of its value. */
    LET,
    /** A node's applies-when condition. */
    APPLIES_WHEN,
    /** A node's rule; indexed for the rules of {@code best of} and {@code sum of}. */
    RULE,
    /** A finding template of a node (indexed). */
    FINDING,
    /** The condition of a finding template, or of a {@code score} case (indexed). */
    WHEN,
    /** A rule's points; indexed for the points of a {@code score} case or of a tier. */
    POINTS,
    /** The points of a rule when no case or tier applies. */
    OTHERWISE,
    /** The value a {@code tiers} rule tiers on. */
    SUBJECT,
    /** A tier's threshold (indexed). */
    THRESHOLD,
    /** The count of an {@code award} or {@code deduct} rule. */
    PER,
    /** The cap of an {@code award} rule. */
    CAP,
    /** The floor of a {@code deduct} rule. */
    FLOOR,
    /** A condition of an {@code only if} gate (indexed), or the condition of an {@code if}. */
    IF,
    /** The value of an {@code if} when its condition holds. */
    THEN,
    /** The value of an {@code if} when its condition does not hold. */
    ELSE,
    /** The value a field is read from. */
    TARGET,
    /** The operand of a unary operator. */
    OPERAND,
    /** The left operand of a binary operator. */
    LEFT,
    /** The right operand of a binary operator. */
    RIGHT,
    /** An argument of a function call (indexed). */
    ARG,
    /** The value tested by {@code in}. */
    VALUE,
    /** An option of an {@code in} list (indexed). */
    OPTION
  }

  /** The catalog: the site every other site starts from. */
  public static final Site CATALOG = new Site(null, Part.CATALOG, -1);

  private final @Nullable Site parent;
  private final Part part;
  private final int index;
  private final int hash;

  private Site(@Nullable Site parent, Part part, int index) {
    this.parent = parent;
    this.part = part;
    this.index = index;
    this.hash = 31 * (31 * (parent == null ? 0 : parent.hash) + part.hashCode()) + index;
  }

  /** Returns the site of the single {@code part} below this one, such as a node's rule. */
  public Site at(Part part) {
    return new Site(this, part, -1);
  }

  /** Returns the site of the {@code index}th {@code part} below this one (from 0). */
  public Site at(Part part, int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index: expected 0 or more but found " + index);
    }
    return new Site(this, part, index);
  }

  /** Returns the site one step up, or null for the catalog. */
  public @Nullable Site parent() {
    return parent;
  }

  /** Returns the step that leads to this site from its parent. */
  public Part part() {
    return part;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Site other)) {
      return false;
    }
    Site a = this;
    Site b = other;
    while (a != b) {
      if (a == null || b == null || a.hash != b.hash || a.part != b.part || a.index != b.index) {
        return false;
      }
      a = a.parent;
      b = b.parent;
    }
    return true;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the path, such as {@code area[0].rule.left}; the catalog is {@code catalog}. */
  @Override
  public String toString() {
    if (parent == null) {
      return "catalog";
    }
    StringBuilder b = new StringBuilder();
    append(b);
    return b.toString();
  }

  private void append(StringBuilder b) {
    if (parent != null && parent.parent != null) {
      parent.append(b);
      b.append('.');
    }
    b.append(part.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    if (index >= 0) {
      b.append('[').append(index).append(']');
    }
  }
}
