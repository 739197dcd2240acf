package dev.quotecheck.cli;

import dev.quotecheck.index.Corpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Points the on-the-fly corpus cache at a fresh folder for one test class, never at ~/.cache. */
final class IsolatedCorpusCache implements BeforeAllCallback, AfterAllCallback {
  private Path dir;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    dir = Files.createTempDirectory("quotecheck-cache");
    System.setProperty(Corpora.CACHE_PROPERTY, dir.toString());
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    System.clearProperty(Corpora.CACHE_PROPERTY);
    try (Stream<Path> all = Files.walk(dir)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
