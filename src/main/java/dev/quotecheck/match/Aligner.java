package dev.quotecheck.match;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word alignment of a quotation against a source passage: Smith–Waterman scoring, global over
 * the quotation and local over the source ("fitting"), so a partial quotation lands inside a
 * longer passage and every draft word is accounted for. An ellipsis skips any stretch of source
 * words for free and a bracket stands for up to {@link #MAX_BRACKET_WORDS} of them, so segments
 * align in order. {@link #local} is the plain local variant, used to find pieces of a splice.
 * Stateless and thread-safe.
 */
final class Aligner {

  static final int MATCH = 2;
  static final int MISMATCH = -1;
  static final int GAP = -1;
  static final int MAX_BRACKET_WORDS = 6;

  private static final int MOVE_DIAG = 1;
  private static final int MOVE_UP = 2;
  private static final int MOVE_LEFT = 3;

  /** The best fitting alignment of the whole quotation inside the source. */
  Alignment fit(List<Token> query, List<Token> source) {
    int n = query.size();
    int m = source.size();
    Grid g = Grid.of(query, source);
    int[] q = g.q();
    int[] s = g.s();
    int w = m + 1;
    int[] h = g.h();
    for (int i = 1; i <= n; i++) {
      Token.Kind kind = query.get(i - 1).kind();
      int row = i * w;
      int up = (i - 1) * w;
      h[row] = h[up] + (kind == Token.Kind.WORD || kind == Token.Kind.NUMBER ? GAP : 0);
      for (int j = 1; j <= m; j++) {
        int best;
        if (kind == Token.Kind.ELLIPSIS) {
          best = Math.max(h[up + j], h[row + j - 1]);
        } else if (kind == Token.Kind.WILDCARD) {
          best = h[row + j - 1] + GAP;
          int free = freeWords(query.get(i - 1));
          for (int k = 0; k <= MAX_BRACKET_WORDS && k <= j; k++) {
            best = Math.max(best, h[up + j - k] + bracketCost(k, free));
          }
        } else {
          best = h[up + j - 1] + (q[i - 1] == s[j - 1] ? MATCH : MISMATCH);
          best = Math.max(best, Math.max(h[up + j] + GAP, h[row + j - 1] + GAP));
        }
        h[row + j] = best;
      }
    }
    int endJ = 0;
    for (int j = 1; j <= m; j++) {
      if (h[n * w + j] >= h[n * w + endJ]) { // on a tie, a trailing substitution rather than an addition
        endJ = j;
      }
    }
    return trace(query, q, s, h, w, endJ);
  }

  private static Alignment trace(List<Token> query, int[] q, int[] s, int[] h, int w, int endJ) {
    int n = query.size();
    int[] sourceOf = new int[n];
    int[] from = new int[n];
    int[] to = new int[n];
    Arrays.fill(sourceOf, -1);
    Arrays.fill(from, -1);
    Arrays.fill(to, -1);
    int i = n;
    int j = endJ;
    while (i > 0) {
      Token.Kind kind = query.get(i - 1).kind();
      int here = h[i * w + j];
      int up = (i - 1) * w;
      if (kind == Token.Kind.ELLIPSIS) {
        int end = j;
        while (j > 0 && h[i * w + j - 1] == here) {
          j--;
        }
        from[i - 1] = j;
        to[i - 1] = end;
        i--;
      } else if (kind == Token.Kind.WILDCARD) {
        int free = freeWords(query.get(i - 1));
        int k = Math.min(MAX_BRACKET_WORDS, j); // on a tie, the bracket takes the most words
        while (k >= 0 && h[up + j - k] + bracketCost(k, free) != here) {
          k--;
        }
        if (k < 0) {
          j--; // a source word left out after the bracket
          continue;
        }
        from[i - 1] = j - k;
        to[i - 1] = j;
        j -= k;
        i--;
      } else {
        int move = move(q, s, h, w, i, j);
        if (move == MOVE_DIAG) {
          sourceOf[i - 1] = j - 1;
          from[i - 1] = j - 1;
          to[i - 1] = j;
          i--;
          j--;
        } else if (move == MOVE_UP) {
          i--;
        } else {
          j--;
        }
      }
    }
    return new Alignment(h[n * w + endJ], sourceOf, from, to);
  }

  /**
   * A bracket stands for up to one word more than it holds for free ({@code [the US]} for "the
   * United States"); each further word costs a gap, so a longer stretch of words the draft dropped
   * next to a bracket still shows. On a tie the bracket takes the word: no false alarm.
   */
  private static int freeWords(Token bracket) {
    return Math.max(1, bracket.norm().split(" ").length) + 1;
  }

  private static int bracketCost(int k, int free) {
    return k <= free ? 0 : (k - free) * GAP;
  }

  private static int move(int[] q, int[] s, int[] h, int w, int i, int j) {
    int here = h[i * w + j];
    if (j > 0 && here == h[(i - 1) * w + j - 1] + (q[i - 1] == s[j - 1] ? MATCH : MISMATCH)) {
      return MOVE_DIAG;
    }
    if (here == h[(i - 1) * w + j] + GAP) {
      return MOVE_UP;
    }
    return MOVE_LEFT;
  }

  /**
   * The best plain local (Smith–Waterman) alignment of words only: the quotation stretch {@code
   * [queryFrom, queryTo)} that matches a source stretch {@code [sourceFrom, sourceTo)} best.
   */
  Local local(List<Token> query, List<Token> source) {
    int n = query.size();
    int m = source.size();
    Grid g = Grid.of(query, source);
    int[] q = g.q();
    int[] s = g.s();
    int w = m + 1;
    int[] h = g.h();
    int best = 0;
    int bi = 0;
    int bj = 0;
    for (int i = 1; i <= n; i++) {
      boolean wild = !query.get(i - 1).isWord();
      for (int j = 1; j <= m; j++) {
        int diag = h[(i - 1) * w + j - 1] + (wild || q[i - 1] == s[j - 1] ? MATCH : MISMATCH);
        int v = Math.max(0, Math.max(diag, Math.max(h[(i - 1) * w + j] + GAP, h[i * w + j - 1] + GAP)));
        h[i * w + j] = v;
        if (v > best) {
          best = v;
          bi = i;
          bj = j;
        }
      }
    }
    int i = bi;
    int j = bj;
    while (i > 0 && j > 0 && h[i * w + j] > 0) {
      int here = h[i * w + j];
      boolean wild = !query.get(i - 1).isWord();
      if (here == h[(i - 1) * w + j - 1] + (wild || q[i - 1] == s[j - 1] ? MATCH : MISMATCH)) {
        i--;
        j--;
      } else if (here == h[(i - 1) * w + j] + GAP) {
        i--;
      } else {
        j--;
      }
    }
    return new Local(best, i, bi, j, bj);
  }

  /** A local alignment: score, quotation stretch and source stretch (ends exclusive). */
  record Local(int score, int queryFrom, int queryTo, int sourceFrom, int sourceTo) {
    int length() {
      return queryTo - queryFrom;
    }
  }

  /**
   * The score matrix ({@code h}, rows of source length + 1) and the words as small integer ids,
   * so the inner loops compare ints; ids -1 (source) and -2 (query bracket or ellipsis) never match.
   */
  private record Grid(int[] q, int[] s, int[] h) {
    static Grid of(List<Token> query, List<Token> source) {
      int[] q = new int[query.size()];
      int[] s = new int[source.size()];
      Map<String, Integer> vocab = new HashMap<>();
      for (int i = 0; i < q.length; i++) {
        Token t = query.get(i);
        q[i] = t.isWord() ? vocab.computeIfAbsent(t.norm(), k -> vocab.size()) : -2;
      }
      for (int j = 0; j < s.length; j++) {
        s[j] = vocab.getOrDefault(source.get(j).norm(), -1);
      }
      return new Grid(q, s, new int[(q.length + 1) * (s.length + 1)]);
    }
  }
}
