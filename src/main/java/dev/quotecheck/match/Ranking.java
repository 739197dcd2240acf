package dev.quotecheck.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Aligns a quotation against candidate sources and ranks them by the similarity the alignment
 * promises, skipping sources that share too few of the quotation's words to ever be close enough;
 * only the best few are then diffed in full.
 */
final class Ranking {

  /** Equally rich stretches of one long source aligned at most. */
  private static final int MAX_WINDOWS = 3;

  private final Aligner aligner;

  Ranking(Aligner aligner) {
    this.aligner = aligner;
  }

  /** A source with its alignment and estimated similarity. */
  record Aligned(SourceText source, Alignment alignment, double estimate) {}

  /**
   * Aligned sources, best first. A source is skipped when fewer than {@code minShare} of the
   * quotation's distinct words occur in it at all. A quotation without inner ellipses is aligned
   * only against the stretch of a long source where its words are densest.
   */
  List<Aligned> rank(List<Token> draft, List<SourceText> sources, double minShare) {
    Set<String> words = new HashSet<>();
    boolean ellipsis = false;
    for (Token t : draft) {
      if (t.isWord()) {
        words.add(t.norm());
      }
      ellipsis |= t.kind() == Token.Kind.ELLIPSIS && t != draft.get(0) && t != draft.get(draft.size() - 1);
    }
    Map<String, Integer> vocabulary = new HashMap<>();
    for (String w : words) {
      vocabulary.put(w, vocabulary.size());
    }
    List<Aligned> out = new ArrayList<>();
    for (SourceText s : sources) {
      List<Token> tokens = s.tokens();
      int[] id = new int[tokens.size()];
      boolean[] seen = new boolean[vocabulary.size()];
      int shared = 0;
      for (int j = 0; j < id.length; j++) {
        id[j] = vocabulary.getOrDefault(tokens.get(j).norm(), -1);
        if (id[j] >= 0 && !seen[id[j]]) {
          seen[id[j]] = true;
          shared++;
        }
      }
      if (words.isEmpty() || (double) shared / words.size() < minShare) {
        continue;
      }
      Alignment a = ellipsis ? aligner.fit(draft, tokens) : fitDensest(draft, tokens, id, vocabulary.size());
      out.add(new Aligned(s, a, a.estimate(draft, tokens)));
    }
    out.sort(Comparator.comparingDouble(Aligned::estimate).reversed());
    return out;
  }

  /**
   * Aligns within the stretch of {@code n + 10} tokens holding the most distinct quotation words
   * ({@code id}: each token's quotation word, or -1), padded by {@code n + 5} each side.
   */
  private Alignment fitDensest(List<Token> draft, List<Token> tokens, int[] id, int vocabulary) {
    int n = draft.size();
    int width = n + 10;
    int pad = n + 5;
    if (tokens.size() <= width + 2 * pad) {
      return aligner.fit(draft, tokens);
    }
    int[] inWindow = new int[vocabulary];
    int[] distinctAt = new int[id.length];
    int distinct = 0;
    int best = -1;
    for (int j = 0; j < id.length; j++) {
      if (id[j] >= 0 && inWindow[id[j]]++ == 0) {
        distinct++;
      }
      if (j >= width && id[j - width] >= 0 && --inWindow[id[j - width]] == 0) {
        distinct--;
      }
      distinctAt[j] = distinct;
      if (j >= width - 1) {
        best = Math.max(best, distinct);
      }
    }
    // the quotation's words may recur: align in each of the first few equally rich stretches
    Alignment chosen = null;
    int tried = 0;
    for (int j = width - 1; j < id.length && tried < MAX_WINDOWS; j++) {
      if (distinctAt[j] != best) {
        continue;
      }
      int start = j - width + 1;
      int from = Math.max(0, start - pad);
      int to = Math.min(tokens.size(), start + width + pad);
      Alignment a = aligner.fit(draft, tokens.subList(from, to)).shift(from);
      if (chosen == null || a.score() > chosen.score()) {
        chosen = a;
      }
      tried++;
      j += width; // the next stretch must not overlap this one
    }
    return chosen;
  }
}
