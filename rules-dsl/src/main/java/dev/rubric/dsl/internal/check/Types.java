package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.diagnostic.Suggestions;
import dev.rubric.core.message.Message;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Site.Part;
import java.util.ArrayList;
import java.util.List;

/**
 * Type inference: gives every expression its {@link Type}, recorded in the {@link Resolution} under
 * the expression's site, and reports values of the wrong type (RB206, RB210, RB301, RB302, RB316).
 * Names are bound by {@link Names} on the way. An expression whose mistake is already reported has
 * the {@link Type#ERROR} type, which fits everywhere, so that one mistake gives one diagnostic.
 */
final class Types {
  private final Context cx;
  private final Names names;

  /** How many expressions have had the already-reported error type so far. */
  private int errorTypes;

  Types(Context cx, Names names) {
    this.cx = cx;
    this.names = names;
  }

  /** Returns how many expressions have been typed {@link Type#ERROR} so far. */
  int errorTypes() {
    return errorTypes;
  }

  /** Types the expression {@code e} at {@code at} in {@code scope}. */
  Type type(Expr e, Site at, Scope scope) {
    Type t = e.accept(new TypeVisitor(at, scope));
    cx.resolution.setType(at, t);
    if (t.isError()) {
      errorTypes++;
    }
    return t;
  }

  /**
   * Types {@code e} and reports it unless it is a {@code expected} ({@code what} names its role).
   */
  void expect(Expr e, Site at, Type expected, Scope scope, Message what) {
    Type t = type(e, at, scope);
    if (t.isError()) {
      return;
    }
    boolean ok = expected.kind() == Type.Kind.NUMBER ? t.isNumeric() : t.kind() == expected.kind();
    if (!ok) {
      List<Message> hints = new ArrayList<>();
      if (expected.kind() == Type.Kind.BOOL && t.kind() == Type.Kind.DOCUMENT) {
        hints.add(Words.say("check.hint.test-document", "name", printName(e)));
      } else if (expected.kind() == Type.Kind.BOOL && t.isNumeric()) {
        hints.add(Words.say("check.hint.compare-number", "name", printName(e)));
      }
      cx.report.report(
          at,
          DiagnosticCode.TYPE_MISMATCH,
          Words.say(
              "check.expected-type",
              "what",
              what,
              "expected",
              Words.type(expected),
              "found",
              Words.type(t)),
          hints.toArray(Message[]::new));
    }
  }

  private static String printName(Expr e) {
    return e instanceof Expr.Ref ref ? ref.name() : "x";
  }

  /**
   * Reports that the expression at {@code at} is a {@code found} where {@code expected} is needed.
   */
  void mismatch(Site at, Message expected, Type found) {
    if (!found.isError()) {
      cx.report.report(
          at,
          DiagnosticCode.TYPE_MISMATCH,
          Words.say("check.mismatch", "expected", expected, "found", Words.type(found)));
    }
  }

  /**
   * Checks that a string literal {@code other} at {@code otherAt} compared with a choice is one of
   * its options.
   */
  void checkStringOperand(Type choiceSide, Expr other, Site otherAt) {
    if (choiceSide.kind() != Type.Kind.CHOICE || !(other instanceof Expr.Str str)) {
      return;
    }
    InputDecl decl = choiceSide.choice().orElseThrow();
    String value = str.value();
    if (!decl.options().contains(value)) {
      cx.report.report(
          otherAt,
          DiagnosticCode.UNKNOWN_OPTION,
          Words.say(
              "check.unknown-option",
              "value",
              value,
              "name",
              decl.key(),
              "options",
              String.join(", ", decl.options())),
          Suggestions.closest(value, decl.options())
              .map(s -> Words.say("check.hint.did-you-mean", "name", s))
              .stream()
              .toArray(Message[]::new));
    }
  }

