package dev.rubric.dsl.internal.eval;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
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

  private static final Map<Expr.BinaryOp, Arg> OPS = new EnumMap<>(Expr.BinaryOp.class);

  static {
    for (Expr.BinaryOp op : Expr.BinaryOp.values()) {
      OPS.put(
          op,
          Arg.text(
              switch (op) {
                case GE -> "≥";
                case LE -> "≤";
                case NE -> "≠";
                case EQ -> "=";
                default -> op.symbol();
              }));
    }
  }

  /** Returns how explanations show a comparison operator: {@code ≥}, {@code ≠}, {@code <}. */
  static Arg op(Expr.BinaryOp op) {
    return Objects.requireNonNull(OPS.get(op));
  }
}
