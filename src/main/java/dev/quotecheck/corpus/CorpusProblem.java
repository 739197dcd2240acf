package dev.quotecheck.corpus;

import java.util.Objects;

/**
 * Something in the corpus that could not be read: one file, or one line of it. The rest of the
 * corpus is still used.
 *
 * @param path the file as the user named it
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param message what is wrong, in plain words
 */
public record CorpusProblem(String path, int line, String message) {
  public CorpusProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line);
    }
    message = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  /** One line for stderr: {@code path:line: message}. */
  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
  }
}