  /** Returns the type of the values of a declared input or attribute. */
  static Type typeOf(InputDecl decl) {
    return switch (decl.type()) {
      case DOCUMENT -> Type.DOCUMENT;
      case COUNT, QUANTITY -> Type.NUMBER;
      case RATIO -> Type.RATIO;
      case FLAG -> Type.BOOL;
      case CHOICE -> Type.choice(decl);
      case DATE -> Type.DATE;
      case TEXT -> Type.TEXT;
      default -> throw new IllegalStateException("bug: unhandled input type " + decl.type());
    };
  }

  /** Returns the type of what a name or {@code unit.x} field is bound to. */
  private static Type typeOf(Binding b, Scope scope) {
    if (b instanceof Binding.LetValue letValue) {
      return scope.let(letValue.name()).orElseThrow().type();
    }
    if (b instanceof Binding.Input input) {
      return typeOf(input.decl());
    }
    if (b instanceof Binding.Attribute attribute) {
      return typeOf(attribute.decl());
    }
    return switch (((Binding.Builtin) b).name()) {
      case YEAR, MAX -> Type.NUMBER;
      case UNIT -> Type.UNIT;
      default -> Type.STRING;
    };
  }

  /** Types one expression; sub-expressions go back through {@link #type} with their own sites. */
  private final class TypeVisitor implements Expr.Visitor<Type> {
    private final Site at;
    private final Scope scope;

    TypeVisitor(Site at, Scope scope) {
      this.at = at;
      this.scope = scope;
    }

    @Override
    public Type visitNumber(Expr.Number e) {
      return Type.NUMBER;
    }

    @Override
    public Type visitStr(Expr.Str e) {
      return Type.STRING;
    }

    @Override
    public Type visitBool(Expr.Bool e) {
      return Type.BOOL;
    }

    @Override
    public Type visitDate(Expr.DateLit e) {
      return Type.DATE;
    }

    @Override
    public Type visitRef(Expr.Ref e) {
      return names.resolve(e, at, scope).map(b -> typeOf(b, scope)).orElse(Type.ERROR);
    }

    @Override
    public Type visitField(Expr.Field e) {
      Type target = type(e.target(), at.at(Part.TARGET), scope);
      String f = e.name();
      switch (target.kind()) {
        case ERROR -> {
          return Type.ERROR;
        }
        case DOCUMENT -> {
          if (f.equals("issued")) {
            return Type.DATE;
          }
          return unknownField(e, target, List.of("issued"));
        }
        case RATIO -> {
          if (f.equals("numerator") || f.equals("denominator")) {
            return Type.NUMBER;
          }
          return unknownField(e, target, List.of("numerator", "denominator"));
        }
        case UNIT -> {
          return names.resolveUnitField(e, at).map(b -> typeOf(b, scope)).orElse(Type.ERROR);
        }
        default -> {
          cx.report.report(
              at,
              DiagnosticCode.UNKNOWN_FIELD,
              Words.say("check.no-fields", "type", Words.type(target), "field", f));
          return Type.ERROR;
        }
      }
    }

    private Type unknownField(Expr.Field e, Type target, List<String> fields) {
      cx.report.report(
          at,
          DiagnosticCode.UNKNOWN_FIELD,
          fields.size() == 1
              ? Words.say(
                  "check.unknown-field",
                  "field",
                  e.name(),
                  "type",
                  Words.type(target),
                  "expected",
                  fields.get(0))
              : Words.say(
                  "check.unknown-field.two",
                  "field",
                  e.name(),
                  "type",
                  Words.type(target),
                  "first",
                  fields.get(0),
                  "second",
                  fields.get(1)),
          Suggestions.closest(e.name(), fields)
              .map(s -> Words.say("check.hint.did-you-mean", "name", s))
              .stream()
              .toArray(Message[]::new));
      return Type.ERROR;
    }

    @Override
    public Type visitUnary(Expr.Unary e) {
      Site operand = at.at(Part.OPERAND);
      Type t = type(e.operand(), operand, scope);
      if (e.op() == Expr.UnaryOp.NOT) {
        if (!t.isError() && t.kind() != Type.Kind.BOOL) {
          mismatch(operand, Words.say("check.needed.yes-no-after-not"), t);
          return Type.ERROR;
        }
        return Type.BOOL;
      }
      if (!t.isNumeric()) {
        mismatch(operand, Words.say("check.needed.number-after-minus"), t);
        return Type.ERROR;
      }
      return Type.NUMBER;
    }

