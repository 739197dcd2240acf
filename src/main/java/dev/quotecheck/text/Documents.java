package dev.quotecheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads drafts from files and streams, turning every failure into one-line {@link InputException}s. */
public final class Documents {

  /** The default largest draft quotecheck reads: far above any article, far below the heap. */
  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  private Documents() {}

  public static Document load(Path file) throws InputException {
    return load(file, file.toString());
  }

  /** Reads {@code file}, naming it {@code name} in the document and in messages. */
  public static Document load(Path file, String name) throws InputException {
    return load(file, name, DEFAULT_MAX_BYTES);
  }

  /** Reads {@code file}, refusing files over {@code maxBytes} before reading them. */
  public static Document load(Path file, String name, long maxBytes) throws InputException {
    if (Files.isDirectory(file)) {
      throw new InputException(name + ": is a directory");
    }
    if (!Files.isRegularFile(file) && Files.exists(file)) {
      throw new InputException(name + ": not a regular file");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new InputException(name + ": " + megabytes(size) + " is over the input limit of "
            + megabytes(maxBytes) + " (raise it with --max-input-size)");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": no such file");
    } catch (AccessDeniedException e) {
      throw new InputException(name + ": permission denied");
    } catch (OutOfMemoryError e) {
      throw new InputException(name + ": too large to read");
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")");
    }
    return read(name, Format.ofFileNameOrText(name), bytes);
  }

  public static Document read(String path, InputStream in, Format format, long maxBytes)
      throws InputException {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw new InputException(path + ": over the input limit of " + megabytes(maxBytes)
            + " (raise it with --max-input-size)");
      }
      return read(path, format, bytes);
    } catch (IOException e) {
      throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
    }
  }

  public static Document read(String path, Format format, byte[] bytes) throws InputException {
    String original = TextDecoder.decode(path, bytes);
    return DocumentReader.forFormat(format).read(path, original);
  }

  private static String megabytes(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MiB" : bytes + " bytes";
  }
}
