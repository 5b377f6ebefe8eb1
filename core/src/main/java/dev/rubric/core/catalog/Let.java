package dev.rubric.core.catalog;

import dev.rubric.core.internal.Text;
import java.util.Objects;

/**
 * A named computed value, {@code let rate = nv_hoan_thanh / nv_ke_hoach}, visible in the node (or
 * catalog) that declares it and below.
 */
public record Let(String name, Expr value) {
  /**
   * Checks that the name is an identifier.
   *
   * @throws IllegalArgumentException if {@code name} is not an identifier (a letter or {@code _},
   *     then letters, digits or {@code _})
   * @throws NullPointerException if a component is null
   */
  public Let {
    name = Text.code("let.name", name);
    if (!Text.isIdentifier(name)) {
      throw new IllegalArgumentException(
          "let.name: expected an identifier but found '" + name + "'");
    }
    Objects.requireNonNull(value, "value");
  }
}
