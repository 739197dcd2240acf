package dev.quotecheck.attribute;

import dev.quotecheck.text.Span;

/** Nicknames quoted inside a name ("Marcia “Cia” Price"), which nobody says. */
final class Nicknames {
  private final DocumentView doc;

  Nicknames(DocumentView doc) {
    this.doc = doc;
  }

  /** A one- or two-word quotation between two capitalised words: a nickname ("Marcia “Cia” Price"). */
  boolean insideName(Span quote) {
    String text = doc.text();
    int before = quote.start() - 1;
    int after = quote.end();
    if (before < 1 || after + 1 >= text.length() || text.charAt(before) != ' ' || text.charAt(after) != ' ') {
      return false;
    }
    String inner = text.substring(quote.start() + 1, quote.end() - 1).strip();
    if (headline(quote)) {
      return false; // "Paul Ryan: FBI Decision ‘Defies Explanation,’ …": title case, not a name
    }
    return !inner.isEmpty() && inner.split("\\s+").length <= 2 && Character.isUpperCase(inner.charAt(0))
        && Character.isLetterOrDigit(inner.charAt(inner.length() - 1))
        && Character.isUpperCase(text.charAt(after + 1)) && Character.isLetter(text.charAt(before - 1))
        && Character.isUpperCase(wordBefore(text, before).charAt(0));
  }

  /** The quotation's paragraph opens in title case: no lower-case word of four letters or more. */
  private boolean headline(Span quote) {
    Span para = doc.paragraph(quote.start());
    String head = doc.text().substring(para.start(), Math.min(para.end(), para.start() + 120));
    for (String w : head.split("[^\\p{L}]+")) {
      if (w.length() >= 4 && Character.isLowerCase(w.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static String wordBefore(String text, int space) {
    int i = space;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return i < space ? text.substring(i, space) : " ";
  }
}