    @Override
    public Type visitBinary(Expr.Binary e) {
      Site left = at.at(Part.LEFT);
      Site right = at.at(Part.RIGHT);
      Type l = type(e.left(), left, scope);
      Type r = type(e.right(), right, scope);
      if (l.isError() || r.isError()) {
        return e.op().isComparison() || e.op() == Expr.BinaryOp.AND || e.op() == Expr.BinaryOp.OR
            ? Type.BOOL
            : Type.ERROR;
      }
      switch (e.op()) {
        case AND, OR -> {
          if (l.kind() != Type.Kind.BOOL) {
            mismatch(left, Words.say("check.needed.yes-no-for", "op", e.op().symbol()), l);
          } else if (r.kind() != Type.Kind.BOOL) {
            mismatch(right, Words.say("check.needed.yes-no-for", "op", e.op().symbol()), r);
          }
          return Type.BOOL;
        }
        case ADD, SUB, MUL, DIV -> {
          if (!l.isNumeric()) {
            mismatch(left, Words.say("check.needed.number-for", "op", e.op().symbol()), l);
            return Type.ERROR;
          }
          if (!r.isNumeric()) {
            mismatch(right, Words.say("check.needed.number-for", "op", e.op().symbol()), r);
            return Type.ERROR;
          }
          if (e.op() == Expr.BinaryOp.DIV
              && e.right() instanceof Expr.Number
              && ((Expr.Number) e.right()).value().signum() == 0) {
            cx.report.report(
                right, DiagnosticCode.DIVISION_BY_ZERO, Words.say("check.division-by-zero"));
            return Type.ERROR;
          }
          return Type.NUMBER;
        }
        default -> {
          comparison(e, l, r);
          return Type.BOOL;
        }
      }
    }

    private void comparison(Expr.Binary e, Type l, Type r) {
      boolean equality = e.op() == Expr.BinaryOp.EQ || e.op() == Expr.BinaryOp.NE;
      if (l.isNumeric() && r.isNumeric()) {
        return;
      }
      if (l.kind() == Type.Kind.DATE && r.kind() == Type.Kind.DATE) {
        return;
      }
      if (l.isStringLike() && r.isStringLike()) {
        if (!equality) {
          cx.report.report(
              at,
              DiagnosticCode.TYPE_MISMATCH,
              Words.say(
                  "check.equality-only",
                  "left",
                  Words.type(l),
                  "right",
                  Words.type(r),
                  "op",
                  e.op().symbol()));
          return;
        }
        checkStringOperand(l, e.right(), at.at(Part.RIGHT));
        checkStringOperand(r, e.left(), at.at(Part.LEFT));
        return;
      }
      if (l.kind() == Type.Kind.BOOL && r.kind() == Type.Kind.BOOL && equality) {
        return;
      }
      List<Message> hints = new ArrayList<>();
      if (l.kind() == Type.Kind.DOCUMENT || r.kind() == Type.Kind.DOCUMENT) {
        hints.add(Words.say("check.hint.compare-issued"));
      }
      cx.report.report(
          at,
          DiagnosticCode.TYPE_MISMATCH,
          Words.say(
              "check.cannot-compare",
              "left",
              Words.type(l),
              "right",
              Words.type(r),
              "op",
              e.op().symbol()),
          hints.toArray(Message[]::new));
    }

