package dev.quotecheck.index;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.corpus.CorpusFileReader;
import dev.quotecheck.corpus.CorpusFormats;
import dev.quotecheck.corpus.CorpusProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

final class IndexTestSupport {
  private IndexTestSupport() {}

  /** Settings that do not load language models for articles (the engine is tested elsewhere). */
  static IndexSettings settings() {
    return new IndexSettings(2, 32, 1L << 30, CorpusFileReader.DEFAULT_MAX_FILE_BYTES,
        new CorpusFormats(() -> QuoteChecker.builder().resolver((d, e) -> Map.of()).build()), 5);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
  }

  /** Records what a build reports. */
  static final class Recorder implements ProgressListener {
    final List<CorpusProblem> problems = new ArrayList<>();
    int started = -1;
    long bytes;

    @Override
    public void started(int files, long bytes) {
      this.started = files;
      this.bytes = bytes;
    }

    @Override
    public void problem(CorpusProblem problem) {
      problems.add(problem);
    }
  }
}
