package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Span;
import java.util.List;

/**
 * A quotation signed on its own last line inside the marks, as pasted pull quotes and tweets are:
 * {@code "We are going to enter the next recession … stimulus.⏎Josh Bivens, Economic Policy
 * Institute."}. The extractor ends the quotation, unclosed, at the end of its paragraph; the line
 * below, closed by the stray mark, is a credit when it is short, starts with a capitalised word
 * (not another quotation mark, as the next paragraph of a long quotation does), has no verb, and
 * is a name or a capitalised description followed only by a comma or the closing full stop.
 */
final class SignatureLine {
  /** Words a credit line may have ("Charles Chamberlain, Democracy for America."). */
  private static final int MAX_WORDS = 10;

  private SignatureLine() {}

  static CueMatch of(DocumentView doc, MentionFinder finder, Quotation q) {
    String text = doc.text();
    int from = q.content().start();
    int last = skipSpaceBack(text, q.content().end(), from);
    if (!unclosed(text, q)) {
      return null;
    }
    // the extractor closed the quotation at its paragraph's end; the signature is the next one
    int p = doc.paragraphIndex(Math.max(from, q.outer().end() - 1)) + 1;
    if (p >= doc.paragraphs().size()) {
      return null;
    }
    Span below = doc.paragraphs().get(p);
    int lineStart = below.start();
    int close = skipSpaceBack(text, below.end(), lineStart);
    if (close - lineStart < 2 || !isMark(text.charAt(close - 1)) || text.charAt(close - 2) != '.') {
      return null;
    }
    int above = last;
    last = close - 1;
    while (lineStart < last && Character.isWhitespace(text.charAt(lineStart))) {
      lineStart++;
    }
    if (lineStart >= last || !Character.isUpperCase(text.charAt(lineStart)) || above == from
        || ".!?".indexOf(text.charAt(above - 1)) < 0 && !isMark(text.charAt(above - 1))) {
      return null; // the words above must end a sentence of the quotation
    }
    List<Token> t = doc.tagged(lineStart, last);
    if (t.isEmpty() || t.size() > MAX_WORDS + 4
        || t.stream().filter(Token::isWord).count() > MAX_WORDS
        || t.stream().anyMatch(k -> k.tagged("VERB") || k.tagged("AUX") || k.quoteMark())) {
      return null;
    }
    Mention m = finder.after(t, 0);
    if (m == null || m.isPronoun() || m.span().start() != t.get(0).start()
        || m.kind() != Mention.Kind.NAME && !Character.isUpperCase(m.text().charAt(0))) {
      return null;
    }
    int rest = CueWords.indexFrom(t, m.span().end());
    if (rest < t.size() && !t.get(rest).is(",") && !(rest == t.size() - 1 && t.get(rest).is("."))) {
      return null;
    }
    return new CueMatch(m, "signed", "dash", false);
  }

  /** The quotation runs to its paragraph's end without a closing mark. */
  private static boolean unclosed(String text, Quotation q) {
    int end = skipSpaceBack(text, q.outer().end(), q.outer().start());
    return end > q.outer().start() && !isMark(text.charAt(end - 1));
  }

  private static boolean isMark(char c) {
    return "\"”’'".indexOf(c) >= 0;
  }

  private static int skipSpaceBack(String text, int end, int floor) {
    int i = end;
    while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
