package dev.quotecheck.text;

import java.util.Locale;
import java.util.Optional;

/** The draft formats quotecheck reads, chosen by file name. */
public enum Format {
  TEXT,
  MARKDOWN,
  HTML;

  /** The format of a file name, or empty when quotecheck does not read that kind of file. */
  public static Optional<Format> ofFileName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt")) {
      return Optional.of(TEXT);
    }
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return Optional.of(MARKDOWN);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    return Optional.empty();
  }

  /** Like {@link #ofFileName} but plain text for anything else (stdin, unknown endings). */
  public static Format ofFileNameOrText(String name) {
    return ofFileName(name).orElse(TEXT);
  }
}
