package dev.rubric.dsl.internal.print;

import dev.rubric.core.LocalizedText;
import dev.rubric.core.catalog.Band;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.Channel;
import dev.rubric.core.catalog.Direction;
import dev.rubric.core.catalog.Expr;
import dev.rubric.core.catalog.FindingTemplate;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.InputDecl;
import dev.rubric.core.catalog.Let;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.catalog.Rounding;
import dev.rubric.core.catalog.Rule;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Writes a {@link Catalog} as canonical {@code .rubric} text: two-space indentation, one statement
 * per line, statements in a fixed order, {@code \n} line ends. Parsing the output gives back an
 * equal catalog.
 */
public final class Printer {
  private final StringBuilder sb = new StringBuilder();
  private int indent;

  private Printer() {}

  /** Returns the canonical text of {@code catalog}. */
  public static String print(Catalog catalog) {
    Printer p = new Printer();
    p.catalog(catalog);
    return p.sb.toString();
  }

  private void catalog(Catalog c) {
    line(
        "catalog "
            + ExprPrinter.quote(c.id())
            + " version "
            + ExprPrinter.quote(c.version())
            + " {");
    indent++;
    line("title " + text(c.title()));
    c.provenance().issuer().ifPresent(i -> line("issuer " + ExprPrinter.quote(i)));
    c.provenance()
        .decision()
        .ifPresent(
            d ->
                line(
                    "decision "
                        + ExprPrinter.quote(d)
                        + c.provenance().date().map(x -> " dated " + x).orElse("")));
    if (!c.appliesTo().isEmpty()) {
      line("applies-to " + String.join(", ", c.appliesTo()));
    }
    inputs("inputs", c.inputs());
    inputs("attributes", c.attributes());
    if (!c.lets().isEmpty()) {
      blank();
      c.lets().forEach(this::let);
    }
    for (List<Node> block : List.of(c.nodes(), c.bonus(), c.penalties())) {
      for (Node n : block) {
        blank();
        node(n, Channel.APPRAISAL);
      }
    }
    blank();
    index(c.index());
    line(round(c.rounding()));
    if (!c.bands().isEmpty()) {
      line("bands {");
      indent++;
      List<Band> bands = c.bands();
      for (int i = 0; i < bands.size(); i++) {
        Band b = bands.get(i);
        String comma = i + 1 < bands.size() ? "," : "";
        if (b.from().isEmpty()) {
          line("otherwise " + text(b.label()) + comma);
        } else {
          line(text(b.label()) + " >= " + b.from().get() + comma);
        }
      }
      indent--;
      line("}");
    }
    indent--;
    line("}");
  }

  private void inputs(String keyword, List<InputDecl> inputs) {
    if (inputs.isEmpty()) {
      return;
    }
    blank();
    line(keyword + " {");
    indent++;
    for (InputDecl in : inputs) {
      StringBuilder s =
          new StringBuilder(in.type().keyword() + " " + in.key() + " " + text(in.label()));
      if (in.direction() == Direction.HIGHER_IS_BETTER) {
        s.append(" higher-better");
      } else if (in.direction() == Direction.LOWER_IS_BETTER) {
        s.append(" lower-better");
      }
      if (in.required()) {
        s.append(" required");
      }
      if (!in.options().isEmpty()) {
        s.append(" options ").append(String.join(", ", in.options()));
      }
      in.unit().ifPresent(u -> s.append(" unit ").append(ExprPrinter.quote(u)));
      in.range().ifPresent(r -> s.append(" in ").append(r));
      if (in.awarded()) {
        s.append(" awarded");
      }
      line(s.toString());
    }
    indent--;
    line("}");
  }

  private void let(Let l) {
    line("let " + l.name() + " = " + ExprPrinter.print(l.value()));
  }

  private void node(Node n, Channel parentChannel) {
    StringBuilder h =
        new StringBuilder(
            n.kind().keyword() + " " + ExprPrinter.quote(n.code()) + " " + text(n.title()));
    h.append(" max ").append(n.max());
    if (n.channel() != parentChannel) {
      h.append(" channel ").append(n.channel().keyword());
    }
    n.weight().ifPresent(w -> h.append(" weight ").append(w));
    n.applicability()
        .ifPresent(
            a ->
                h.append(" applies-when ")
                    .append(ExprPrinter.print(a.condition()))
                    .append(" else ")
                    .append(a.policy().keyword()));
    line(h + " {");
    indent++;
    n.rounding().ifPresent(r -> line(round(r)));
    n.lets().forEach(this::let);
    n.rule().ifPresent(this::rule);
    for (FindingTemplate f : n.findings()) {
      line(
          "finding "
              + f.severity().name().toLowerCase(Locale.ROOT)
              + f.condition().map(c -> " when " + ExprPrinter.print(c)).orElse("")
              + " "
              + text(f.message()));
    }
    n.recommendation().ifPresent(r -> line("recommend " + text(r)));
    if (n.silent()) {
      line("silent");
    }
    for (Node c : n.children()) {
      node(c, n.channel());
    }
    indent--;
    line("}");
  }

