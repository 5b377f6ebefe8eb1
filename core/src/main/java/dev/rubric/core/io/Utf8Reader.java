package dev.rubric.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a stream of UTF-8 bytes strictly, skipping a leading byte order mark, and reports bytes
 * that are not UTF-8 with where they are: a {@link Malformed} exception naming the bytes, their
 * line and column (in characters, both from 1) and their byte offset (from 0). The characters
 * before the bad bytes are all handed out first. Not thread-safe, like any reader.
 */
final class Utf8Reader extends Reader {
  private static final int BUFFER = 8192;

  /** Bytes that are not UTF-8, with where they are. */
  static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;

    private final String bytes;
    private final long line;
    private final long column;
    private final long offset;

    Malformed(String bytes, long line, long column, long offset) {
      super(
          "found "
              + bytes
              + " at line "
              + line
              + ", column "
              + column
              + " (byte offset "
              + offset
              + ")");
      this.bytes = bytes;
      this.line = line;
      this.column = column;
      this.offset = offset;
    }

    /** Returns the bad bytes in hex, e.g. {@code "byte 0xE3"} or {@code "bytes 0xC3 0x28"}. */
    String bytes() {
      return bytes;
    }

    long line() {
      return line;
    }

    long column() {
      return column;
    }

    long offset() {
      return offset;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);

  /** Bytes consumed before {@code bytes}' content. */
  private long base;

  private long line = 1;
  private long column = 1;
  private boolean start = true;
  private boolean endOfInput;
  private boolean flushed;
  private @Nullable Malformed failure;

  Utf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (failure != null) {
        throw failure;
      }
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  /** Decodes more characters into {@code chars}, reading bytes as needed. */
  private void fill() throws IOException {
    chars.clear();
    if (!bytes.hasRemaining() && !endOfInput) {
      base += bytes.position();
      bytes.clear();
      int n = in.read(bytes.array(), 0, bytes.capacity());
      bytes.limit(Math.max(n, 0));
      endOfInput = n < 0;
    } else if (!endOfInput && bytes.remaining() < 4) {
      // a sequence split at the buffer's end: keep it and read on
      base += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    CoderResult r = decoder.decode(bytes, chars, endOfInput);
    if (!r.isError() && endOfInput && !bytes.hasRemaining() && decoder.flush(chars).isUnderflow()) {
      flushed = true;
    }
    chars.flip();
    count();
    if (r.isError()) {
      // after counting, so that the position names the first bad byte
      failure = malformed(r.length());
    }
  }

  /** Skips a leading byte order mark and counts lines and columns of the new characters. */
  private void count() {
    if (start && chars.hasRemaining()) {
      start = false;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.position(chars.position() + 1);
      }
    }
    for (int i = chars.position(); i < chars.limit(); i++) {
      char c = chars.get(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)) {
        column++;
      }
    }
  }

  private Malformed malformed(int length) {
    StringBuilder hex = new StringBuilder(length == 1 ? "byte" : "bytes");
    for (int i = 0; i < length && bytes.position() + i < bytes.limit(); i++) {
      hex.append(String.format(Locale.ROOT, " 0x%02X", bytes.get(bytes.position() + i) & 0xFF));
    }
    return new Malformed(hex.toString(), line, column, base + bytes.position());
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
