package dev.quotecheck.index;

import dev.quotecheck.corpus.CorpusFile;
import dev.quotecheck.corpus.CorpusProblem;
import java.util.ArrayList;
import java.util.List;

/** The counters of one {@link IndexBuilder} run, updated from the indexing threads. */
final class BuildRun {
  /** What became of a file. */
  enum Outcome { ADDED, CHANGED, UNCHANGED, REMOVED, SKIPPED }

  private final ProgressListener listener;
  private final List<CorpusProblem> problems = new ArrayList<>();
  int unchanged;
  int removed;
  private int added;
  private int changed;
  private int filesDone;
  private long bytesDone;
  private long passagesAdded;
  private long sinceCommit;

  BuildRun(ProgressListener listener) {
    this.listener = listener;
  }

  synchronized void start(List<CorpusFile> todo) {
    listener.started(todo.size(), todo.stream().mapToLong(CorpusFile::size).sum());
  }

  synchronized void problem(CorpusProblem p) {
    problems.add(p);
    listener.problem(p);
  }

  synchronized void count(CorpusFile f, int passages, Outcome outcome) {
    switch (outcome) {
      case ADDED -> added++;
      case CHANGED -> changed++;
      case UNCHANGED -> unchanged++;
      case REMOVED -> removed++;
      case SKIPPED -> { }
    }
    filesDone++;
    bytesDone += f.size();
    sinceCommit += f.size();
    passagesAdded += passages;
    listener.advanced(filesDone, bytesDone);
  }

  synchronized boolean commitDue(long every) {
    if (sinceCommit < every) {
      return false;
    }
    sinceCommit = 0;
    return true;
  }

  synchronized IndexStats stats(int files, long passages, long nanos) {
    return new IndexStats(files, added, changed, removed, unchanged, passagesAdded, passages, bytesDone, nanos,
        problems);
  }
}
