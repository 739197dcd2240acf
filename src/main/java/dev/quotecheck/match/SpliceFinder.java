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
   * The two-piece reading of the quotation, or null when there is none. The cut at the edge of the
   * best local alignment is tried first: that alignment already places one piece, often word for
   * word, so only the other needs an index query. Then the quotation's own sentence ends, where
   * splices usually join.
   *
   * @param moreSources sources for a piece's text (from the index), added to {@code sources}
   */
  Match find(String draftText, List<Token> draft, List<SourceText> sources, Function<String, List<SourceText>> moreSources) {
    int edge = edgeCut(draft, sources);
    List<Integer> cuts = new ArrayList<>();
    if (edge > 0) {
      cuts.add(edge);
    }
    for (int cut : sentenceCuts(draftText, draft)) {
      if (cut != edge) {
        cuts.add(cut);
      }
    }
    for (int cut : cuts) {
      Match m = tryCut(draftText, draft, cut, sources, moreSources);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * Where the best local alignment of the whole quotation ends a piece: the longer remainder is
   * the second place, the shorter one stays with the first piece; -1 when no piece is long enough.
   */
  private int edgeCut(List<Token> draft, List<SourceText> sources) {
    Aligner.Local best = null;
    for (SourceText s : sources) {
      Aligner.Local l = aligner.local(draft, s.tokens());
      if (best == null || l.score() > best.score()) {
        best = l;
      }
    }
    if (best == null || words(draft, best.queryFrom(), best.queryTo()) < MIN_PIECE_WORDS) {
      return -1;
    }
    int before = words(draft, 0, best.queryFrom());
    int after = words(draft, best.queryTo(), draft.size());
    return after >= before ? best.queryTo() : best.queryFrom();
  }

  /** Quotation tokens that begin a new sentence (after ., ?, ! or ;), leaving pieces big enough on both sides. */
  private static List<Integer> sentenceCuts(String draftText, List<Token> draft) {
    List<Integer> cuts = new ArrayList<>();
    for (int i = 1; i < draft.size(); i++) {
      if (draft.get(i).start() < draft.get(i - 1).end()) {
        continue; // inside a contraction
      }
      String between = draftText.substring(draft.get(i - 1).end(), draft.get(i).start());
      if (between.matches(".*[.?!;].*") && words(draft, 0, i) >= MIN_PIECE_WORDS && words(draft, i, draft.size()) >= MIN_PIECE_WORDS) {
        cuts.add(i);
      }
    }
    return cuts;
  }

  /** The quotation as {@code [0, cut)} and {@code [cut, end)} from two places, or null. */
  private Match tryCut(String draftText, List<Token> draft, int cut, List<SourceText> sources, Function<String, List<SourceText>> moreSources) {
    if (words(draft, 0, cut) < MIN_PIECE_WORDS || words(draft, cut, draft.size()) < MIN_PIECE_WORDS) {
      return null;
    }
    List<Token> head = draft.subList(0, cut);
    List<Token> tail = draft.subList(cut, draft.size());
    Match a = fit(draftText, head, sources, moreSources);
    if (a == null || a.similarity() < minPieceSimilarity) {
      return null;
    }
    Match b = fit(draftText, tail, sources, moreSources);
    if (b == null || b.similarity() < minPieceSimilarity || followsOn(a, b)) {
      return null;
    }
    List<Change> changes = new ArrayList<>(a.comparison().changes());
    changes.addAll(b.comparison().changes());
    Comparison ca = a.comparison();
    Comparison cb = b.comparison();
    SourceRef where = b.ref();
    String reason = "spliced from two places without an ellipsis: \"" + piece(draftText, tail) + "\" is from " + where.path() + ":" + where.line();
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

  /**
   * The best place for a piece: among the quotation's own sources when one holds it word for
   * word (no place can fit better, and an index query costs more than the alignment), else
   * among those and the index's candidates for the piece.
   */
  private Match fit(String draftText, List<Token> piece, List<SourceText> sources, Function<String, List<SourceText>> moreSources) {
    Match known = bestFit(draftText, piece, sources);
    if (known != null && known.similarity() == 1.0) {
      return known;
    }
    return bestFit(draftText, piece, withMore(sources, moreSources, piece(draftText, piece)));
  }

  private static List<SourceText> withMore(List<SourceText> sources, Function<String, List<SourceText>> more, String text) {
    List<SourceText> out = new ArrayList<>(sources);
    out.addAll(more.apply(text));
    return out;
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

  /**
   * Whether the tail simply continues the head in the same passage (a deletion, not a splice).
   * Both pieces were aligned against that one passage's tokens, so token positions compare.
   */
  private boolean followsOn(Match head, Match tail) {
    if (!head.passage().path().equals(tail.passage().path()) || head.passage().start() != tail.passage().start()) {
      return false;
    }
    int gap = tail.comparison().windowFrom() - head.comparison().windowTo();
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
