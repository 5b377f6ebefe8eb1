package dev.rubric.core.catalog;

/** Rules for identifiers shared by the model and the DSL. */
final class Names {
  private Names() {}

  /** Returns whether {@code s} is an identifier: a letter or '_' then letters, digits or '_'. */
  static boolean isIdentifier(String s) {
    if (s.isEmpty()) {
      return false;
    }
    int first = s.codePointAt(0);
    if (!(Character.isLetter(first) || first == '_')) {
      return false;
    }
    return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
  }
}
