package dev.rubric.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
   * Returns the content of {@code path} decoded as UTF-8, without a leading byte order mark.
   *
   * @param name how the file is named in messages, usually the path as the user typed it
   * @throws InvalidInputException if the file is missing, a directory, unreadable or not UTF-8
   */
  public static String read(Path path, String name) {
    if (Files.isDirectory(path)) {
      throw new InvalidInputException("cannot read '" + name + "': is a directory");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("cannot read '" + name + "': no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidInputException("cannot read '" + name + "': permission denied");
    } catch (IOException e) {
      throw new InvalidInputException("cannot read '" + name + "': " + e.getMessage());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          "cannot read '" + name + "': expected UTF-8 text but found other bytes");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Writes {@code content} to {@code path} as UTF-8, replacing the file.
   *
   * @throws InvalidInputException if the file cannot be written
   */
  public static void write(Path path, String content) {
    if (Files.isDirectory(path)) {
      throw new InvalidInputException("cannot write '" + path + "': is a directory");
    }
    try {
      Files.writeString(path, content, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InvalidInputException("cannot write '" + path + "': no such directory");
    } catch (AccessDeniedException e) {
      throw new InvalidInputException("cannot write '" + path + "': permission denied");
    } catch (IOException e) {
      throw new InvalidInputException("cannot write '" + path + "': " + e.getMessage());
    }
  }
}
