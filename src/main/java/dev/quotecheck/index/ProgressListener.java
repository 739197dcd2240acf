package dev.quotecheck.index;

import dev.quotecheck.corpus.CorpusProblem;

/**
 * Hears how an index build goes. Calls come from the indexing threads but never at the same
 * time (the builder serialises them), so implementations need no locking.
 */
public interface ProgressListener {
  ProgressListener NONE = new ProgressListener() {};

  /** The files to read (new or changed) and their total size. */
  default void started(int files, long bytes) {}

  /** Work done so far, of what {@link #started} announced. */
  default void advanced(int filesDone, long bytesDone) {}

  /** A file (or a line of it) that could not be read; the build goes on. */
  default void problem(CorpusProblem problem) {}

  /** The build is committed. */
  default void finished(IndexStats stats) {}
}
