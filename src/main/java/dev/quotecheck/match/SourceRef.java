package dev.quotecheck.match;

import java.util.Objects;

/**
 * Where the best-matching words are in the corpus.
 *
 * @param path the corpus file
 * @param speaker who says them there, or null when the source names nobody
 * @param text the matching passage text
 * @param start UTF-16 offset of the passage in the decoded corpus file
 * @param end end offset, exclusive
 * @param line 1-based line of {@code start}
 */
public record SourceRef(String path, String speaker, String text, int start, int end, int line) {
  public SourceRef {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || line < 1) {
      throw new IllegalArgumentException("bad source position " + start + ".." + end + " line " + line);
    }
  }
}
