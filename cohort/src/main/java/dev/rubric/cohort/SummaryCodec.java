package dev.rubric.cohort;

import dev.rubric.core.Decimal;
import dev.rubric.core.LocalizedText;
import dev.rubric.core.result.Scorecard;
import java.util.List;
import java.util.Optional;

/**
 * Writes a unit's {@link Ranking.Summary} as a {@link UnitStore} record and reads it back, equal
 * field for field. A codec belongs to one accumulator: the period, catalog hash and number of index
 * decimals of its first scorecard are kept once, here, and a record repeats them only when its
 * unit's differ; a band is the number of the catalog band with that label.
 *
 * <p>A record, in order (see {@link Bytes} for the encodings):
 *
 * <ol>
 *   <li>the rounded index, a decimal never written as a fraction (first, so that sorting reads it
 *       as an integer key without the rest);
 *   <li>the unit code, a string;
 *   <li>a byte of flags: 1, the period follows; 2, the catalog hash follows; 4, the number of index
 *       decimals follows; each absent when it is the first scorecard's;
 *   <li>the period id, a string, if flagged;
 *   <li>the unit name, a string;
 *   <li>the catalog hash, a string, if flagged;
 *   <li>the total and the unrounded index, decimals;
 *   <li>the number of index decimals, an integer, if flagged;
 *   <li>the band, an integer: 0 for none, 1 + its position among the catalog's bands, or 1 + the
 *       number of bands followed by the label (Vietnamese string, a byte 0 or 1, the English string
 *       if 1) when the catalog has no band of that label;
 *   <li>the points earned in each top-level node, decimals, as many as the codec's areas.
 * </ol>
 */
final class SummaryCodec {
  private static final int PERIOD = 1;
  private static final int HASH = 2;
  private static final int DECIMALS = 4;

  private final List<Optional<LocalizedText>> bandLabels;
  private final int areaCount;
  private final String periodId;
  private final String catalogHash;
  private final int indexDecimals;

  /**
   * Starts a codec for {@code areaCount} top-level nodes and the catalog bands of {@code
   * bandLabels}, sharing the period, hash and index decimals of {@code first}.
   */
  SummaryCodec(List<Optional<LocalizedText>> bandLabels, int areaCount, Scorecard first) {
    this.bandLabels = bandLabels;
    this.areaCount = areaCount;
    this.periodId = first.periodId();
    this.catalogHash = first.catalogHash();
    this.indexDecimals = first.indexDecimals();
  }

  /** Returns the number of earned values a record has. */
  int areaCount() {
    return areaCount;
  }

  /**
   * Writes the record of {@code card}, whose top-level nodes earned {@code earned}, into {@code w}.
   */
  void write(Bytes.Writer w, Scorecard card, Decimal[] earned) {
    if (earned.length != areaCount) {
      throw new IllegalArgumentException(
          "earned: expected " + areaCount + " values but found " + earned.length);
    }
    w.clear();
    w.plainDecimal(card.indexRounded()); // never a fraction: sorting reads it as a key
    w.string(card.unitCode());
    boolean ownPeriod = !card.periodId().equals(periodId);
    boolean ownHash = !card.catalogHash().equals(catalogHash);
    boolean ownDecimals = card.indexDecimals() != indexDecimals;
    w.u8((ownPeriod ? PERIOD : 0) | (ownHash ? HASH : 0) | (ownDecimals ? DECIMALS : 0));
    if (ownPeriod) {
      w.string(card.periodId());
    }
    w.string(card.unitName());
    if (ownHash) {
      w.string(card.catalogHash());
    }
    w.decimal(card.total());
    w.decimal(card.index());
    if (ownDecimals) {
      w.varLong(Bytes.zigzag(card.indexDecimals()));
    }
    Optional<LocalizedText> band = card.band();
    int slot = band.isEmpty() ? 0 : bandLabels.indexOf(band) + 1;
    if (slot == 0 && band.isPresent()) {
      LocalizedText label = band.get();
      w.varLong(bandLabels.size() + 1L);
      w.string(label.vi());
      w.u8(label.en().isPresent() ? 1 : 0);
      label.en().ifPresent(w::string);
    } else {
      w.varLong(slot);
    }
    for (Decimal d : earned) {
      w.decimal(d);
    }
  }

  /** Reads the summary of the record {@code r} is at (past its length). */
  Ranking.Summary read(Bytes.Reader r) {
    Decimal indexRounded = r.decimal();
    String unitCode = r.string();
    int flags = r.u8();
    String period = (flags & PERIOD) != 0 ? r.string() : periodId;
    String unitName = r.string();
    String hash = (flags & HASH) != 0 ? r.string() : catalogHash;
    Decimal total = r.decimal();
    Decimal index = r.decimal();
    int decimals =
        (flags & DECIMALS) != 0 ? Math.toIntExact(Bytes.unzigzag(r.varLong())) : indexDecimals;
    int slot = r.varInt();
    Optional<LocalizedText> band;
    if (slot == 0) {
      band = Optional.empty();
    } else if (slot <= bandLabels.size()) {
      band = bandLabels.get(slot - 1);
    } else {
      String vi = r.string();
      band = Optional.of(r.u8() == 1 ? LocalizedText.of(vi, r.string()) : LocalizedText.of(vi));
    }
    Decimal[] earned = new Decimal[areaCount];
    for (int i = 0; i < areaCount; i++) {
      earned[i] = r.decimal();
    }
    return new Ranking.Summary(
        unitCode,
        unitName,
        period,
        hash,
        total,
        index,
        indexRounded,
        decimals,
        band,
        List.of(earned));
  }

  /** Reads the rounded index of the record {@code r} is at; see {@link Bytes.Reader#decimalKey}. */
  static long roundedKey(Bytes.Reader r, int scale) {
    return r.decimalKey(scale);
  }

  /** Reads the rounded index of the record {@code r} is at. */
  static Decimal rounded(Bytes.Reader r) {
    return r.decimal();
  }

  /**
   * Compares the records {@code a} and {@code b} are at (past their lengths) by unit code, then
   * period, as {@link String#compareTo} does; the rounded index is not compared.
   */
  int compareCodeAndPeriod(Bytes.Reader a, Bytes.Reader b) {
    a.skipDecimal();
    b.skipDecimal();
    int c = a.compareString(b);
    if (c != 0) {
      return c;
    }
    int flagsA = a.u8();
    int flagsB = b.u8();
    if ((flagsA & PERIOD) == 0 && (flagsB & PERIOD) == 0) {
      return 0;
    }
    String periodA = (flagsA & PERIOD) != 0 ? a.string() : periodId;
    String periodB = (flagsB & PERIOD) != 0 ? b.string() : periodId;
    return periodA.compareTo(periodB);
  }
}
