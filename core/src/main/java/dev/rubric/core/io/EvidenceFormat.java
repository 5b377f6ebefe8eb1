package dev.rubric.core.io;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.evidence.EvidenceFile;
import java.nio.file.Path;
import java.util.Iterator;

/**
 * A reader of an evidence file type that this module does not read itself, such as the {@code
 * .xlsx} workbooks the {@code rubric-xlsx} module reads. Handed to {@link EvidenceLoader#source(
 * Path, String, Catalog, java.util.Map)} under the file name extension it reads, it makes those
 * files evidence wherever JSON and CSV files are: given alone, or in a directory. Implemented by
 * callers (and by {@code rubric-xlsx}).
 */
@FunctionalInterface
public interface EvidenceFormat {

  /**
   * Opens the file at {@code path} and returns its units, read one at a time as they are asked for,
   * in file order. Every problem of the file is an {@link InvalidInputException} whose message
   * names the file (as {@code name}) and the place in it, thrown here or from the rows' {@code
   * hasNext()}; after a problem the rows end. The caller closes the rows.
   *
   * @param path the file
   * @param name how the file is named in messages
   * @param catalog the catalog that types the file's columns
   * @throws InvalidInputException if the file is missing, unreadable or malformed
   */
  Rows open(Path path, String name, Catalog catalog);

  /**
   * The units of one opened file, read one at a time; closing releases the file. Implemented by
   * callers.
   */
  interface Rows extends Iterator<EvidenceFile>, AutoCloseable {

    /** Releases the file; the rows then end. Closing twice does nothing. */
    @Override
    void close();
  }
}
