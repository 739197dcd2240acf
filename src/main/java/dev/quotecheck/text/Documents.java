package dev.quotecheck.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads drafts from files and streams, turning every failure into one-line {@link InputException}s. */
public final class Documents {

  private Documents() {}

  public static Document load(Path file) throws InputException {
    return load(file, file.toString());
  }

  /** Reads {@code file}, naming it {@code name} in the document and in messages. */
  public static Document load(Path file, String name) throws InputException {
    if (Files.isDirectory(file)) {
      throw new InputException(name + ": is a directory");
    }
    byte[] bytes;
    try {
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

  public static Document read(String path, InputStream in, Format format) throws InputException {
    try {
      return read(path, format, in.readAllBytes());
    } catch (IOException e) {
      throw new InputException(path + ": cannot read (" + e.getMessage() + ")");
    }
  }

  public static Document read(String path, Format format, byte[] bytes) throws InputException {
    String original = TextDecoder.decode(path, bytes);
    return DocumentReader.forFormat(format).read(path, original);
  }
}
