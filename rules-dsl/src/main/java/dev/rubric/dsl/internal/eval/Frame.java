package dev.rubric.dsl.internal.eval;

import dev.rubric.core.waiver.Waiver;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one evaluation: input and attribute values by slot, computed {@code let}
 * values by slot, and the node being evaluated. A frame belongs to one thread and one evaluation;
 * compiled plans are shared and never mutated.
 */
final class Frame {
  final Object[] inputs;
  final String[] inputStatus;

  /** The unit's explanation of missing or incomplete evidence, per input slot (null when none). */
  final String[] inputExplanation;

  final Object[] attributes;
  final Object[] lets;
  final Num year;
  final String unitKind;
  final String unitLevel;
  final String unitCode;

  /** Best values per {@code best()} site in a cohort evaluation; null in a single evaluation. */
  final Num @Nullable [] best;

  /** Samples per {@code best()} site while a cohort's first pass runs; null otherwise. */
  final Object @Nullable [] samples;

  Num max = Num.ZERO;

  /**
   * The waivers in force for this evaluation by the code of the node each waives; empty when the
   * unit is evaluated without waivers. Set once, before the walk.
   */
  Map<String, Waiver> waivers = Map.of();

  Frame(
      Object[] inputs,
      String[] inputStatus,
      String[] inputExplanation,
      Object[] attributes,
      int letCount,
      Num year,
      String unitKind,
      String unitLevel,
      String unitCode,
      Num @Nullable [] best,
      Object @Nullable [] samples) {
    this.inputs = inputs;
    this.inputStatus = inputStatus;
    this.inputExplanation = inputExplanation;
    this.attributes = attributes;
    this.lets = new Object[letCount];
    this.year = year;
    this.unitKind = unitKind;
    this.unitLevel = unitLevel;
    this.unitCode = unitCode;
    this.best = best;
    this.samples = samples;
  }

  private Frame(Frame f) {
    this.inputs = f.inputs;
    this.inputStatus = f.inputStatus;
    this.inputExplanation = f.inputExplanation;
    this.attributes = f.attributes;
    this.lets = f.lets.clone();
    this.year = f.year;
    this.unitKind = f.unitKind;
    this.unitLevel = f.unitLevel;
    this.unitCode = f.unitCode;
    this.best = f.best;
    this.samples = null;
    this.waivers = f.waivers;
  }

  /**
   * Returns a frame for replaying one node of a finished evaluation: it shares this frame's input,
   * attribute and cohort values, which no evaluation changes once bound, and has its own copy of
   * the computed {@code let} values and its own current node, so that replays on several threads
   * never see each other's writes.
   */
  Frame forReplay() {
    return new Frame(this);
  }
}
