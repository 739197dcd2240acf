package dev.quotecheck.match;

import dev.quotecheck.corpus.Passage;

/** A quotation compared with one candidate source. */
record Match(SourceText source, Comparison comparison) {

  double similarity() {
    return comparison.similarity();
  }

  /** The passage the aligned words start in. */
  Passage passage() {
    return comparison.hasSource() ? source.passageOf(comparison.windowFrom()) : source.passages().get(0);
  }

  String speaker() {
    return passage().speaker();
  }

  /** Whether this is a better match than {@code other} (null counts as worst). */
  boolean beats(Match other) {
    if (other == null) {
      return true;
    }
    if (similarity() != other.similarity()) {
      return similarity() > other.similarity();
    }
    return comparison.matched() > other.comparison.matched();
  }

  SourceRef ref() {
    SourceText.Located at = source.locate(comparison.windowFrom(), comparison.windowTo());
    return new SourceRef(at.passage().path(), at.passage().speaker(), at.text(), at.start(), at.end(), at.line());
  }
}
