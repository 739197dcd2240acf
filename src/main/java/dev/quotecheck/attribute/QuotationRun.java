package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;

/**
 * "Trump spoke only in evasive bromides. / “We have to be a lot tougher.” / “We have to play the
 * game at a much tougher level.”": quotations that are each a whole sentence, one right after the
 * other with nothing between them, are a run of one speaker's words.
 */
final class QuotationRun {
  private QuotationRun() {}

  /** Whether {@code q} is a whole sentence right after {@code previous}, itself a whole sentence, in the same or the next paragraph. */
  static boolean continues(DocumentView doc, Quotation previous, Quotation q) {
    if (previous == null || q.outer().start() < previous.sentence().end()) {
      return false;
    }
    int p = doc.paragraphIndex(q.outer().start());
    int before = doc.paragraphIndex(previous.outer().start());
    return (before == p || before == p - 1) && !hasWord(doc, previous.outer().end(), q.outer().start())
        && whole(doc, previous) && whole(doc, q);
  }

  /**
   * Whether {@code q} is a sentence of its own that follows right after the sentence of {@code
   * previous}, in the same paragraph ("“…,” the president added. “We're America.”"), whatever
   * {@code previous}'s own sentence holds.
   */
  static boolean followsItsSentence(DocumentView doc, Quotation previous, Quotation q) {
    return previous != null && previous.sentence().end() <= q.sentence().start()
        && doc.paragraphIndex(previous.outer().start()) == doc.paragraphIndex(q.outer().start())
        && !hasWord(doc, previous.sentence().end(), q.sentence().start()) && whole(doc, q);
  }

  /** Nothing but the quotation (and marks) in its sentence. */
  private static boolean whole(DocumentView doc, Quotation q) {
    return !hasWord(doc, q.sentence().start(), q.outer().start()) && !hasWord(doc, q.outer().end(), q.sentence().end());
  }

  private static boolean hasWord(DocumentView doc, int from, int to) {
    String text = doc.text();
    for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
