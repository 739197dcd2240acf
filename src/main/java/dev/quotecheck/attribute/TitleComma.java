package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * "As Akhil Amar, author of ''America's Unwritten Constitution,'' put it": the comma that closes an
 * appositive is written inside the closing marks of a title that ends it, so the quotation stands
 * where the comma would.
 */
final class TitleComma {
  /** Longest title read this way, in characters. */
  private static final int MAX_TITLE = 80;
  private static final Set<String> PREPOSITIONS = Set.of("of", "for", "on", "about", "in", "by");

  private TitleComma() {}

  /** Token {@code j} is a short quoted title after a preposition whose words end with a comma. */
  static boolean closesAppositive(String text, List<Token> t, int j) {
    Token q = t.get(j);
    if (!DocumentView.QUOTE_TAG.equals(q.tag()) || j == 0 || !PREPOSITIONS.contains(t.get(j - 1).lower())
        || q.end() - q.start() > MAX_TITLE) {
      return false;
    }
    int k = q.end() - 1;
    while (k > q.start() && "\"”'’".indexOf(text.charAt(k)) >= 0) {
      k--;
    }
    return text.charAt(k) == ',';
  }
}
