package dev.rubric.report;

import static dev.rubric.report.Labels.tr;

import dev.rubric.core.Decimal;
import dev.rubric.core.Language;
import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.catalog.IndexFormula;
import dev.rubric.core.catalog.Node;
import dev.rubric.core.message.DisplayNumbers;
import dev.rubric.core.result.ChannelTotal;
import dev.rubric.core.result.NodeResult;
import dev.rubric.core.result.Scorecard;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a scorecard's index came from its points, for people: which formula the catalog chose, in
 * words, and the formula with the unit's numbers, e.g. {@code 0,4 × 3/9 + 0,35 × 0,83/4 + 0,25 ×
 * 2/3 = 0,4893} for a weighted index or {@code 100 × (≈75,52 + 0 − 0) / 98 = 77,06} for a
 * percentage of the applicable maximum.
 *
 * <p>The numbers are shown only when they reproduce the unit's index (rounded as the catalog
 * rounds), both exactly and as they read (each rounded for display, so that a reader who redoes the
 * arithmetic gets the index); otherwise (points rounded per node, an XCCDF model) the report names
 * the formula and shows no working, rather than a sum that does not add up.
 *
 * @param formula the formula in words, e.g. {@code "Chỉ số có trọng số: Σ wᵢ·vᵢ / Σ wᵢ, …"}
 * @param working the formula with the unit's numbers and the index, if it reproduces the index
 * @param terms for a weighted index, one line per top-level weighted node: its weight, its share
 *     and its part of the index; empty for the other formulas
 * @param weighted whether the index is weighted, so that the plain total of points says nothing
 *     about it
 */
record IndexWorking(String formula, Optional<String> working, List<Term> terms, boolean weighted) {

  /**
   * One weighted node of a weighted index.
   *
   * @param code the node's code
   * @param title the node's title
   * @param weight the node's weight as written in the catalog
   * @param share the node's share as its points (e.g. {@code 3/9}), or empty when it does not count
   *     (nothing of it applies)
   */
  record Term(String code, String title, String weight, Optional<String> share) {}

  IndexWorking {
    terms = List.copyOf(terms);
  }

  /** Returns the working of {@code card}'s index under {@code catalog}'s formula. */
  static IndexWorking of(Scorecard card, Catalog catalog, Language lang) {
    IndexFormula f = catalog.index();
    if (f instanceof IndexFormula.WeightedSum w) {
      return weighted(card, catalog, w, lang);
    }
    if (f instanceof IndexFormula.Xccdf x) {
      return new IndexWorking(xccdf(x, lang), Optional.empty(), List.of(), false);
    }
    Decimal applicable = Decimal.ZERO;
    for (ChannelTotal t : card.channelTotals().values()) {
      applicable = applicable.plus(t.applicableMax());
    }
    Decimal earned = card.total();
    // the points of the channels counted: earned (penalty nodes' negative points included)
    String points =
        Labels.number(earned.minus(card.bonus()).plus(card.penalty()), lang)
            + " + "
            + Labels.number(card.bonus(), lang)
            + " − "
            + Labels.number(card.penalty(), lang);
    if (f instanceof IndexFormula.PointsSum) {
      String words =
          tr(
              lang,
              "Chỉ số là tổng điểm: điểm đạt + điểm thưởng − điểm trừ.",
              "The index is the total of points: earned + bonus − penalty.");
      Optional<String> working =
          reproduces(card, catalog, earned)
              ? Optional.of(points + " = " + Labels.index(card, lang))
              : Optional.empty();
      return new IndexWorking(words, working, List.of(), false);
    }
    IndexFormula.PercentOfApplicableMax p = (IndexFormula.PercentOfApplicableMax) f;
    String words =
        tr(
            lang,
            "Chỉ số = 100 × (điểm đạt + điểm thưởng − điểm trừ) / tổng điểm tối đa được áp dụng"
                + (p.clamp() ? ", trong khoảng 0–100." : "."),
            "Index = 100 × (earned + bonus − penalty) / applicable maximum"
                + (p.clamp() ? ", limited to 0–100." : "."));
    Optional<String> working = Optional.empty();
    if (applicable.signum() > 0) {
      Decimal exact = clamp(p.clamp(), Decimal.HUNDRED.times(earned).divide(applicable));
      if (reproduces(card, catalog, exact)) {
        // the numbers as explanations show them (exact up to four decimals, else ≈ and two) when a
        // reader redoing the arithmetic gets the index from them, else with four (≈ where rounded)
        for (int decimals : new int[] {DisplayNumbers.DECIMALS, DisplayNumbers.EXACT_DECIMALS}) {
          Decimal[] terms = {
            earned.minus(card.bonus()).plus(card.penalty()),
            card.bonus(),
            card.penalty(),
            applicable
          };
          Decimal[] read = new Decimal[terms.length];
          for (int i = 0; i < terms.length; i++) {
            // as explanations show numbers: exact up to four decimals, else rounded
            Decimal four = terms[i].round(DisplayNumbers.EXACT_DECIMALS, RoundingMode.HALF_UP);
            read[i] =
                four.compareTo(terms[i]) == 0
                    ? terms[i]
                    : terms[i].round(decimals, RoundingMode.HALF_UP);
          }
          if (read[3].signum() > 0
              && reproduces(
                  card,
                  catalog,
                  clamp(
                      p.clamp(),
                      Decimal.HUNDRED
                          .times(read[0].plus(read[1]).minus(read[2]))
                          .divide(read[3])))) {
            working =
                Optional.of(
                    "100 × ("
                        + shownAs(terms[0], read[0], lang)
                        + " + "
                        + shownAs(terms[1], read[1], lang)
                        + " − "
                        + shownAs(terms[2], read[2], lang)
                        + ") / "
                        + shownAs(terms[3], read[3], lang)
                        + " = "
                        + Labels.index(card, lang));
            break;
          }
        }
      }
    }
    return new IndexWorking(words, working, List.of(), false);
  }

