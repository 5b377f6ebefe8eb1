package dev.rubric.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Strict UTF-8 decoding that says where the bytes that are not UTF-8 are. */
class Utf8ReaderTest {

  private static String readAll(byte[] bytes, int chunk) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buf = new char[chunk];
    try (Reader r = new Utf8Reader(new ByteArrayInputStream(bytes))) {
      for (int n; (n = r.read(buf)) >= 0; ) {
        out.append(buf, 0, n);
      }
    }
    return out.toString();
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void read_vietnameseAcrossEveryBufferBoundary_isTheText() throws IOException {
    // 3-byte and 4-byte sequences fall across the 8192-byte buffer at every offset
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      text.append(i % 7 == 0 ? "ệ" : i % 11 == 0 ? "\uD835\uDC00" : "a")
          .append(i % 50 == 0 ? "\n" : "");
    }
    byte[] bytes = utf8(text.toString());
    for (int chunk : new int[] {1, 3, 8192, 20000}) {
      assertThat(readAll(bytes, chunk)).isEqualTo(text.toString());
    }
  }

  @Test
  void read_leadingByteOrderMark_isSkippedAndOnlyALeadingOne() throws IOException {
    assertThat(readAll(utf8("\uFEFFXã\uFEFF"), 16)).isEqualTo("Xã\uFEFF");
    assertThat(readAll(new byte[0], 16)).isEmpty();
  }

  @Test
  void read_badByte_namesItsLineColumnAndOffsetAfterHandingOutWhatCameBefore() throws IOException {
    byte[] bytes = concat(utf8("mã,tên\n01,Xã Vi H"), new byte[] {(byte) 0xE3, '\n'});
    StringBuilder got = new StringBuilder();
    Utf8Reader.Malformed e =
        catchThrowableOfType(
            Utf8Reader.Malformed.class,
            () -> {
              try (Reader r = new Utf8Reader(new ByteArrayInputStream(bytes))) {
                for (int c; (c = r.read()) >= 0; ) {
                  got.append((char) c);
                }
              }
            });

    assertThat(got).hasToString("mã,tên\n01,Xã Vi H");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(11);
    assertThat(e.offset()).isEqualTo(bytes.length - 2);
    assertThat(e.bytes()).isEqualTo("byte 0xE3");
  }

  @Test
  void read_badByteFarIntoALargeInput_hasItsOffset() {
    byte[] bytes = concat(utf8("ô\n".repeat(10_000)), new byte[] {(byte) 0xC3, '('});

    Utf8Reader.Malformed e =
        catchThrowableOfType(Utf8Reader.Malformed.class, () -> readAll(bytes, 100));

    assertThat(e.offset()).isEqualTo(30_000);
    assertThat(e.line()).isEqualTo(10_001);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.bytes()).isEqualTo("byte 0xC3");
  }

  @Test
  void read_sequenceCutAtTheEnd_isReported() {
    byte[] bytes = concat(utf8("abc"), new byte[] {(byte) 0xE1, (byte) 0xBB});

    Utf8Reader.Malformed e =
        catchThrowableOfType(Utf8Reader.Malformed.class, () -> readAll(bytes, 8));

    assertThat(e.offset()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(4);
    assertThat(e.bytes()).isEqualTo("bytes 0xE1 0xBB");
  }

  @Test
  void read_encodedSurrogate_isNotUtf8() {
    // CESU-style encoding of a lone surrogate (U+D800) is not UTF-8
    byte[] bytes = {'x', (byte) 0xED, (byte) 0xA0, (byte) 0x80};

    Utf8Reader.Malformed e =
        catchThrowableOfType(Utf8Reader.Malformed.class, () -> readAll(bytes, 8));

    assertThat(e.offset()).isEqualTo(1);
    assertThat(e.getMessage())
        .isEqualTo("found bytes 0xED 0xA0 0x80 at line 1, column 2 (byte offset 1)");
  }
}
