package dev.rubric.dsl.internal.check;

import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.Rule;
import dev.rubric.core.diagnostic.DiagnosticCode;
import dev.rubric.dsl.internal.syntax.Site;
import dev.rubric.dsl.internal.syntax.Site.Part;

/**
 * Type checks of rules: every part of every kind of rule has the type it needs (points are numbers,
 * conditions yes/no values, a tier subject a number or a choice, thresholds like their subject).
 * The tiers of a well-typed {@code tiers} rule then go to {@link TierOrder}.
 */
final class RuleTypes {
  private final Context cx;
  private final Types types;
  private final TierOrder tierOrder;

  RuleTypes(Context cx, Types types, TierOrder tierOrder) {
    this.cx = cx;
    this.types = types;
    this.tierOrder = tierOrder;
  }

  /** Checks {@code rule}, which stands at {@code at}, in {@code scope}. */
  void check(Rule rule, Site at, Scope scope) {
    rule.accept(
        new Rule.Visitor<Void>() {
          @Override
          public Void visitCases(Rule.Cases r) {
            for (int i = 0; i < r.cases().size(); i++) {
              Rule.Case c = r.cases().get(i);
              types.expect(
                  c.points(),
                  at.at(Part.POINTS, i),
                  Type.NUMBER,
                  scope,
                  Words.say("check.role.points"));
              types.expect(
                  c.condition(),
                  at.at(Part.WHEN, i),
                  Type.BOOL,
                  scope,
                  Words.say("check.role.when-condition"));
            }
            types.expect(
                r.otherwise(),
                at.at(Part.OTHERWISE),
                Type.NUMBER,
                scope,
                Words.say("check.role.points"));
            return null;
          }

          @Override
          public Void visitTiers(Rule.Tiers r) {
            tiers(r, at, scope);
            return null;
          }

          @Override
          public Void visitFormula(Rule.Formula r) {
            types.expect(
                r.points(), at.at(Part.POINTS), Type.NUMBER, scope, Words.say("check.role.points"));
            return null;
          }

          @Override
          public Void visitPerItem(Rule.PerItem r) {
            types.expect(
                r.points(),
                at.at(Part.POINTS),
                Type.NUMBER,
                scope,
                Words.say("check.role.points-per-item"));
            types.expect(
                r.count(), at.at(Part.PER), Type.NUMBER, scope, Words.say("check.role.count"));
            r.cap()
                .ifPresent(
                    c ->
                        types.expect(
                            c, at.at(Part.CAP), Type.NUMBER, scope, Words.say("check.role.cap")));
            return null;
          }

          @Override
          public Void visitDeduct(Rule.Deduct r) {
            types.expect(
                r.points(),
                at.at(Part.POINTS),
                Type.NUMBER,
                scope,
                Words.say("check.role.points-per-item"));
            types.expect(
                r.count(), at.at(Part.PER), Type.NUMBER, scope, Words.say("check.role.count"));
            types.expect(
                r.floor(), at.at(Part.FLOOR), Type.NUMBER, scope, Words.say("check.role.floor"));
            return null;
          }

          @Override
          public Void visitMaxOf(Rule.MaxOf r) {
            for (int i = 0; i < r.alternatives().size(); i++) {
              check(r.alternatives().get(i), at.at(Part.RULE, i), scope);
            }
            return null;
          }

          @Override
          public Void visitSumOf(Rule.SumOf r) {
            for (int i = 0; i < r.parts().size(); i++) {
              check(r.parts().get(i), at.at(Part.RULE, i), scope);
            }
            return null;
          }

          @Override
          public Void visitGate(Rule.Gate r) {
            for (int i = 0; i < r.conditions().size(); i++) {
              types.expect(
                  r.conditions().get(i),
                  at.at(Part.IF, i),
                  Type.BOOL,
                  scope,
                  Words.say("check.role.gate-condition"));
            }
            check(r.rule(), at.at(Part.RULE), scope);
            return null;
          }
        });
  }

  private void tiers(Rule.Tiers r, Site at, Scope scope) {
    Site subjectAt = at.at(Part.SUBJECT);
    Type subject = types.type(r.subject(), subjectAt, scope);
    boolean numeric = subject.isNumeric();
    if (!numeric && !subject.isStringLike()) {
      cx.report.report(
          subjectAt,
          DiagnosticCode.TYPE_MISMATCH,
          Words.say("check.tier-subject", "found", Words.type(subject)));
      return;
    }
    for (int i = 0; i < r.tiers().size(); i++) {
      Rule.Tier t = r.tiers().get(i);
      Site threshold = at.at(Part.THRESHOLD, i);
      if (!numeric && t.op() != Expr.BinaryOp.EQ && t.op() != Expr.BinaryOp.NE) {
        cx.report.report(
            threshold,
            DiagnosticCode.TYPE_MISMATCH,
            Words.say(
                "check.tier-equality-only", "type", Words.type(subject), "op", t.op().symbol()));
      }
      Type th = types.type(t.threshold(), threshold, scope);
      if (numeric && !th.isNumeric()) {
        types.mismatch(threshold, Words.say("check.needed.number-threshold"), th);
      } else if (!numeric && !subject.isError()) {
        types.checkStringOperand(subject, t.threshold(), threshold);
      }
      types.expect(
          t.points(), at.at(Part.POINTS, i), Type.NUMBER, scope, Words.say("check.role.points"));
    }
    types.expect(
        r.otherwise(), at.at(Part.OTHERWISE), Type.NUMBER, scope, Words.say("check.role.points"));
    tierOrder.check(r, at, subject);
  }
}
