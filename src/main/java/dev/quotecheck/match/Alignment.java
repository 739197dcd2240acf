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