    @Override
    public Type visitCall(Expr.Call e) {
      Expr.Function f = e.function();
      int n = e.args().size();
      if (n < f.minArgs() || n > f.maxArgs()) {
        cx.report.report(
            at,
            DiagnosticCode.ARGUMENT_COUNT,
            f.minArgs() == f.maxArgs()
                ? Words.say(
                    "check.argument-count",
                    "function",
                    f.keyword(),
                    "count",
                    f.minArgs(),
                    "found",
                    n)
                : Words.say(
                    "check.argument-count.range",
                    "function",
                    f.keyword(),
                    "min",
                    f.minArgs(),
                    "max",
                    f.maxArgs(),
                    "found",
                    n));
        for (int i = 0; i < n; i++) {
          type(e.args().get(i), at.at(Part.ARG, i), scope);
        }
        return returnType(f);
      }
      switch (f) {
        case DATE -> {
          for (int i = 0; i < n; i++) {
            argument(e, i, Type.NUMBER);
          }
          return Type.DATE;
        }
        case DAYS_AFTER -> {
          argument(e, 0, Type.DATE);
          argument(e, 1, Type.NUMBER);
          return Type.DATE;
        }
        case DAYS_BETWEEN -> {
          argument(e, 0, Type.DATE);
          argument(e, 1, Type.DATE);
          return Type.NUMBER;
        }
        case MIN, MAX, BEST -> {
          for (int i = 0; i < n; i++) {
            argument(e, i, Type.NUMBER);
          }
          return Type.NUMBER;
        }
        case PRESENT -> {
          Site arg = at.at(Part.ARG, 0);
          Type t = type(e.args().get(0), arg, scope);
          if (!t.isError() && !(cx.resolution.binding(arg).orElse(null) instanceof Binding.Input)) {
            cx.report.report(
                arg,
                DiagnosticCode.TYPE_MISMATCH,
                Words.say("check.present-needs-input"),
                Words.say("check.hint.write-present"));
          }
          return Type.BOOL;
        }
        default -> throw new IllegalStateException("bug: unhandled function " + f);
      }
    }

    private Type returnType(Expr.Function f) {
      return switch (f) {
        case DATE, DAYS_AFTER -> Type.DATE;
        case PRESENT -> Type.BOOL;
        default -> Type.NUMBER;
      };
    }

    private void argument(Expr.Call call, int i, Type expected) {
      Site arg = at.at(Part.ARG, i);
      Type t = type(call.args().get(i), arg, scope);
      boolean ok =
          expected.kind() == Type.Kind.NUMBER
              ? t.isNumeric()
              : t.kind() == expected.kind() || t.isError();
      if (!ok) {
        mismatch(
            arg,
            Words.say(
                "check.needed.argument",
                "type",
                Words.type(expected),
                "function",
                call.function().keyword()),
            t);
      }
    }

    @Override
    public Type visitIn(Expr.In e) {
      Type v = type(e.value(), at.at(Part.VALUE), scope);
      for (int i = 0; i < e.options().size(); i++) {
        Expr o = e.options().get(i);
        Site option = at.at(Part.OPTION, i);
        Type t = type(o, option, scope);
        if (v.isError() || t.isError()) {
          continue;
        }
        if (v.isNumeric() && t.isNumeric()) {
          continue;
        }
        if (v.isStringLike() && t.isStringLike()) {
          checkStringOperand(v, o, option);
          continue;
        }
        mismatch(option, Words.say("check.needed.in-list", "type", Words.type(v)), t);
      }
      return Type.BOOL;
    }

    @Override
    public Type visitIf(Expr.If e) {
      Type c = type(e.condition(), at.at(Part.IF), scope);
      if (!c.isError() && c.kind() != Type.Kind.BOOL) {
        mismatch(at.at(Part.IF), Words.say("check.needed.if-condition"), c);
      }
      Type a = type(e.then(), at.at(Part.THEN), scope);
      Type b = type(e.otherwise(), at.at(Part.ELSE), scope);
      if (a.isError() || b.isError()) {
        return Type.ERROR;
      }
      if (a.isNumeric() && b.isNumeric()) {
        return Type.NUMBER;
      }
      if (a.kind() != b.kind()) {
        mismatch(at.at(Part.ELSE), Words.say("check.needed.like-then", "type", Words.type(a)), b);
        return Type.ERROR;
      }
      return a;
    }
  }
}
