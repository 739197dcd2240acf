package dev.quotecheck.cli;

import dev.quotecheck.corpus.CorpusProblem;
import dev.quotecheck.index.IndexStats;
import dev.quotecheck.index.ProgressListener;
import dev.quotecheck.report.Progress;

/**
 * Shows an index build on stderr: a progress bar on a terminal, a warning line for each corpus
 * file that cannot be read, and (for {@code index}) the closing summary.
 */
final class CorpusProgress implements ProgressListener, AutoCloseable {
  private final Io io;
  private final boolean summary;
  private Progress bar = Progress.NONE;
  private long total;
  private long shown;

  CorpusProgress(Io io, boolean summary) {
    this.io = io;
    this.summary = summary;
  }

  @Override
  public void started(int files, long bytes) {
    if (io.progress() && files > 0) {
      bar = Progress.forStderr("Indexing");
      total = Math.max(1, bytes >> 10);
      bar.start(total);
    }
  }

  @Override
  public void advanced(int filesDone, long bytesDone) {
    long kib = Math.min(total, bytesDone >> 10);
    while (shown < kib) {
      bar.step();
      shown++;
    }
  }

  @Override
  public void problem(CorpusProblem problem) {
    io.err().println("quotecheck: warning: corpus: " + problem);
  }

  @Override
  public void finished(IndexStats stats) {
    close();
    if (summary) {
      io.err().println("quotecheck: " + stats.summary());
    }
  }

  @Override
  public void close() {
    bar.close();
    bar = Progress.NONE;
  }
}
