package dev.quotecheck.index;

import dev.quotecheck.corpus.CorpusProblem;
import java.util.List;

/**
 * What an index build or update did.
 *
 * @param files corpus files found
 * @param added files indexed for the first time
 * @param changed files re-indexed because their content changed
 * @param removed files dropped from the index (deleted, or no longer readable)
 * @param unchanged files left alone (same size and time, or same content hash)
 * @param passagesAdded passages written by this run
 * @param passages passages in the index after the run
 * @param bytesRead bytes of corpus read by this run
 * @param nanos wall-clock time of the run
 * @param problems what could not be read
 */
public record IndexStats(
    int files, int added, int changed, int removed, int unchanged, long passagesAdded, long passages,
    long bytesRead, long nanos, List<CorpusProblem> problems) {

  public IndexStats {
    problems = List.copyOf(problems);
  }

  /** Corpus megabytes (10^6 bytes) read per second. */
  public double megabytesPerSecond() {
    return nanos == 0 ? 0 : bytesRead / 1e6 / (nanos / 1e9);
  }

  /** One line for stderr. */
  public String summary() {
    return String.format(java.util.Locale.ROOT,
        "indexed %d files: %d added, %d changed, %d removed, %d unchanged; %d passages; %.1f MB in %.1f s (%.1f MB/s)%s",
        files, added, changed, removed, unchanged, passages, bytesRead / 1e6, nanos / 1e9, megabytesPerSecond(),
        problems.isEmpty() ? "" : "; " + problems.size() + " problem(s)");
  }
}
