package dev.rubric.core.io;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads evidence files: a {@code .json} evidence file ({@code "rubric-evidence/1"}) holds one unit,
 * a {@code .csv} file (see {@link CsvEvidenceReader}) holds many, and a directory holds the {@code
 * .json} and {@code .csv} files directly in it, read in file-name order.
 */
public final class EvidenceLoader {
  private EvidenceLoader() {}

  /**
   * Returns the evidence at {@code path} in file order.
   *
   * @param name how {@code path} is named in messages, usually as the user typed it
   * @param catalog the catalog that types CSV columns
   * @throws InvalidInputException if a file is missing, unreadable or malformed, the path is not a
   *     {@code .json} or {@code .csv} file or a directory holding some, or a unit and period occur
   *     twice
   */
  public static List<EvidenceFile> load(Path path, String name, Catalog catalog) {
    if (!Files.isDirectory(path)) {
      return readFile(path, name, catalog);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(path)) {
      files = s.filter(p -> isEvidence(p) && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new InvalidInputException("cannot read directory '" + name + "': " + e.getMessage());
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          "cannot read '" + name + "': the directory holds no .json or .csv evidence file");
    }
    List<EvidenceFile> out = new ArrayList<>();
    Map<String, String> seen = new HashMap<>();
    for (Path p : files) {
      String fileName = join(name, p.getFileName().toString());
      for (EvidenceFile f : readFile(p, fileName, catalog)) {
        String key = f.unit().code() + "\u0000" + f.period().id();
        String first = seen.putIfAbsent(key, fileName);
        if (first != null) {
          throw new InvalidInputException(
              "duplicate unit '"
                  + f.unit().code()
                  + "' for period "
                  + f.period().id()
                  + " in '"
                  + first
                  + "' and '"
                  + fileName
                  + "'");
        }
        out.add(f);
      }
    }
    return List.copyOf(out);
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

  private static List<EvidenceFile> readFile(Path path, String name, Catalog catalog) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return List.of(readJson(path, name));
    }
    if (lower.endsWith(".csv")) {
      String text = TextFiles.read(path, name);
      try {
        return CsvEvidenceReader.read(name, text, catalog);
      } catch (CsvFormatException e) {
        throw new InvalidInputException(String.valueOf(e.getMessage()));
      }
    }
    if (!Files.exists(path)) {
      throw new InvalidInputException("cannot read '" + name + "': no such file");
    }
    throw new InvalidInputException(
        "cannot read '"
            + name
            + "': expected a .json or .csv evidence file or a directory of them");
  }

  private static boolean isEvidence(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".csv");
  }

  private static String join(String directory, String file) {
    return directory.endsWith("/") ? directory + file : directory + "/" + file;
  }
}