  private void rule(Rule r) {
    r.accept(
        new Rule.Visitor<Void>() {
          @Override
          public Void visitCases(Rule.Cases x) {
            for (Rule.Case c : x.cases()) {
              line(
                  "score "
                      + ExprPrinter.print(c.points())
                      + " when "
                      + ExprPrinter.print(c.condition()));
            }
            line("otherwise " + ExprPrinter.print(x.otherwise()));
            return null;
          }

          @Override
          public Void visitTiers(Rule.Tiers x) {
            StringJoiner j =
                new StringJoiner(", ", "tiers " + ExprPrinter.print(x.subject()) + " { ", " }");
            for (Rule.Tier t : x.tiers()) {
              j.add(
                  t.op().symbol()
                      + " "
                      + ExprPrinter.print(t.threshold())
                      + ": "
                      + ExprPrinter.print(t.points()));
            }
            j.add("otherwise: " + ExprPrinter.print(x.otherwise()));
            line(j.toString());
            return null;
          }

          @Override
          public Void visitFormula(Rule.Formula x) {
            line("points = " + ExprPrinter.print(x.points()));
            return null;
          }

          @Override
          public Void visitPerItem(Rule.PerItem x) {
            line(
                "award "
                    + ExprPrinter.print(x.points())
                    + " per "
                    + ExprPrinter.print(x.count())
                    + x.cap().map(c -> " cap " + ExprPrinter.print(c)).orElse(""));
            return null;
          }

          @Override
          public Void visitDeduct(Rule.Deduct x) {
            line(
                "deduct "
                    + ExprPrinter.print(x.points())
                    + " per "
                    + ExprPrinter.print(x.count())
                    + " floor "
                    + ExprPrinter.print(x.floor()));
            return null;
          }

          @Override
          public Void visitMaxOf(Rule.MaxOf x) {
            block("best of {", x.alternatives());
            return null;
          }

          @Override
          public Void visitSumOf(Rule.SumOf x) {
            block("sum of {", x.parts());
            return null;
          }

          @Override
          public Void visitGate(Rule.Gate x) {
            StringJoiner j = new StringJoiner(", ", "only if ", " {");
            for (Expr c : x.conditions()) {
              j.add(ExprPrinter.print(c));
            }
            block(j.toString(), List.of(x.rule()));
            return null;
          }
        });
  }

  private void block(String header, List<Rule> rules) {
    line(header);
    indent++;
    rules.forEach(this::rule);
    indent--;
    line("}");
  }

  private void index(IndexFormula index) {
    String empty = index.empty().signum() == 0 ? "" : " empty " + index.empty();
    if (index instanceof IndexFormula.PercentOfApplicableMax percent) {
      line((percent.clamp() ? "index percent" : "index percent unclamped") + empty);
    } else if (index instanceof IndexFormula.PointsSum) {
      line("index sum" + empty);
    } else if (index instanceof IndexFormula.Xccdf xccdf) {
      line(
          "index xccdf "
              + xccdf.model().keyword()
              + (xccdf.missingScored() ? "" : " missing unscored")
              + empty);
    } else {
      IndexFormula.WeightedSum weighted = (IndexFormula.WeightedSum) index;
      String head =
          weighted.scale() == IndexFormula.Scale.PERCENT
              ? "index weighted percent"
              : "index weighted";
      if (weighted.weights().isEmpty()) {
        line(head + empty);
        return;
      }
      StringJoiner j = new StringJoiner(", ", head + " { ", " }" + empty);
      for (IndexFormula.Weight w : weighted.weights()) {
        j.add(ExprPrinter.quote(w.code()) + ": " + w.weight());
      }
      line(j.toString());
    }
  }

  /** A {@code round} statement, of the catalog or of a node. */
  private static String round(Rounding r) {
    return "round " + r.decimals() + " " + Rounding.keyword(r.mode());
  }

  private static String text(LocalizedText t) {
    return ExprPrinter.quote(t.vi()) + t.en().map(e -> " en " + ExprPrinter.quote(e)).orElse("");
  }

  private void line(String s) {
    sb.append("  ".repeat(indent)).append(s).append('\n');
  }

  private void blank() {
    sb.append('\n');
  }
}
