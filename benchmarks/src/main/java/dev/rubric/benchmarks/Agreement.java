package dev.rubric.benchmarks;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks, before anything is measured, that the peers compute the engine's results: the same
 * published (rounded) index and the same exact index to within 10^-15 (the engine keeps exact
 * rationals and shows 20 decimals; a peer rounds each ratio times points to 20 decimals).
 */
final class Agreement {
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-15");

  private Agreement() {}

  /** Throws unless every peer agrees with the engine on every unit of {@code units}. */
  static void check(
      CompiledCatalog catalog, HandWritten hand, CelPeer cel, List<EvidenceFile> units) {
    for (EvidenceFile f : units) {
      Scorecard card = catalog.evaluate(f);
      same("hand-written Java", card, hand.score(f), f);
      same("CEL", card, cel.score(f), f);
    }
  }

  private static void same(String peer, Scorecard card, PeerIndex.PeerResult r, EvidenceFile f) {
    BigDecimal index = card.index().toBigDecimal();
    if (card.indexRounded().toBigDecimal().compareTo(r.indexRounded()) != 0
        || index.subtract(r.index()).abs().compareTo(TOLERANCE) > 0) {
      throw new IllegalStateException(
          "bug: "
              + peer
              + " gives unit "
              + f.unit().code()
              + " the index "
              + r.index()
              + " but the engine gives "
              + index);
    }
  }
}