  private static IndexWorking weighted(
      Scorecard card, Catalog catalog, IndexFormula.WeightedSum w, Language lang) {
    boolean percent = w.scale() == IndexFormula.Scale.PERCENT;
    String words =
        tr(
            lang,
            "Chỉ số có trọng số: Σ wᵢ × vᵢ / Σ wᵢ"
                + (percent ? ", nhân 100" : "")
                + ", với wᵢ là trọng số và vᵢ là tỷ lệ điểm đạt / điểm tối đa được áp dụng của"
                + " lĩnh vực i (lĩnh vực không áp dụng không được tính). Điểm thưởng, điểm trừ và"
                + " tổng điểm không vào chỉ số.",
            "Weighted index: Σ wᵢ × vᵢ / Σ wᵢ"
                + (percent ? ", times 100" : "")
                + ", where wᵢ is the weight and vᵢ the share earned / applicable maximum of area"
                + " i (an area that does not apply does not count). Bonus, penalty and the total"
                + " of points do not enter the index.");
    List<Term> terms = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    Decimal sum = Decimal.ZERO;
    Decimal shownSum = Decimal.ZERO;
    Decimal weights = Decimal.ZERO;
    for (Node n : catalog.nodes()) {
      Optional<Decimal> weight = w.weightOf(n.code()).or(n::weight);
      Optional<NodeResult> r = card.node(n.code());
      if (weight.isEmpty() || r.isEmpty()) {
        continue;
      }
      Optional<Share> share = share(n, r.get(), lang);
      terms.add(
          new Term(
              n.code(),
              n.title().in(lang),
              Labels.number(weight.get(), lang),
              share.map(Share::text)));
      if (share.isPresent()) {
        sum = sum.plus(weight.get().times(share.get().value()));
        shownSum = shownSum.plus(shown(weight.get()).times(share.get().shown()));
        weights = weights.plus(weight.get());
        parts.add(Labels.number(weight.get(), lang) + " × " + share.get().text());
      }
    }
    Optional<String> working = Optional.empty();
    if (weights.signum() > 0) {
      Decimal exact = sum.divide(weights);
      Decimal shownWeights = shown(weights);
      Decimal fromShown = shownWeights.signum() == 0 ? exact : shownSum.divide(shownWeights);
      if (percent) {
        exact = Decimal.HUNDRED.times(exact);
        fromShown = Decimal.HUNDRED.times(fromShown);
      }
      if (reproduces(card, catalog, exact) && reproduces(card, catalog, fromShown)) {
        String terms1 = String.join(" + ", parts);
        String body =
            weights.equals(Decimal.ONE)
                ? terms1
                : "(" + terms1 + ") / " + Labels.number(weights, lang);
        working = Optional.of((percent ? "100 × " : "") + body + " = " + Labels.index(card, lang));
      }
    }
    return new IndexWorking(words, working, terms, true);
  }

  /**
   * A node's share from 0 to 1, how it reads, and the share a reader computes from the numbers as
   * they read (rounded for display), which the working must also reproduce the index from.
   */
  private record Share(Decimal value, String text, Decimal shown) {}

  /** Returns {@code d} as the reports show it: rounded by the display rule. */
  private static Decimal shown(Decimal d) {
    return d.round(DisplayNumbers.DECIMALS, RoundingMode.HALF_UP);
  }

