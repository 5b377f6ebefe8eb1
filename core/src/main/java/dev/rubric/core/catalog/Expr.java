package dev.rubric.core.catalog;

import dev.rubric.core.Decimal;
import dev.rubric.core.internal.Text;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An expression in a catalog rule: literals, references to inputs, {@code let} bindings and unit
 * attributes, field access, operators and a closed set of functions. Expressions are values: two
 * expressions are equal when they have the same structure. They carry no source positions; the DSL
 * keeps those beside the catalog.
 */
public sealed interface Expr
    permits Expr.Number,
        Expr.Str,
        Expr.Bool,
        Expr.DateLit,
        Expr.Ref,
        Expr.Field,
        Expr.Unary,
        Expr.Binary,
        Expr.Call,
        Expr.In,
        Expr.If {

  /** Calls the visitor method for this expression's kind. */
  <R> R accept(Visitor<R> visitor);

  /** One method per expression kind; used by passes that must handle every kind. */
  interface Visitor<R> {
    /** Returns the result for a number literal, {@link Number}. */
    R visitNumber(Number e);

    /** Returns the result for a string literal, {@link Str}. */
    R visitStr(Str e);

    /** Returns the result for a boolean literal, {@link Bool}. */
    R visitBool(Bool e);

    /** Returns the result for a date literal, {@link DateLit}. */
    R visitDate(DateLit e);

    /** Returns the result for a name reference, {@link Ref}. */
    R visitRef(Ref e);

    /** Returns the result for a field access, {@link Field}. */
    R visitField(Field e);

    /** Returns the result for a unary operation, {@link Unary}. */
    R visitUnary(Unary e);

    /** Returns the result for a binary operation, {@link Binary}. */
    R visitBinary(Binary e);

    /** Returns the result for a function call, {@link Call}. */
    R visitCall(Call e);

    /** Returns the result for a membership test, {@link In}. */
    R visitIn(In e);

    /** Returns the result for a conditional expression, {@link If}. */
    R visitIf(If e);
  }

  /**
   * A number literal.
   *
   * @param value the exact value ({@code 98%} is 0.98)
   * @param percent whether it was written as a percentage, for printing
   */
  // The catalog language's own name for the node, always written qualified (Expr.Number), so it
  // never stands for java.lang.Number; renaming it would change the published API.
  @SuppressWarnings("JavaLangClash")
  record Number(Decimal value, boolean percent) implements Expr {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Number {
      Objects.requireNonNull(value, "value");
    }

    /** Returns a plain (non-percent) number literal. */
    public static Number of(Decimal value) {
      return new Number(value, false);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitNumber(this);
    }
  }

  /** A string literal, e.g. a choice option; NFC-normalised. */
  record Str(String value) implements Expr {
    /**
     * Checks that the value is not null and normalises it to NFC.
     *
     * @throws NullPointerException if {@code value} is null
     */
    public Str {
      value = Text.nfc(value);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitStr(this);
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Expr {
    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitBool(this);
    }
  }

  /** A date literal written {@code 2022-01-31}. */
  record DateLit(LocalDate value) implements Expr {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public DateLit {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitDate(this);
    }
  }

  /**
   * A name: an input key, a {@code let} binding, or one of the built-ins {@code year}, {@code max}
   * and {@code unit}.
   */
  record Ref(String name) implements Expr {
    /**
     * Checks that the name is a non-blank code without surrounding whitespace.
     *
     * @throws IllegalArgumentException if {@code name} is blank or has surrounding whitespace
     * @throws NullPointerException if a component is null
     */
    public Ref {
      name = Text.code("ref.name", name);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitRef(this);
    }
  }

  /**
   * Field access such as {@code ke_hoach.issued}, {@code ho_so.denominator} or {@code unit.kind}.
   */
  record Field(Expr target, String name) implements Expr {
    /**
     * Checks that the field name is a non-blank code without surrounding whitespace.
     *
     * @throws IllegalArgumentException if {@code name} is blank or has surrounding whitespace
     * @throws NullPointerException if a component is null
     */
    public Field {
      Objects.requireNonNull(target, "target");
      name = Text.code("field.name", name);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitField(this);
    }
  }

  /** A unary operator applied to an operand. */
  record Unary(UnaryOp op, Expr operand) implements Expr {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Unary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(operand, "operand");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitUnary(this);
    }
  }

  /** A binary operator applied to two operands. */
  record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public Binary {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitBinary(this);
    }
  }

  /** A call of one of the built-in functions ({@link Function}). */
  record Call(Function function, List<Expr> args) implements Expr {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component or list element is null
     */
    public Call {
      Objects.requireNonNull(function, "function");
      args = List.copyOf(args);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitCall(this);
    }
  }

  /** Membership: {@code unit.kind in ["thi_tran", "phuong"]}. */
  record In(Expr value, List<Expr> options) implements Expr {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component or list element is null
     */
    public In {
      Objects.requireNonNull(value, "value");
      options = List.copyOf(options);
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitIn(this);
    }
  }

  /** {@code if condition then a else b}. */
  record If(Expr condition, Expr then, Expr otherwise) implements Expr {
    /**
     * Checks that no component is null.
     *
     * @throws NullPointerException if a component is null
     */
    public If {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(then, "then");
      Objects.requireNonNull(otherwise, "otherwise");
    }

    @Override
    public <R> R accept(Visitor<R> v) {
      return v.visitIf(this);
    }
  }

  /** Unary operators. */
  enum UnaryOp {
    /** Arithmetic negation, {@code -x}. */
    NEG("-"),
    /** Logical negation, {@code not x}. */
    NOT("not");

    private final String symbol;

    UnaryOp(String symbol) {
      this.symbol = symbol;
    }

    /** Returns the canonical spelling. */
    public String symbol() {
      return symbol;
    }
  }

  /**
   * Binary operators, with their canonical spelling and binding strength (higher binds tighter).
   */
  enum BinaryOp {
    /** Logical disjunction, {@code a or b}. */
    OR("or", 1),
    /** Logical conjunction, {@code a and b}. */
    AND("and", 2),
    /** Equality, {@code a == b}. */
    EQ("==", 3),
    /** Inequality, {@code a != b}. */
    NE("!=", 3),
    /** Less than, {@code a < b}. */
    LT("<", 3),
    /** Less than or equal, {@code a <= b}. */
    LE("<=", 3),
    /** Greater than, {@code a > b}. */
    GT(">", 3),
    /** Greater than or equal, {@code a >= b}. */
    GE(">=", 3),
    /** Addition, {@code a + b}. */
    ADD("+", 4),
    /** Subtraction, {@code a - b}. */
    SUB("-", 4),
    /** Multiplication, {@code a * b}. */
    MUL("*", 5),
    /** Division, {@code a / b}. */
    DIV("/", 5);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
      this.symbol = symbol;
      this.precedence = precedence;
    }

    /** Returns the canonical spelling. */
    public String symbol() {
      return symbol;
    }

    /** Returns the binding strength: 1 for {@code or} up to 5 for {@code *} and {@code /}. */
    public int precedence() {
      return precedence;
    }

    /** Returns whether this is one of the six comparisons. */
    public boolean isComparison() {
      return precedence == 3;
    }
  }

  /**
   * The closed set of functions a catalog may call. Nothing else is reachable from catalog text.
   */
  enum Function {
    /** {@code date(y, m, d)}: the calendar date. */
    DATE("date", 3, 3),
    /** {@code days_after(d, n)}: the date {@code n} days after {@code d}. */
    DAYS_AFTER("days_after", 2, 2),
    /**
     * {@code days_between(a, b)}: whole days from {@code a} to {@code b} (negative if b is
     * earlier).
     */
    DAYS_BETWEEN("days_between", 2, 2),
    /** {@code min(a, b, ...)}: the smallest number. */
    MIN("min", 2, 8),
    /** {@code max(a, b, ...)}: the largest number. */
    MAX("max", 2, 8),
    /** {@code present(x)}: whether evidence for input {@code x} was provided (complete). */
    PRESENT("present", 1, 1),
    /** {@code best(x)}: the largest value of {@code x} in the cohort being evaluated. */
    BEST("best", 1, 1);

    private final String keyword;
    private final int minArgs;
    private final int maxArgs;

    Function(String keyword, int minArgs, int maxArgs) {
      this.keyword = keyword;
      this.minArgs = minArgs;
      this.maxArgs = maxArgs;
    }

    /** Returns the name used in catalog text. */
    public String keyword() {
      return keyword;
    }

    /** Returns the smallest number of arguments. */
    public int minArgs() {
      return minArgs;
    }

    /** Returns the largest number of arguments. */
    public int maxArgs() {
      return maxArgs;
    }

    /** Returns the function named {@code keyword}, if any. */
    public static java.util.Optional<Function> fromKeyword(String keyword) {
      for (Function f : values()) {
        if (f.keyword.equals(keyword)) {
          return java.util.Optional.of(f);
        }
      }
      return java.util.Optional.empty();
    }
  }
}
