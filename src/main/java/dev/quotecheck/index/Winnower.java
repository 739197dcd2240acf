package dev.quotecheck.index;

/**
 * Winnowing (Schleimer, Wilkerson and Aiken, SIGMOD 2003) over the word-pair hashes of one run:
 * of every {@code window} consecutive pairs, only the one with the smallest hash is kept (the
 * rightmost on a tie), and a run shorter than a window keeps its smallest. Any stretch of text at
 * least a window of pairs long therefore keeps at least one pair, chosen by that stretch alone,
 * so a quotation and its source keep the same pairs wherever they agree, while the index holds
 * about {@code 2 / (window + 1)} of all pairs. Not thread-safe: one per text.
 */
final class Winnower {
  private final int window;
  private final long[] ring;
  private final IndexTerms.HashSink out;
  /** The ring slot the next pair goes to. */
  private int slot;
  /** Pairs seen in the current run. */
  private int count;
  /** Position in the run of the pair kept last, or -1. */
  private int kept = -1;

  Winnower(int window, IndexTerms.HashSink out) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be positive: " + window);
    }
    this.window = window;
    this.ring = new long[window];
    this.out = out;
  }

  void add(long hash) {
    ring[slot] = hash;
    slot = slot + 1 == window ? 0 : slot + 1;
    count++;
    if (count >= window) {
      keepSmallest(count - window, count);
    }
  }

  /** Ends a run: pairs never join across it. */
  void endRun() {
    if (count > 0 && count < window) {
      keepSmallest(0, count);
    }
    count = 0;
    slot = 0;
    kept = -1;
  }

  /** Keeps the smallest of run positions {@code [from, to)}, which the ring holds from slot 0 or {@link #slot}. */
  private void keepSmallest(int from, int to) {
    int best = from;
    int r = from == 0 ? 0 : slot; // a full window starts at the oldest slot, which is the next to write
    long min = ring[r];
    for (int p = from + 1; p < to; p++) {
      r = r + 1 == window ? 0 : r + 1;
      long h = ring[r];
      if (h <= min) {
        min = h;
        best = p;
      }
    }
    if (best != kept) {
      kept = best;
      out.term(min);
    }
  }
}
