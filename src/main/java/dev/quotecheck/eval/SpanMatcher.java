package dev.quotecheck.eval;

import dev.quotecheck.text.Span;
import java.util.Arrays;
import java.util.List;

/**
 * One-to-one matching of gold and predicted spans. Two spans match when they share at least half
 * of the longer one (so at least half of each); each gold span takes the unmatched prediction it
 * shares most with. Both lists are sorted by start.
 */
public final class SpanMatcher {

  private SpanMatcher() {}

  public static boolean matches(Span gold, Span predicted) {
    return 2L * gold.overlap(predicted) >= Math.max(gold.length(), predicted.length()) && gold.overlaps(predicted);
  }

  /** For each gold span, the index of its predicted match, or -1. */
  public static int[] match(List<Span> gold, List<Span> predicted) {
    int[] out = new int[gold.size()];
    Arrays.fill(out, -1);
    boolean[] used = new boolean[predicted.size()];
    int first = 0;
    for (int g = 0; g < gold.size(); g++) {
      Span gs = gold.get(g);
      while (first < predicted.size() && predicted.get(first).end() <= gs.start()) {
        first++;
      }
      int best = -1;
      int bestOverlap = 0;
      for (int p = first; p < predicted.size() && predicted.get(p).start() < gs.end(); p++) {
        int o = gs.overlap(predicted.get(p));
        if (!used[p] && o > bestOverlap && matches(gs, predicted.get(p))) {
          best = p;
          bestOverlap = o;
        }
      }
      if (best >= 0) {
        used[best] = true;
        out[g] = best;
      }
    }
    return out;
  }
}
