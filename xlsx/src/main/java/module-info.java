/**
 * Evidence workbooks: an {@code .xlsx} template made from a catalog, and the evidence of many units
 * read back from it with errors that name the sheet and cell. Start from {@link
 * dev.rubric.xlsx.EvidenceWorkbook}.
 */
module dev.rubric.xlsx {
  requires transitive dev.rubric.core;
  requires transitive dev.rubric.dsl;
  requires java.xml;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  requires static org.jspecify;

  exports dev.rubric.xlsx;
}
