package dev.quotecheck.corpus;

import dev.quotecheck.text.InputException;
import dev.quotecheck.text.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;

/**
 * Reads one corpus file into turns, turning every failure (unreadable, too large, not text, bad
 * content, even a reader bug) into a {@link CorpusProblem} so the rest of the corpus goes on.
 */
public final class CorpusFileReader {
  /** Files above this size are skipped with a problem (a reference file is text, not a dump). */
  public static final long DEFAULT_MAX_FILE_BYTES = 128L << 20;

  private final CorpusFormats formats;
  private final long maxFileBytes;

  public CorpusFileReader(CorpusFormats formats, long maxFileBytes) {
    this.formats = formats;
    this.maxFileBytes = maxFileBytes;
  }

  /** The file's bytes, or null with {@code problem} set; never opens a FIFO or device. */
  public byte[] bytes(CorpusFile f, CorpusProblem[] problem) {
    if (!Files.isRegularFile(f.file(), LinkOption.NOFOLLOW_LINKS)) {
      problem[0] = new CorpusProblem(f.display(), 0, "not a regular file; skipped");
      return null;
    }
    if (f.size() > maxFileBytes) {
      problem[0] = new CorpusProblem(f.display(), 0,
          "too large (" + (f.size() >> 20) + " MB; the limit is " + (maxFileBytes >> 20) + " MB); skipped");
      return null;
    }
    try {
      return Files.readAllBytes(f.file());
    } catch (IOException e) {
      problem[0] = new CorpusProblem(f.display(), 0, "cannot read (" + CorpusWalker.describe(e) + ")");
    } catch (OutOfMemoryError e) {
      problem[0] = new CorpusProblem(f.display(), 0, "too large to read; skipped");
    }
    return null;
  }

  /** Decodes and reads a file's content; problems go into the result. */
  public Reading read(String display, byte[] bytes) {
    String original;
    try {
      original = TextDecoder.decode(display, bytes);
    } catch (InputException e) {
      return Reading.failed(new CorpusProblem(display, 0, withoutPath(display, e.getMessage())));
    }
    CorpusReader reader = formats.readerFor(display, original).orElse(null);
    if (reader == null) {
      return Reading.failed(new CorpusProblem(display, 0, "not a reference format quotecheck reads; skipped"));
    }
    try {
      return reader.read(display, original);
    } catch (RuntimeException | StackOverflowError e) {
      return Reading.failed(new CorpusProblem(display, 0,
          "could not be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + "); skipped"));
    }
  }

  private static String withoutPath(String display, String message) {
    return message.startsWith(display + ": ") ? message.substring(display.length() + 2) : message;
  }
}
