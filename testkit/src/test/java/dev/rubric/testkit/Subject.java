package dev.rubric.testkit;

import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.dsl.CompiledCatalog;

/**
 * A catalog and one evidence file for it: the subject of the properties that run over generated
 * catalogs. Its {@code toString} prints both, so that a failing case can be read and replayed.
 */
record Subject(CompiledCatalog catalog, EvidenceFile file) {

  /**
   * Random valid catalogs from {@link CatalogGens}, each with one evidence file from {@link
   * EvidenceGens}.
   */
  static Gen<Subject> generated() {
    return CatalogGens.catalogs()
        .compiled()
        .flatMap(c -> EvidenceGens.files(c).map(f -> new Subject(c, f)));
  }

  /** Evidence files for {@code catalog}, each with the catalog. */
  static Gen<Subject> of(CompiledCatalog catalog) {
    return EvidenceGens.files(catalog).map(f -> new Subject(catalog, f));
  }

  @Override
  public String toString() {
    return Display.file(file) + "\nfor catalog:\n" + catalog.print();
  }
}
