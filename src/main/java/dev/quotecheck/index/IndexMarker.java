package dev.quotecheck.index;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;

/**
 * The file that marks a directory as a quotecheck index, so a corpus walk never mistakes an
 * index for reference material and {@code verify --corpus DIR} knows to open it. It also records
 * the corpus roots, to say how to rebuild a damaged index.
 */
final class IndexMarker {
  static final String NAME = "quotecheck-index.properties";
  /** Bump whenever the terms or fields change: older indexes are then rebuilt, never misread. */
  static final int FORMAT = 4;

  private IndexMarker() {}

  static boolean isIndex(Path dir) {
    return Files.isRegularFile(dir.resolve(NAME));
  }

  static void write(Path dir, List<Path> roots) throws IOException {
    Properties p = new Properties();
    p.setProperty("format", Integer.toString(FORMAT));
    p.setProperty("roots", String.join("\n", roots.stream().map(Path::toString).toList()));
    Path tmp = dir.resolve(NAME + ".tmp");
    try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      p.store(w, "quotecheck index: do not edit");
    }
    Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static Properties read(Path dir) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(dir.resolve(NAME), StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      // an unreadable marker only loses the rebuild hint
    }
    return p;
  }

  /** The command that rebuilds the index at {@code dir}. */
  static String rebuildCommand(Path dir) {
    String roots = read(dir).getProperty("roots", "");
    StringBuilder b = new StringBuilder("quotecheck index");
    if (roots.isBlank()) {
      b.append(" --corpus REF...");
    }
    for (String r : roots.split("\n")) {
      if (!r.isBlank()) {
        b.append(" --corpus ").append(r);
      }
    }
    return b.append(" --index ").append(dir).toString();
  }
}
