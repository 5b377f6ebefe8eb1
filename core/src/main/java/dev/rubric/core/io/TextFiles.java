package dev.rubric.core.io;

import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes the user's files as UTF-8, turning I/O failures into {@link
 * InvalidInputException}s.
 */
public final class TextFiles {
  private TextFiles() {}

  /**
   * Returns the content of {@code path} decoded as UTF-8, without a leading byte order mark. Bytes
   * that are not UTF-8 are reported with their line, column and byte offset.
   *
   * @param name how the file is named in messages, usually the path as the user typed it
   * @throws InvalidInputException if the file is missing, a directory, unreadable or not UTF-8
   */
  public static String read(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(Message.of(MessageKey.READ_DIRECTORY, Arg.text(name)));
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw readFailure(name, e);
    }
    StringBuilder text = new StringBuilder(bytes.length);
    char[] buffer = new char[8192];
    try (Reader reader = new Utf8Reader(new ByteArrayInputStream(bytes))) {
      for (int n; (n = reader.read(buffer)) >= 0; ) {
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw readFailure(name, e);
    }
    return text.toString();
  }

  /**
   * Opens {@code path} to be read as UTF-8 a buffer at a time, past a leading byte order mark: the
   * streaming counterpart of {@link #read}. A reading error of the returned reader, such as bytes
   * that are not UTF-8, is an {@link IOException} that {@link #readFailure} turns into the message
   * {@link #read} gives, which names the bad bytes, their line and column and their byte offset.
   *
   * @throws InvalidInputException if the file is missing, a directory or unreadable
   */
  static Reader open(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(Message.of(MessageKey.READ_DIRECTORY, Arg.text(name)));
    }
    InputStream in;
    try {
      in = Files.newInputStream(path);
    } catch (IOException e) {
      throw readFailure(name, e);
    }
    return new Utf8Reader(in);
  }

  /** Returns the exception that reports a failure to read the file named {@code name}. */
  static InvalidInputException readFailure(String name, IOException e) {
    if (e instanceof NoSuchFileException) {
      return new InvalidInputException(Message.of(MessageKey.NO_SUCH_FILE, Arg.text(name)));
    }
    if (e instanceof AccessDeniedException) {
      return new InvalidInputException(Message.of(MessageKey.READ_DENIED, Arg.text(name)));
    }
    if (e instanceof Utf8Reader.Malformed m) {
      String bytes = m.bytes();
      return new InvalidInputException(
          FileWords.say(
              bytes.startsWith("bytes ") ? "files.not-utf8.bytes" : "files.not-utf8.byte",
              "file",
              name,
              "hex",
              bytes.substring(bytes.indexOf(' ') + 1),
              "line",
              m.line(),
              "column",
              m.column(),
              "offset",
              m.offset()));
    }
    return new InvalidInputException(
        Message.of(
            MessageKey.READ_FAILED, Arg.text(name), Arg.text(String.valueOf(e.getMessage()))));
  }

  /** Closes a reader that was only read from; a failure to close it loses nothing. */
  static void closeQuietly(Reader reader) {
    try {
      reader.close();
    } catch (IOException e) {
      // everything wanted was read, or reading already failed with the error that is reported
    }
  }

  /**
   * Writes {@code content} to {@code path} as UTF-8, replacing the file.
   *
   * @throws InvalidInputException if the file cannot be written
   */
  public static void write(Path path, String content) {
    if (Files.isDirectory(path)) {
      throw new InvalidInputException(
          Message.of(MessageKey.WRITE_DIRECTORY, Arg.text(path.toString())));
    }
    try {
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(
          Message.of(MessageKey.WRITE_NO_DIRECTORY, Arg.text(path.toString())));
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(
          Message.of(MessageKey.WRITE_DENIED, Arg.text(path.toString())));
    } catch (IOException e) {
      throw new InvalidInputException(
          Message.of(
              MessageKey.WRITE_FAILED,
              Arg.text(path.toString()),
              Arg.text(String.valueOf(e.getMessage()))));
    }
  }
}
