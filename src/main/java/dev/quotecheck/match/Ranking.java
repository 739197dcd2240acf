package dev.quotecheck.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Aligns a quotation against candidate sources and ranks them by the similarity the alignment
 * promises, skipping sources that share too few of the quotation's words to ever be close enough;
 * only the best few are then diffed in full.
 */
final class Ranking {

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
    List<Aligned> out = new ArrayList<>();
    for (SourceText s : sources) {
      List<Token> tokens = s.tokens();
      boolean[] hit = new boolean[tokens.size()];
      Set<String> seen = new HashSet<>();
      for (int j = 0; j < hit.length; j++) {
        String norm = tokens.get(j).norm();
        hit[j] = words.contains(norm);
        if (hit[j]) {
          seen.add(norm);
        }
      }
      if (words.isEmpty() || (double) seen.size() / words.size() < minShare) {
        continue;
      }
      Alignment a = ellipsis ? aligner.fit(draft, tokens) : fitDensest(draft, tokens, hit);
      out.add(new Aligned(s, a, a.estimate(draft, tokens)));
    }
    out.sort(Comparator.comparingDouble(Aligned::estimate).reversed());
    return out;
  }

  /** Aligns within the stretch of {@code n + 10} tokens richest in the quotation's words, padded by n + 5 each side. */
  private Alignment fitDensest(List<Token> draft, List<Token> tokens, boolean[] hit) {
    int n = draft.size();
    int width = n + 10;
    int pad = n + 5;
    if (tokens.size() <= width + 2 * pad) {
      return aligner.fit(draft, tokens);
    }
    int best = -1;
    int bestStart = 0;
    int count = 0;
    for (int j = 0; j < hit.length; j++) {
      count += hit[j] ? 1 : 0;
      if (j >= width) {
        count -= hit[j - width] ? 1 : 0;
      }
      if (j >= width - 1 && count > best) {
        best = count;
        bestStart = j - width + 1;
      }
    }
    int from = Math.max(0, bestStart - pad);
    int to = Math.min(tokens.size(), bestStart + width + pad);
    return aligner.fit(draft, tokens.subList(from, to)).shift(from);
  }
}
