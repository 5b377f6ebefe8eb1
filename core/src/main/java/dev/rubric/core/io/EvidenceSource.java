package dev.rubric.core.io;

import dev.rubric.core.catalog.Catalog;
import dev.rubric.core.csv.CsvEvidenceReader;
import dev.rubric.core.csv.CsvFormatException;
import dev.rubric.core.evidence.EvidenceFile;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The evidence at a path, read a unit at a time: a JSON evidence file, a CSV file, a file of a type
 * an {@link EvidenceFormat} reads, or a directory of them, as {@link EvidenceLoader#source} opened
 * it. Memory does not grow with the number of units: a CSV file is read row by row and a directory
 * file by file, and what is kept of the units already read is their unit code and period (to tell
 * one given twice), not their evidence.
 *
 * <p>It can be read any number of times: each {@link #iterator()} reads the files afresh, so it
 * suits {@code CompiledCatalog.evaluateAll(Iterable, Consumer)}, which reads a cohort twice when
 * the catalog compares units with their cohort. The files of a directory are those it held when the
 * source was opened, in file-name order. The iterator holds the file it is reading open; it is a
 * {@link Cursor}, which is {@link AutoCloseable}, and closes the file when the file ends, when
 * reading fails and when it is closed.
 *
 * <p>Errors. Reading gives the units {@link EvidenceLoader#load} returns for the same files, in the
 * same order, and fails with the {@link InvalidInputException} {@code load} throws, with the same
 * message ({@code file:line:column} for CSV, the JSON path for JSON), at the point where {@code
 * load} would have found it: the units before it are returned, then {@code hasNext()} throws, and
 * the cursor ends. No unit after a problem is returned. Of two problems, the one reported is the
 * one that reading each file whole before checking it would find first: bytes of a file that are
 * not UTF-8 come before any other problem of that file, and a unit and period that an earlier file
 * of the directory holds too is reported once the rest of its file has been read without a problem.
 * A file that changes or disappears between two readings is read as it is then, and a problem it
 * has then is reported by the reading that meets it; a file added to the directory is not read.
 *
 * <p>Immutable and thread-safe; each cursor is for one thread.
 */
public final class EvidenceSource implements Iterable<EvidenceFile> {

  private final String name;
  private final List<Path> paths;
  private final List<String> names;
  private final boolean directory;
  private final Catalog catalog;
  private final Map<String, EvidenceFormat> formats;

  /**
   * A source of {@code paths}, named {@code names} in messages; {@code directory} whether a unit
   * and period may occur in only one of them; {@code formats} the readers of other file types by
   * extension.
   */
  EvidenceSource(
      String name,
      List<Path> paths,
      List<String> names,
      boolean directory,
      Catalog catalog,
      Map<String, EvidenceFormat> formats) {
    this.name = name;
    this.paths = List.copyOf(paths);
    this.names = List.copyOf(names);
    this.directory = directory;
    this.catalog = catalog;
    this.formats = Collections.unmodifiableMap(new TreeMap<>(formats));
  }

  /** Returns how the source is named in messages, usually the path as the user typed it. */
  public String name() {
    return name;
  }

  /**
   * Returns a cursor that reads the source from its start, opening its first file when first asked
   * for a unit.
   */
  @Override
  public Cursor iterator() {
    return new Cursor();
  }

  @Override
  public String toString() {
    return "EvidenceSource[" + name + ", " + paths.size() + " files]";
  }

  /**
   * One reading of an {@link EvidenceSource}. {@link #hasNext()} reads the next unit (the next row
   * of a CSV file, or the next file) and throws the {@link InvalidInputException} of a problem in
   * it; after a problem, or once closed, the cursor has no more units. Close it when stopping
   * early. Not thread-safe.
   */
  public final class Cursor implements Iterator<EvidenceFile>, AutoCloseable {

    /** The index in {@link #paths} of the next file to open. */
    private int nextFile;

    /** The CSV file being read, with its rows; both null between files. */
    private @Nullable Reader reader;

    private @Nullable Iterator<EvidenceFile> rows;

    /** The file of another type being read, through its {@link EvidenceFormat}; else null. */
    private EvidenceFormat.@Nullable Rows other;

    private String fileName = "";

    /** The unit read ahead by {@link #hasNext()}. */
    private @Nullable EvidenceFile ahead;

    private boolean closed;

    /** Of a directory, the file where each unit code and period was first seen. */
    private final Map<String, String> seen = new HashMap<>();

    private Cursor() {}

    @Override
    public boolean hasNext() {
      if (ahead != null) {
        return true;
      }
      if (closed) {
        return false;
      }
      try {
        ahead = read();
      } catch (RuntimeException e) {
        close();
        throw e;
      }
      if (ahead == null) {
        close();
        return false;
      }
      return true;
    }

    @Override
    public EvidenceFile next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      EvidenceFile file = Objects.requireNonNull(ahead);
      ahead = null;
      return file;
    }

    /** Closes the file being read, if any; the cursor then has no more units. */
    @Override
    public void close() {
      closed = true;
      ahead = null;
      closeFile();
    }

    /** Returns the next unit, or null after the last. */
    private @Nullable EvidenceFile read() {
      while (true) {
        if (rows != null) {
          EvidenceFile row = nextRow();
          if (row != null) {
            InvalidInputException repeated = repeated(row);
            if (repeated != null) {
              // reported as if the whole file were read first: a later problem of the file wins
              while (nextRow() != null) {
                // read on
              }
              throw repeated;
            }
            return row;
          }
          closeFile();
        }
        if (nextFile == paths.size()) {
          return null;
        }
        Path path = paths.get(nextFile);
        fileName = names.get(nextFile);
        nextFile++;
        String ext = EvidenceLoader.extension(fileName, formats);
        if (ext != null) {
          EvidenceFormat.Rows opened =
              Objects.requireNonNull(formats.get(ext)).open(path, fileName, catalog);
          other = opened;
          rows = opened;
          continue;
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
          EvidenceFile file = EvidenceLoader.readJson(path, fileName);
          InvalidInputException repeated = repeated(file);
          if (repeated != null) {
            throw repeated;
          }
          return file;
        }
        openCsv(path);
      }
    }

    /** Opens the CSV file at {@code path} and reads its header. */
    private void openCsv(Path path) {
      Reader opened = TextFiles.open(path, fileName);
      reader = opened;
      try {
        rows = CsvEvidenceReader.iterator(fileName, opened, catalog);
      } catch (CsvFormatException e) {
        throw afterReadingTheRest(e);
      } catch (UncheckedIOException e) {
        throw TextFiles.readFailure(fileName, Objects.requireNonNull(e.getCause()));
      }
    }

    /** Returns the next row of the CSV file being read, or null at its end. */
    private @Nullable EvidenceFile nextRow() {
      Iterator<EvidenceFile> it = Objects.requireNonNull(rows);
      if (other != null) {
        // a reader of another type reports its problems as InvalidInputExceptions itself
        return it.hasNext() ? it.next() : null;
      }
      try {
        return it.hasNext() ? it.next() : null;
      } catch (CsvFormatException e) {
        throw afterReadingTheRest(e);
      } catch (UncheckedIOException e) {
        throw TextFiles.readFailure(fileName, Objects.requireNonNull(e.getCause()));
      }
    }

    /**
     * Returns the exception that reports {@code e}, a problem of the CSV file being read, unless
     * the rest of the file holds bytes that are not UTF-8: reading the whole file first, as {@link
     * TextFiles#read} does, reports those first.
     */
    private InvalidInputException afterReadingTheRest(CsvFormatException e) {
      Reader r = Objects.requireNonNull(reader);
      char[] discard = new char[8192];
      try {
        while (r.read(discard) >= 0) {
          // read on
        }
      } catch (IOException failure) {
        return TextFiles.readFailure(fileName, failure);
      }
      return new InvalidInputException(e.text());
    }

    /**
     * Returns the exception that reports {@code file}'s unit and period as given by an earlier file
     * of the directory, or null if they are not (or the source is one file, whose reader checks).
     */
    private @Nullable InvalidInputException repeated(EvidenceFile file) {
      if (!directory) {
        return null;
      }
      String key = file.unit().code() + "\u0000" + file.period().id();
      String first = seen.putIfAbsent(key, fileName);
      if (first == null) {
        return null;
      }
      return new InvalidInputException(
          FileWords.say(
              "files.duplicate-unit",
              "unit",
              file.unit().code(),
              "period",
              file.period().id(),
              "first",
              first,
              "file",
              fileName));
    }

    private void closeFile() {
      Reader r = reader;
      EvidenceFormat.Rows o = other;
      reader = null;
      other = null;
      rows = null;
      if (o != null) {
        o.close();
      }
      if (r != null) {
        TextFiles.closeQuietly(r);
      }
    }
  }
}
