package dev.rubric.testkit;

import dev.rubric.core.diagnostic.SourceText;
import dev.rubric.dsl.CompiledCatalog;
import dev.rubric.dsl.Rubric;

/**
 * A generator of valid catalog texts, created by {@link CatalogGens#catalogs()} and configured
 * fluently: each configuration method returns a new generator and leaves this one unchanged.
 *
 * <pre>{@code
 * Gen<CompiledCatalog> small = CatalogGens.catalogs().areas(1, 2).depth(2).compiled();
 * }</pre>
 *
 * <p>Every generated text compiles without errors (it may have warnings, such as an input declared
 * but unused). Scores are monotone in every input's declared direction, so {@link
 * CatalogChecks#standard} holds for every generated catalog. Texts shrink towards one area with one
 * criterion scored by a flag. Instances are immutable and thread-safe.
 */
public final class CatalogGen extends Gen<String> {

  static final CatalogGen DEFAULT = new CatalogGen(CatalogText.Shape.DEFAULT);

  private final CatalogText.Shape shape;

  private CatalogGen(CatalogText.Shape shape) {
    super(
        "catalogs(areas "
            + shape.minAreas()
            + ".."
            + shape.maxAreas()
            + ", depth "
            + shape.maxDepth()
            + ", fan-out "
            + shape.maxFanOut()
            + ")",
        source -> CatalogText.generate(source, shape));
    this.shape = shape;
  }

  /**
   * Returns a generator of catalogs with {@code min} to {@code max} areas.
   *
   * @param min the fewest areas, at least 1
   * @param max the most areas
   * @return the reconfigured generator
   * @throws IllegalArgumentException unless {@code 1 <= min <= max}
   */
  public CatalogGen areas(int min, int max) {
    if (min < 1 || min > max) {
      throw new IllegalArgumentException(
          "areas: sizes must satisfy 1 <= min <= max but were " + min + ", " + max);
    }
    return new CatalogGen(new CatalogText.Shape(min, max, shape.maxDepth(), shape.maxFanOut()));
  }

  /**
   * Returns a generator of catalogs whose criteria nest at most {@code maxDepth} levels below the
   * areas (1 means areas hold leaf criteria only).
   *
   * @param maxDepth the deepest nesting, 1 to 4
   * @return the reconfigured generator
   * @throws IllegalArgumentException if {@code maxDepth} is outside 1 to 4
   */
  public CatalogGen depth(int maxDepth) {
    if (maxDepth < 1 || maxDepth > 4) {
      throw new IllegalArgumentException("depth: expected 1 to 4 but found " + maxDepth);
    }
    return new CatalogGen(
        new CatalogText.Shape(shape.minAreas(), shape.maxAreas(), maxDepth, shape.maxFanOut()));
  }

  /**
   * Returns a generator of catalogs whose areas and criteria have at most {@code maxChildren}
   * children each.
   *
   * @param maxChildren the largest number of children, 1 to 6
   * @return the reconfigured generator
   * @throws IllegalArgumentException if {@code maxChildren} is outside 1 to 6
   */
  public CatalogGen fanOut(int maxChildren) {
    if (maxChildren < 1 || maxChildren > 6) {
      throw new IllegalArgumentException("fanOut: expected 1 to 6 but found " + maxChildren);
    }
    return new CatalogGen(
        new CatalogText.Shape(shape.minAreas(), shape.maxAreas(), shape.maxDepth(), maxChildren));
  }

  /**
   * Returns a generator of these catalogs compiled with {@link Rubric#standard()}.
   *
   * @return the generator
   * @throws dev.rubric.dsl.InvalidCatalogException while generating, if a generated text does not
   *     compile, which is a bug of this generator
   */
  public Gen<CompiledCatalog> compiled() {
    return map(CatalogGen::compile);
  }

  /** Compiles a generated text as {@code generated.rubric}. */
  static CompiledCatalog compile(String text) {
    return Rubric.standard().compile(SourceText.of("generated.rubric", text)).orElseThrow();
  }
}
