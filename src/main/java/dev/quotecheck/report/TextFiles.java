package dev.quotecheck.report;

import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the small UTF-8 files quotecheck keeps beside drafts (config, sign-offs). */
public final class TextFiles {
  private TextFiles() {}

  /** The file's text, or empty when it does not exist; other failures are one-line errors. */
  public static Optional<String> readIfExists(Path file) throws InputException {
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (MalformedInputException e) {
      throw new InputException(file + ": not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
