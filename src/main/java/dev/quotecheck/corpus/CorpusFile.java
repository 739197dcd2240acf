package dev.quotecheck.corpus;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A reference file found under a corpus root.
 *
 * @param file where to read it
 * @param display the path as the user would name it (the root as given, plus the relative path)
 * @param key the absolute, normalised path: the file's identity in an index
 * @param size bytes
 * @param modified last-modified time in milliseconds
 */
public record CorpusFile(Path file, String display, String key, long size, long modified) {
  public CorpusFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(display, "display");
    Objects.requireNonNull(key, "key");
  }
}
