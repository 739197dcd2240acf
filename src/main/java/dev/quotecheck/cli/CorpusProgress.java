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

  CorpusProgress(Io io, boolean summary) {
    this.io = io;
    this.summary = summary;
  }

  @Override
  public void started(int files, long bytes) {
    if (files > 0) {
      bar = io.progress("Indexing");
      bar.start(Math.max(1, bytes >> 10));
    }
  }

  @Override
  public void advanced(int filesDone, long bytesDone) {
    bar.stepTo(bytesDone >> 10);
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
