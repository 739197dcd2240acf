package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Span;
import java.util.List;

/**
 * What a quotation borrows from the words around it rather than from a cue of its own: the colon
 * closing the paragraph above, the trailing cue of the next quotation in its sentence, a quotation
 * coordinated with the one before; and whether a trailing attribution closes its sentence.
 */
final class NeighbourCues {
  private final DocumentView doc;
  private final ConstructionMatcher matcher;

  NeighbourCues(DocumentView doc, ConstructionMatcher matcher) {
    this.doc = doc;
    this.matcher = matcher;
  }

  /** "He said:" closing the paragraph before a quotation that opens its own. */
  CueMatch introducedAbove(Quotation q) {
    int p = doc.paragraphIndex(q.outer().start()) - 1;
    while (p >= 0 && doc.isInterruption(p)) {
      p--;
    }
    if (p < 0) {
      return null;
    }
    Span para = doc.paragraphs().get(p);
    int end = para.end();
    while (end > para.start() && Character.isWhitespace(doc.text().charAt(end - 1))) {
      end--;
    }
    if (end == para.start() || doc.text().charAt(end - 1) != ':') {
      return null;
    }
    int sentence = doc.sentences().get(doc.sentenceIndex(end - 1)).start();
    CueMatch m = matcher.introduction(Math.max(sentence, para.start()), end);
    return m == null ? null : new CueMatch(m.mention(), m.cue(), "colon", false);
  }

  /**
   * "“All That Glitters” was to be a “cautionary tale,” said Susan Crawford": a cue after the
   * last quotation of a sentence also covers an earlier, uncued one of the same sentence.
   */
  CueMatch sharedTrailingCue(Quotation q, Quotation next) {
    if (!laterInSentence(q, next)) {
      return null;
    }
    CueMatch m = matcher.after(next);
    if (m == null || m.mention() == null) {
      return null;
    }
    return switch (m.construction()) {
      case "quote-said-x", "quote-x-said" -> new CueMatch(m.mention(), m.cue(), m.construction(), false);
      default -> null;
    };
  }

  /**
   * "Nothing the president said “…,” the Florida senator said.": an attribution after the
   * quotation that ends the sentence outweighs a cue just before it.
   */
  boolean closesSentence(CueMatch post) {
    if (post == null || post.mention() == null || !post.construction().startsWith("quote-")) {
      return false;
    }
    int from = post.mention().span().end();
    List<Token> rest = doc.words(from, Math.min(doc.text().length(), from + 60));
    if (post.construction().equals("quote-said-x") && !rest.isEmpty() && rest.get(0).is(",")) {
      return true; // "“…?” asked Dunn, now a partner at …": an appositive after the inverted speaker
    }
    int words = 0;
    for (Token k : rest) {
      if (k.terminator()) {
        return true;
      }
      if (++words > 3) {
        return false;
      }
    }
    return rest.isEmpty();
  }

  /** Whether {@code second} starts after {@code first} ends, in the same sentence. */
  private static boolean laterInSentence(Quotation first, Quotation second) {
    return first.sentence().equals(second.sentence()) && second.outer().start() >= first.outer().end();
  }

  /** Only "and", "or", a comma or an article between two quotations of one sentence. */
  boolean coordinated(Quotation first, Quotation second) {
    if (!laterInSentence(first, second)) {
      return false;
    }
    List<Token> between = doc.words(first.outer().end(), second.outer().start());
    boolean conjunction = false;
    for (Token k : between) {
      if (k.is("and") || k.is("or")) {
        conjunction = true;
      } else if (!k.is(",") && !k.is("a") && !k.is("an") && !k.is("the") && !k.quoteMark()) {
        return false;
      }
    }
    return conjunction;
  }
}
