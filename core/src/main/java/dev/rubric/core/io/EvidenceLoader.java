package dev.rubric.core.io;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.evidence.EvidenceFile;
import dev.rubric.core.json.Json;
import dev.rubric.core.json.JsonFormatException;
import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Loads evidence files: a {@code .json} evidence file ({@code "rubric-evidence/1"}) holds one unit,
 * a {@code .csv} file (see {@link CsvEvidenceReader}) holds many, and a directory holds the {@code
 * .json} and {@code .csv} files directly in it, read in file-name order. {@link #load} returns all
 * of its units at once; {@link #source} reads them one at a time, so that memory does not grow with
 * the number of units. Other file types are evidence too when a reader for them is handed over
 * under their extension ({@link EvidenceFormat}, for example the {@code .xlsx} reader of the {@code
 * rubric-xlsx} module).
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
    return load(path, name, catalog, Map.of());
  }

  /**
   * Returns the evidence at {@code path} in file order, all of it at once, reading the file types
   * of {@code formats} too: what {@link #source(Path, String, Catalog, Map)} gives, read to the
   * end.
   *
   * @param formats readers of other file types by their lower-case extension without the dot, such
   *     as {@code "xlsx"}
   * @throws InvalidInputException as {@link #load(Path, String, Catalog)} does, and for a problem
   *     that a reader of {@code formats} reports
   */
  public static List<EvidenceFile> load(
      Path path, String name, Catalog catalog, Map<String, EvidenceFormat> formats) {
    List<EvidenceFile> out = new ArrayList<>();
    try (EvidenceSource.Cursor cursor = source(path, name, catalog, formats).iterator()) {
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
    return source(path, name, catalog, Map.of());
  }

  /**
   * Returns the evidence at {@code path} as a source that reads it a unit at a time, as {@link
   * #source(Path, String, Catalog)} does, reading the file types of {@code formats} too: a file
   * whose extension is a key of {@code formats} is read by that reader, alone or in a directory,
   * and messages that list the readable types name those extensions too.
   *
   * @param formats readers of other file types by their lower-case extension without the dot, such
   *     as {@code "xlsx"}; {@code json} and {@code csv} cannot be replaced
   * @throws IllegalArgumentException if a key of {@code formats} is {@code json} or {@code csv}, or
   *     not a lower-case extension
   * @throws InvalidInputException as {@link #source(Path, String, Catalog)} does
   */
  public static EvidenceSource source(
      Path path, String name, Catalog catalog, Map<String, EvidenceFormat> formats) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(catalog, "catalog");
    Map<String, EvidenceFormat> others = new TreeMap<>();
    for (Map.Entry<String, EvidenceFormat> e : formats.entrySet()) {
      String ext = e.getKey();
      if (!ext.matches("[a-z0-9]+") || ext.equals("json") || ext.equals("csv")) {
        throw new IllegalArgumentException(
            "formats: expected lower-case extensions other than json and csv but found '"
                + ext
                + "'");
      }
      others.put(ext, Objects.requireNonNull(e.getValue(), "formats." + ext));
    }
    if (!Files.isDirectory(path)) {
      if (!isEvidence(name, others)) {
        if (!Files.exists(path)) {
          throw new InvalidInputException(Message.of(MessageKey.NO_SUCH_FILE, Arg.text(name)));
        }
        throw new InvalidInputException(
            FileWords.say("files.not-evidence", "file", name, "types", types(others)));
      }
      return new EvidenceSource(name, List.of(path), List.of(name), false, catalog, others);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(path)) {
      files =
          s.filter(p -> isEvidence(p.getFileName().toString(), others) && Files.isRegularFile(p))
              .sorted()
              .toList();
    } catch (IOException e) {
      throw new InvalidInputException(
          Message.of(
              MessageKey.READ_DIRECTORY_FAILED,
              Arg.text(name),
              Arg.text(String.valueOf(e.getMessage()))));
    }
    if (files.isEmpty()) {
      throw new InvalidInputException(
          FileWords.say("files.no-evidence", "file", name, "types", types(others)));
    }
    List<String> names = files.stream().map(p -> join(name, p.getFileName().toString())).toList();
    return new EvidenceSource(name, files, names, true, catalog, others);
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
      throw new InvalidInputException(e.text());
    }
  }

  /**
   * Returns whether a file named {@code name} is read as evidence: a JSON or CSV file, or one of
   * the types of {@code others}.
   */
  private static boolean isEvidence(String name, Map<String, EvidenceFormat> others) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.endsWith(".json") || n.endsWith(".csv") || extension(n, others) != null;
  }

  /** Returns the key of {@code others} that ends {@code name}, if any. */
  static @Nullable String extension(String name, Map<String, EvidenceFormat> others) {
    String n = name.toLowerCase(Locale.ROOT);
    for (String ext : others.keySet()) {
      if (n.endsWith("." + ext)) {
        return ext;
      }
    }
    return null;
  }

  /** Returns the readable types for messages: ".json or .csv", ".json, .csv or .xlsx". */
  private static Message types(Map<String, EvidenceFormat> others) {
    List<String> all = new ArrayList<>(List.of(".json", ".csv"));
    others.keySet().forEach(ext -> all.add("." + ext));
    return FileWords.say(
        "files.types",
        "list",
        String.join(", ", all.subList(0, all.size() - 1)),
        "last",
        all.get(all.size() - 1));
  }

  private static String join(String directory, String file) {
    return directory.endsWith("/") ? directory + file : directory + "/" + file;
  }
}
