package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runtime values of the evaluator and their typed message arguments ({@link #arg}). A value is a
 * {@link Num}, a {@link Boolean}, a {@link LocalDate}, a {@link String}, a {@link Doc}, a {@link
 * Ratio} or {@link #MISSING}.
 */
final class Values {
  private Values() {}

  /** The value of an input or attribute for which no usable evidence exists. */
  static final Object MISSING =
      new Object() {
        @Override
        public String toString() {
          return "missing";
        }
      };

  /** A {@code let} whose value could not be computed; reading it raises the original error. */
  record Failed(EvaluationError error) {}

  /** A document; {@code issued} is null when the document carries no issue date. */
  record Doc(@Nullable LocalDate issued) {}

  /** A proportion from evidence: numerator of denominator. */
  record Ratio(Num numerator, Num denominator) {
    Ratio {
      Objects.requireNonNull(numerator, "numerator");
      Objects.requireNonNull(denominator, "denominator");
    }

    /** Returns numerator / denominator, or throws {@link EvaluationError} RB501 for x/0. */
    Num value(String what) {
      if (denominator.signum() == 0) {
        throw new EvaluationError(
            DiagnosticCode.EVALUATION_DIVISION_BY_ZERO,
            Message.of(MessageKey.RATE_UNDEFINED, Arg.text(what), Arg.text(numerator.toString())));
      }
      return numerator.dividedBy(denominator);
    }
  }

  /**
   * Returns the typed message argument of a value: how an explanation or a finding shows it, kept
   * as the value itself until the message is rendered.
   */
  static Arg arg(Object v, boolean percent) {
    if (v == MISSING) {
      return Arg.Absent.MISSING;
    }
    if (v instanceof Failed) {
      return Arg.Absent.FAILED;
    }
    if (v instanceof Num num) {
      return num.arg(percent);
    }
    if (v instanceof Ratio r) {
      return new Arg.Rate(r.numerator().arg(false), r.denominator().arg(false));
    }
    if (v instanceof Boolean b) {
      return new Arg.YesNo(b);
    }
    if (v instanceof LocalDate localDate) {
      return new Arg.Day(localDate);
    }
    if (v instanceof Doc doc) {
      return new Arg.Document(Optional.ofNullable(doc.issued()));
    }
    return new Arg.Quoted(String.valueOf(v));
  }

  /** Returns the verdict of a condition's value: true, false or {@link #MISSING}. */
  static Arg.Verdict verdict(Object v) {
    if (v == MISSING) {
      return Arg.Verdict.UNDECIDED;
    }
    return Boolean.TRUE.equals(v) ? Arg.Verdict.TRUE : Arg.Verdict.FALSE;
  }

  /**
   * Returns how {@code left} stands to {@code right} in words, as a nested message: the relation
   * {@code op} when {@code holds}, else its opposite ({@code ≥} that fails reads "below"); dates
   * read "on or before", "after" and so on. Only for comparison operators.
   */
  static Arg relation(Expr.BinaryOp op, boolean holds, Object left) {
    Expr.BinaryOp shown = holds ? op : opposite(op);
    boolean date = left instanceof LocalDate;
    MessageKey key =
        switch (shown) {
          case EQ -> MessageKey.RELATION_EQUAL;
          case NE -> MessageKey.RELATION_NOT_EQUAL;
          case GE -> date ? MessageKey.RELATION_ON_OR_AFTER : MessageKey.RELATION_AT_LEAST;
          case GT -> date ? MessageKey.RELATION_AFTER : MessageKey.RELATION_ABOVE;
          case LE -> date ? MessageKey.RELATION_ON_OR_BEFORE : MessageKey.RELATION_AT_MOST;
          case LT -> date ? MessageKey.RELATION_BEFORE : MessageKey.RELATION_BELOW;
          default -> throw new IllegalArgumentException("not a comparison: " + op);
        };
    return new Arg.Nested(Message.of(key));
  }

  private static Expr.BinaryOp opposite(Expr.BinaryOp op) {
    return switch (op) {
      case EQ -> Expr.BinaryOp.NE;
      case NE -> Expr.BinaryOp.EQ;
      case GE -> Expr.BinaryOp.LT;
      case GT -> Expr.BinaryOp.LE;
      case LE -> Expr.BinaryOp.GT;
      case LT -> Expr.BinaryOp.GE;
      default -> throw new IllegalArgumentException("not a comparison: " + op);
    };
  }
}
