package dev.rubric.spark;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The catalogs compiled in this JVM, by catalog hash: each executor compiles a catalog's text once,
 * on the first task that needs it, and every later task of any job reuses it. Compiled catalogs are
 * immutable and thread-safe, so tasks running at once share them.
 */
final class CatalogCache {
  private static final ConcurrentMap<String, CompiledCatalog> CATALOGS = new ConcurrentHashMap<>();

  private CatalogCache() {}

  /**
   * Returns the compiled catalog whose hash is {@code hash}, compiling {@code text} if this JVM has
   * not yet.
   *
   * @throws IllegalStateException if the text does not compile to a catalog with that hash (the
   *     driver compiled it, so this is a bug)
   */
  static CompiledCatalog get(String hash, String name, String text) {
    return CATALOGS.computeIfAbsent(
        hash,
        h -> {
          CompiledCatalog c = Rubric.standard().compile(SourceText.of(name, text)).orElseThrow();
          if (!c.hash().equals(h)) {
            throw new IllegalStateException(
                "bug: catalog '"
                    + name
                    + "' compiled to "
                    + c.hash()
                    + " on an executor, not "
                    + h);
          }
          return c;
        });
  }
}
