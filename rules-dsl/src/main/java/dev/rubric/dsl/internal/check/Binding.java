package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.InputDecl;

/** What a name in an expression refers to, as resolved by the checker. */
public sealed interface Binding {

  /** A declared input; {@code slot} is its index in declaration order. */
  record Input(int slot, InputDecl decl) implements Binding {}

  /** A declared unit attribute, read as {@code unit.name}; {@code slot} is its index. */
  record Attribute(int slot, InputDecl decl) implements Binding {}

  /** A {@code let} binding; {@code slot} numbers every let of the catalog in declaration order. */
  record LetValue(int slot, String name) implements Binding {}

  /** A built-in name. */
  record Builtin(Name name) implements Binding {}

  /** Built-in names. */
  enum Name {
    /** The period's year. */
    YEAR,
    /** The enclosing node's maximum points. */
    MAX,
    /** The unit being evaluated (only with a field: {@code unit.kind}). */
    UNIT,
    /** {@code unit.kind}. */
    UNIT_KIND,
    /** {@code unit.level}. */
    UNIT_LEVEL,
    /** {@code unit.code}. */
    UNIT_CODE
  }
}
