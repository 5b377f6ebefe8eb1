package dev.rubric.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.Compilation;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;

/**
 * The whole compile pipeline on any text: parse, check and compile never throw (problems are
 * diagnostics), the diagnostics render, and a catalog that compiles prints to canonical text that
 * compiles again to the same text and evaluates without throwing.
 */
class CompileFuzzTest {

  /** The entry point of the command-line fuzzer ({@code bash fuzz/run.sh}). */
  public static void fuzzerTestOneInput(byte[] data) {
    new CompileFuzzTest().compile(data);
  }

  @FuzzTest(maxDuration = "30s")
  void compile(byte[] data) {
    String text = Targets.text(data);
    Compilation c = Rubric.standard().compile(SourceText.of("fuzz.rubric", text));
    c.render();
    if (c.hasErrors()) {
      return;
    }
    CompiledCatalog compiled = c.orElseThrow();
    String printed = compiled.print();
    Compilation again = Rubric.standard().compile(SourceText.of("printed.rubric", printed));
    if (again.hasErrors()) {
      throw new AssertionError(
          "the printed catalog does not compile:\n" + again.render() + "\n" + printed);
    }
    String reprinted = again.orElseThrow().print();
    if (!reprinted.equals(printed)) {
      throw new AssertionError("printing is not stable:\n" + printed + "\n" + reprinted);
    }
    Targets.evaluateEmpty(compiled);
  }
}
