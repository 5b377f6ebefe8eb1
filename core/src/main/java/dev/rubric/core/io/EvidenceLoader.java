package dev.rubric.core.io;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Loads evidence files: a {@code .json} evidence file ({@code "rubric-evidence/1"}) holds one unit,
 * a {@code .csv} file (see {@link CsvEvidenceReader}) holds many, and a directory holds the {@code
 * .json} and {@code .csv} files directly in it, read in file-name order. {@link #load} returns all
 * of its units at once; {@link #source} reads them one at a time, so that memory does not grow with
 * the number of units.
 */
public final class EvidenceLoader {
  private EvidenceLoader() {}

  /**
   * Returns the evidence at {@code path} in file order, all of it at once. It is what reading
   * {@link #source} to the end gives; for many units, read the source instead.
   *
   * @param name how {@code path} is named in messages, usually as the user typed it
   * @param catalog the catalog that types CSV columns
   * @throws InvalidInputException if a file is missing, unreadable or malformed, the path is not a
   *     {@code .json} or {@code .csv} file or a directory holding some, or a unit and period occur
   *     twice
   */
  public static List<EvidenceFile> load(Path path, String name, Catalog catalog) {
    List<EvidenceFile> out = new ArrayList<>();
    try (EvidenceSource.Cursor cursor = source(path, name, catalog).iterator()) {
      while (cursor.hasNext()) {
        out.add(cursor.next());
      }
    }
    return List.copyOf(out);
  }

  /**
   * Returns the evidence at {@code path} as a source that reads it a unit at a time, each time it
   * is iterated: memory does not grow with the number of units. The units, their order and the
   * errors, with their messages, are those of {@link #load}; see {@link EvidenceSource} for when
   * each error is thrown. Opening reads no file: it checks the path's type and lists a directory,
   * whose files are then fixed.
   *
   * @param name how {@code path} is named in messages, usually as the user typed it
   * @param catalog the catalog that types CSV columns
   * @throws InvalidInputException if the path is not a {@code .json} or {@code .csv} file or a
   *     directory holding some, or the directory cannot be listed
   */
  public static EvidenceSource source(Path path, String name, Catalog catalog) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(catalog, "catalog");
    if (!Files.isDirectory(path)) {
      if (!isEvidence(name)) {
        if (!Files.exists(path)) {
          throw new InvalidInputException("cannot read '" + name + "': no such file");
        }
        throw new InvalidInputException(
            "cannot read '"
                + name
                + "': expected a .json or .csv evidence file or a directory of them");
      }
      return new EvidenceSource(name, List.of(path), List.of(name), false, catalog);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(path)) {
      files =
          s.filter(p -> isEvidence(p.getFileName().toString()) && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new InvalidInputException("cannot read directory '" + name + "': " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          "cannot read '" + name + "': the directory holds no .json or .csv evidence file");
    }
    List<String> names = files.stream().map(p -> join(name, p.getFileName().toString())).toList();
    return new EvidenceSource(name, files, names, true, catalog);
  }

  /**
   * Reads one {@code "rubric-evidence/1"} JSON file.
   *
   * @throws InvalidInputException if the file is missing, unreadable or not a valid evidence file
   */
  public static EvidenceFile readJson(Path path, String name) {
    String text = TextFiles.read(path, name);
    try {
      return Json.readEvidence(name, text);
    } catch (JsonFormatException e) {
      throw new InvalidInputException(String.valueOf(e.getMessage()));
    }
  }

  /** Returns whether a file named {@code name} is read as evidence: a JSON or CSV file. */
  private static boolean isEvidence(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".csv");
  }

  private static String join(String directory, String file) {
    return directory.endsWith("/") ? directory + file : directory + "/" + file;
  }
}
