package dev.rubric.fuzz;

import dev.rubric.core.Language;
import dev.rubric.core.Period;
import dev.rubric.core.Unit;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.core.evidence.EvidenceSet;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import dev.rubric.core.result.Scorecard;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every fuzz target shares: the bundled catalog, compiled once, and the checks that what
 * Rubric writes reads back.
 */
final class Targets {
  private Targets() {}

  /** The bundled commune PAR catalog, which the evidence targets evaluate against. */
  static final CompiledCatalog CATALOG =
      compileFile("../examples/data/catalogs/cchc-xa-2022.rubric");

  private static CompiledCatalog compileFile(String path) {
    try {
      String text = Files.readString(Path.of(path), StandardCharsets.UTF_8);
      return Rubric.standard().compile(SourceText.of(path, text)).orElseThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Checks that a reader's error reads in every language: its English is its message, and the
   * Vietnamese renders, keeping the place, for whatever input the reader stopped at.
   */
  static void checkWords(JsonFormatException e) {
    if (!e.message(Language.EN).equals(e.getMessage())) {
      throw new AssertionError("English message differs: " + e.message(Language.EN), e);
    }
    String place = e.source() + ":" + e.line() + ":" + e.column() + ": " + e.path() + ": ";
    if (!e.message(Language.VI).startsWith(place) || e.text().in(Language.VI).isBlank()) {
      throw new AssertionError("Vietnamese message lost its place: " + e.message(Language.VI), e);
    }
  }

  /** Returns the bytes as text the way a lenient editor would show them. */
  static String text(byte[] data) {
    return new String(data, StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code card} as JSON, reads it back and checks that nothing changed: a scorecard Rubric
   * made is always a document Rubric reads.
   */
  static void checkRoundTrip(Scorecard card) {
    String json = Json.write(card);
    String again = Json.write(Json.readScorecard("written.json", json));
    if (!again.equals(json)) {
      throw new AssertionError(
          "a written scorecard reads back differently:\n" + json + "\n" + again);
    }
  }

  /** Evaluates a unit without evidence against {@code catalog}, checking the result re-reads. */
  static void evaluateEmpty(CompiledCatalog catalog) {
    Unit unit = Unit.builder().code("00001").name("Xã Thử").level("commune").kind("xa").build();
    Scorecard card =
        catalog.evaluate(
            unit,
            Period.year(2022),
            EvidenceSet.builder().unitCode("00001").periodId("2022").build());
    checkRoundTrip(card);
  }
}