  /**
   * Returns a node's share as {@code IndexFormulas} of rubric-rules-dsl computes it (earned /
   * applicable max limited to [0, 1], or the weighted mean of its weighted children's shares), or
   * empty when nothing of it applies.
   */
  private static Optional<Share> share(Node n, NodeResult r, Language lang) {
    if (r.applicableMax().signum() == 0) {
      return Optional.empty();
    }
    boolean composite = n.children().stream().anyMatch(c -> c.weight().isPresent());
    if (!composite || r.children().size() != n.children().size()) {
      Decimal v = r.earned().divide(r.applicableMax());
      if (v.signum() >= 0 && v.compareTo(Decimal.ONE) <= 0) {
        Decimal shownMax = shown(r.applicableMax());
        return Optional.of(
            new Share(
                v,
                Labels.number(r.earned(), lang) + "/" + Labels.number(r.applicableMax(), lang),
                shownMax.signum() == 0 ? v : shown(r.earned()).divide(shownMax)));
      }
      Decimal limited = v.max(Decimal.ZERO).min(Decimal.ONE);
      return Optional.of(new Share(limited, Labels.number(limited, lang), shown(limited)));
    }
    Decimal sum = Decimal.ZERO;
    Decimal shownSum = Decimal.ZERO;
    Decimal weights = Decimal.ZERO;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < n.children().size(); i++) {
      Node c = n.children().get(i);
      if (c.weight().isEmpty()) {
        continue;
      }
      Optional<Share> s = share(c, r.children().get(i), lang);
      if (s.isPresent()) {
        sum = sum.plus(c.weight().get().times(s.get().value()));
        shownSum = shownSum.plus(shown(c.weight().get()).times(s.get().shown()));
        weights = weights.plus(c.weight().get());
        parts.add(Labels.number(c.weight().get(), lang) + " × " + s.get().text());
      }
    }
    if (weights.signum() == 0) {
      return Optional.empty();
    }
    String inner = String.join(" + ", parts);
    String text =
        weights.equals(Decimal.ONE)
            ? "(" + inner + ")"
            : "(" + inner + ") / " + Labels.number(weights, lang);
    Decimal shownWeights = shown(weights);
    return Optional.of(
        new Share(
            sum.divide(weights),
            text,
            shownWeights.signum() == 0 ? sum.divide(weights) : shownSum.divide(shownWeights)));
  }

  /** Returns {@code read}, the rounding of {@code exact}, with {@code ≈} when they differ. */
  private static String shownAs(Decimal exact, Decimal read, Language lang) {
    String text = DisplayNumbers.localize(read.toString(), lang);
    return read.compareTo(exact) == 0 ? text : "≈" + text;
  }

  private static Decimal clamp(boolean clamp, Decimal index) {
    return clamp ? index.max(Decimal.ZERO).min(Decimal.HUNDRED) : index;
  }

  /** Whether {@code exact}, rounded as the catalog rounds, is the unit's published index. */
  private static boolean reproduces(Scorecard card, Catalog catalog, Decimal exact) {
    return exact
        .round(catalog.rounding().decimals(), catalog.rounding().mode())
        .equals(card.indexRounded());
  }

  private static String xccdf(IndexFormula.Xccdf x, Language lang) {
    String model = x.model().keyword();
    switch (x.model()) {
      case DEFAULT:
        return tr(
            lang,
            "Chỉ số theo mô hình XCCDF 1.2 \""
                + model
                + "\": mỗi tiêu chí lá đạt được 100, không đạt được 0; lấy trung bình có trọng số"
                + " lên từng cấp.",
            "Index by the XCCDF 1.2 model \""
                + model
                + "\": each leaf criterion scores 100 when met and 0 otherwise, averaged with"
                + " weights up the tree.");
      case FLAT:
        return tr(
            lang,
            "Chỉ số theo mô hình XCCDF 1.2 \""
                + model
                + "\": tổng trọng số của các tiêu chí lá đạt.",
            "Index by the XCCDF 1.2 model \""
                + model
                + "\": the sum of the weights of the leaf"
                + " criteria met.");
      case FLAT_UNWEIGHTED:
        return tr(
            lang,
            "Chỉ số theo mô hình XCCDF 1.2 \"" + model + "\": số tiêu chí lá đạt.",
            "Index by the XCCDF 1.2 model \"" + model + "\": the number of leaf criteria met.");
      case ABSOLUTE:
      default:
        return tr(
            lang,
            "Chỉ số theo mô hình XCCDF 1.2 \""
                + model
                + "\": 1 khi mọi tiêu chí lá được chấm đều đạt, nếu không thì 0.",
            "Index by the XCCDF 1.2 model \""
                + model
                + "\": 1 when every scored leaf criterion is met, else 0.");
    }
  }
}
