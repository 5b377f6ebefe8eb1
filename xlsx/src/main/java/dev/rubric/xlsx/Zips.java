package dev.rubric.xlsx;

import dev.rubric.core.message.Arg;
import dev.rubric.core.message.Message;
import dev.rubric.core.message.MessageKey;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * The zip container of a workbook: the checks made before Apache POI opens a file (its kind, its
 * size, what each part declares it expands to), a stream that stops at a part's size limit, and the
 * rewrite that gives a written template fixed entry times.
 */
final class Zips {

  /** The time of every entry, and of the document properties, of a written template. */
  static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  /** {@link #FIXED_TIME} in UTC, as document properties write it. */
  static final String FIXED_TIME_W3C = FIXED_TIME + ":00Z";

  /** Parts below this size are never read as a zip bomb, whatever their ratio (as POI's grace). */
  private static final long GRACE = 1L << 20;

  /** The most entries a workbook may hold. */
  private static final int MAX_ENTRIES = 10_000;

  private Zips() {}

  /** Returns {@code zip} with every entry's time set to {@link #FIXED_TIME}, in the same order. */
  static byte[] withFixedTimes(byte[] zip) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(FIXED_TIME);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Checks the file before POI opens it: a zip (not an encrypted or old-format workbook, not some
   * other file), no larger than the limits, with no part that declares more than the limits or an
   * expansion of a zip bomb.
   *
   * @throws XlsxFormatException for the first problem found
   */
  static void check(Path path, String name, XlsxLimits limits) {
    long size;
    byte[] magic = new byte[8];
    int read;
    try {
      if (Files.isDirectory(path)) {
        throw XlsxFormatException.ofFile(
            name, Message.of(MessageKey.READ_DIRECTORY, Arg.text(name)));
      }
      size = Files.size(path);
      try (InputStream in = Files.newInputStream(path)) {
        read = in.readNBytes(magic, 0, magic.length);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      throw XlsxFormatException.ofFile(name, Message.of(MessageKey.NO_SUCH_FILE, Arg.text(name)));
    } catch (java.nio.file.AccessDeniedException e) {
      throw XlsxFormatException.ofFile(name, Message.of(MessageKey.READ_DENIED, Arg.text(name)));
    } catch (IOException e) {
      throw readFailed(name, e);
    }
    if (size > limits.maxFileSize()) {
      throw new XlsxFormatException(
          name, XlsxWords.say("xlsx.too-large", "max", limits.maxFileSize(), "size", size));
    }
    if (read >= 8 && isOle2(magic)) {
      throw new XlsxFormatException(name, ole2(path));
    }
    if (read < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
      throw new XlsxFormatException(
          name, XlsxWords.say(read == 0 ? "xlsx.not-zip.empty" : "xlsx.not-zip.other"));
    }
    try (ZipFile zip = new ZipFile(path.toFile())) {
      if (zip.size() > MAX_ENTRIES) {
        throw new XlsxFormatException(
            name, XlsxWords.say("xlsx.entries", "max", MAX_ENTRIES, "found", zip.size()));
      }
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry e = entries.nextElement();
        long expanded = e.getSize();
        long compressed = e.getCompressedSize();
        if (expanded > limits.maxPartSize()) {
          throw new XlsxFormatException(
              name,
              XlsxWords.say(
                  "xlsx.part-size",
                  "part",
                  e.getName(),
                  "size",
                  expanded,
                  "max",
                  limits.maxPartSize()));
        }
        if (expanded > GRACE
            && compressed > 0
            && expanded / compressed > XlsxLimits.MAX_EXPANSION) {
          throw new XlsxFormatException(
              name,
              XlsxWords.say(
                  "xlsx.zip-bomb",
                  "part",
                  e.getName(),
                  "ratio",
                  expanded / compressed,
                  "max",
                  XlsxLimits.MAX_EXPANSION));
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      // ZipFile throws IllegalArgumentException on an entry name that is not UTF-8
      throw new XlsxFormatException(name, XlsxWords.say("xlsx.damaged-zip"));
    } catch (IOException e) {
      throw readFailed(name, e);
    }
  }

  private static XlsxFormatException readFailed(String name, IOException e) {
    return XlsxFormatException.ofFile(
        name,
        Message.of(
            MessageKey.READ_FAILED, Arg.text(name), Arg.text(String.valueOf(e.getMessage()))));
  }

  private static boolean isOle2(byte[] m) {
    int[] sig = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    for (int i = 0; i < sig.length; i++) {
      if ((m[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  /** Says what an OLE2 file is: an encrypted workbook, or one of the old .xls format. */
  private static Message ole2(Path path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        return XlsxWords.say("xlsx.encrypted");
      }
      return XlsxWords.say("xlsx.xls");
    } catch (IOException | RuntimeException e) {
      return XlsxWords.say("xlsx.damaged-office");
    }
  }

  /** An input stream that fails once more than {@code limit} bytes were read from it. */
  static final class Bounded extends FilterInputStream {
    private final long limit;
    private long count;

    Bounded(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    /** Returns whether the limit was passed. */
    boolean exceeded() {
      return count > limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) throws IOException {
      count += n;
      if (count > limit) {
        throw new IOException("part larger than " + limit + " bytes");
      }
    }
  }
}
