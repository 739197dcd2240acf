package dev.quotecheck.attribute;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.text.Document;
import java.util.List;

/** The whole default pipeline on a short text of our own, for tests of one attribution rule. */
final class Pipeline {
  private static final QuoteChecker CHECKER = QuoteChecker.builder().build();

  private Pipeline() {}

  /** The attributions of the text's quotations, in document order. */
  static List<Attribution> attribute(String text) {
    return CHECKER.check(Document.plain("t.txt", text)).quotes().stream().map(QuoteResult::attribution).toList();
  }

  /** The attribution of the text's first quotation. */
  static Attribution first(String text) {
    return attribute(text).get(0);
  }
}
