package dev.quotecheck.match;

/**
 * Where each token of a quotation landed in a source's token list.
 *
 * @param score alignment score (higher is better)
 * @param sourceOf for each quotation token: the source token it is aligned to (a match or a
 *     substitution), or -1 when the draft word has no counterpart
 * @param from for each quotation token: the first source token it covers (for a bracket or an
 *     ellipsis, the stretch it stands for; for a word, {@code sourceOf}; -1 for none)
 * @param to for each quotation token: end of that stretch, exclusive
 */
record Alignment(int score, int[] sourceOf, int[] from, int[] to) {

  /** The same alignment against a longer source in which the aligned one starts at {@code offset}. */
  Alignment shift(int offset) {
    int[] s = sourceOf.clone();
    int[] f = from.clone();
    int[] t = to.clone();
    for (int i = 0; i < s.length; i++) {
      s[i] = s[i] < 0 ? s[i] : s[i] + offset;
      f[i] = f[i] < 0 ? f[i] : f[i] + offset;
      t[i] = t[i] < 0 ? t[i] : t[i] + offset;
    }
    return new Alignment(score, s, f, t);
  }

  /**
   * The Dice similarity the word diff will report, estimated from the alignment alone (a bracket
   * counts as one unit on each side): cheap enough to rank every candidate before diffing the best.
   */
  double estimate(java.util.List<Token> query, java.util.List<Token> source) {
    int matched = 0;
    int draftUnits = 0;
    int sourceUnits = 0;
    int segStart = 0;
    for (int i = 0; i <= query.size(); i++) {
      if (i < query.size() && query.get(i).kind() != Token.Kind.ELLIPSIS) {
        Token t = query.get(i);
        draftUnits++;
        if (t.kind() == Token.Kind.WILDCARD) {
          matched++;
          sourceUnits -= Math.max(0, to[i] - from[i] - 1);
        } else if (sourceOf[i] >= 0 && t.norm().equals(source.get(sourceOf[i]).norm())) {
          matched++;
        }
        continue;
      }
      int ws = windowStart(query, segStart, i);
      if (ws >= 0) {
        sourceUnits += windowEnd(query, segStart, i) - ws;
      }
      segStart = i + 1;
    }
    int total = draftUnits + Math.max(0, sourceUnits);
    return total == 0 ? 0 : Math.min(1.0, 2.0 * matched / total);
  }

  /** The first source token covered by quotation tokens {@code [qa, qb)} ignoring ellipses, or -1. */
  int windowStart(java.util.List<Token> query, int qa, int qb) {
    for (int i = qa; i < qb; i++) {
      if (query.get(i).kind() != Token.Kind.ELLIPSIS && from[i] >= 0 && to[i] > from[i]) {
        return from[i];
      }
    }
    return -1;
  }

  /** One past the last source token covered by quotation tokens {@code [qa, qb)}, or -1. */
  int windowEnd(java.util.List<Token> query, int qa, int qb) {
    for (int i = qb - 1; i >= qa; i--) {
      if (query.get(i).kind() != Token.Kind.ELLIPSIS && from[i] >= 0 && to[i] > from[i]) {
        return to[i];
      }
    }
    return -1;
  }
}
