package dev.quotecheck.match;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Finds quotations joined from two places without an ellipsis: the best local alignment covers
 * one piece of the quotation, and the rest matches well somewhere that does not follow on from it.
 */
final class SpliceFinder {

  /** A piece must hold at least this many words to count as a place of its own. */
  static final int MIN_PIECE_WORDS = 3;

  private final Aligner aligner;
  private final Ranking ranking;
  private final WordDiff wordDiff;
  private final double minPieceSimilarity;
  private final int spliceGap;

  SpliceFinder(Aligner aligner, WordDiff wordDiff, double minPieceSimilarity, int spliceGap) {
    this.aligner = aligner;
    this.ranking = new Ranking(aligner);
    this.wordDiff = wordDiff;
    this.minPieceSimilarity = minPieceSimilarity;
    this.spliceGap = spliceGap;
  }

  /**
   * The two-piece reading of the quotation, or null when there is none.
   *
   * @param moreSources sources for the second piece's text (from the index), added to {@code sources}
   */
  Match find(String draftText, List<Token> draft, List<SourceText> sources, Function<String, List<SourceText>> moreSources) {
    Aligner.Local best = null;
    SourceText bestSource = null;
    for (SourceText s : sources) {
      Aligner.Local l = aligner.local(draft, s.tokens());
      if (best == null || l.score() > best.score()) {
        best = l;
        bestSource = s;
      }
    }
    if (best == null || words(draft, best.queryFrom(), best.queryTo()) < MIN_PIECE_WORDS) {
      return null;
    }
    int before = words(draft, 0, best.queryFrom());
    int after = words(draft, best.queryTo(), draft.size());
    if (Math.max(before, after) < MIN_PIECE_WORDS) {
      return null;
    }
    // the longer remainder is the second place; the shorter one stays with the first piece
    boolean secondIsSuffix = after >= before;
    int cut = secondIsSuffix ? best.queryTo() : best.queryFrom();
    List<Token> first = secondIsSuffix ? draft.subList(0, cut) : draft.subList(cut, draft.size());
    List<Token> second = secondIsSuffix ? draft.subList(cut, draft.size()) : draft.subList(0, cut);
    Match a = bestFit(draftText, first, List.of(bestSource));
    List<SourceText> forSecond = new ArrayList<>(sources);
    forSecond.addAll(moreSources.apply(piece(draftText, second)));
    Match b = bestFit(draftText, second, forSecond);
    if (a == null || b == null || a.similarity() < minPieceSimilarity || b.similarity() < minPieceSimilarity) {
      return null;
    }
    if (followsOn(a, b, secondIsSuffix)) {
      return null;
    }
    Match head = secondIsSuffix ? a : b;
    Match tail = secondIsSuffix ? b : a;
    List<Change> changes = new ArrayList<>(head.comparison().changes());
    changes.addAll(tail.comparison().changes());
    Comparison ca = a.comparison();
    Comparison cb = b.comparison();
    SourceRef where = b.ref();
    String reason = "spliced from two places without an ellipsis: \"" + piece(draftText, second) + "\" is from " + where.path() + ":" + where.line();
    Comparison joined = new Comparison(
        changes,
        ca.matched() + cb.matched(),
        ca.draftUnits() + cb.draftUnits(),
        ca.sourceUnits() + cb.sourceUnits(),
        ca.windowFrom(),
        ca.windowTo(),
        reason);
    return new Match(a.source(), joined);
  }

  private Match bestFit(String draftText, List<Token> piece, List<SourceText> sources) {
    Match best = null;
    List<Ranking.Aligned> ranked = ranking.rank(piece, sources, minPieceSimilarity / 2);
    for (Ranking.Aligned a : ranked.subList(0, Math.min(2, ranked.size()))) {
      Match m = new Match(a.source(), wordDiff.compare(draftText, piece, a.alignment(), a.source()));
      if (m.comparison().hasSource() && m.beats(best)) {
        best = m;
      }
    }
    return best;
  }

  /** Whether the second piece simply continues the first in the same source (a deletion, not a splice). */
  private boolean followsOn(Match a, Match b, boolean secondIsSuffix) {
    if (!a.passage().path().equals(b.passage().path()) || a.passage().start() != b.passage().start()) {
      return false;
    }
    Comparison x = a.comparison();
    Comparison y = b.comparison();
    int gap = secondIsSuffix ? y.windowFrom() - x.windowTo() : x.windowFrom() - y.windowTo();
    return gap >= 0 && gap < spliceGap;
  }

  private static int words(List<Token> tokens, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (tokens.get(i).isWord()) {
        n++;
      }
    }
    return n;
  }

  private static String piece(String draftText, List<Token> tokens) {
    return draftText.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
  }
}
