package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.InputDecl;
import java.util.Optional;

/**
 * The static type of an expression. {@code RATIO} and {@code COUNT} are numbers with fields; {@code
 * CHOICE} is a string restricted to declared options; {@code ERROR} is the type of an expression
 * already reported, and is compatible with everything so that one mistake gives one diagnostic.
 */
public record Type(Kind kind, Optional<InputDecl> choice) {

  /** Kinds of value. */
  public enum Kind {
    NUMBER,
    RATIO,
    BOOL,
    DATE,
    STRING,
    CHOICE,
    DOCUMENT,
    TEXT,
    UNIT,
    ERROR
  }

  public static final Type NUMBER = new Type(Kind.NUMBER, Optional.empty());
  public static final Type RATIO = new Type(Kind.RATIO, Optional.empty());
  public static final Type BOOL = new Type(Kind.BOOL, Optional.empty());
  public static final Type DATE = new Type(Kind.DATE, Optional.empty());
  public static final Type STRING = new Type(Kind.STRING, Optional.empty());
  public static final Type DOCUMENT = new Type(Kind.DOCUMENT, Optional.empty());
  public static final Type TEXT = new Type(Kind.TEXT, Optional.empty());
  public static final Type UNIT = new Type(Kind.UNIT, Optional.empty());
  public static final Type ERROR = new Type(Kind.ERROR, Optional.empty());

  /** Returns the type of a choice input or attribute. */
  public static Type choice(InputDecl decl) {
    return new Type(Kind.CHOICE, Optional.of(decl));
  }

  /** Returns whether values of this type are numbers (including ratios). */
  public boolean isNumeric() {
    return kind == Kind.NUMBER || kind == Kind.RATIO || kind == Kind.ERROR;
  }

  /** Returns whether values of this type are strings (including choices). */
  public boolean isStringLike() {
    return kind == Kind.STRING || kind == Kind.CHOICE || kind == Kind.TEXT || kind == Kind.ERROR;
  }

  /** Returns whether this is the already-reported error type. */
  public boolean isError() {
    return kind == Kind.ERROR;
  }
}
