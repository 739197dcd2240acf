package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides how each top-level quotation of a sentence sits in it. A scare quote is one or two words
 * with no speech cue among the reporter's words (unless it is a whole sentence on its own, {@code
 * “We’ll see.”}), or a title in title case ({@code “Face the Nation”}); neither in a headline,
 * where quotation marks quote a source and every word is capitalised anyway; a
 * whole-sentence quotation opens its sentence or follows a colon or comma with a capital letter
 * (or continues one that did, after an attribution and a comma); everything else is partial.
 */
final class KindClassifier {

  static final int SCARE_MAX_WORDS = 2;
  static final int TITLE_MAX_WORDS = 8;
  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by",
          "from", "as", "vs", "into", "over", "per", "via");

  private final SpeechCues cues;

  KindClassifier(SpeechCues cues) {
    this.cues = cues;
  }

  /** Kinds for the quotations (outer spans, in order) of one sentence. */
  List<QuoteKind> classify(String text, Span sentence, List<Span> outers, List<Span> contents) {
    boolean cue = reporterHasCue(text, sentence, outers);
    boolean alone = outers.size() == 1 && !reporterHasWords(text, sentence, outers);
    // in a headline every word is capitalised, so a capitalised quotation is no sign of a title
    boolean headline = headlineCase(text, sentence, outers);
    List<QuoteKind> kinds = new ArrayList<>(outers.size());
    int from = sentence.start();
    QuoteKind previous = null;
    for (int i = 0; i < outers.size(); i++) {
      Span outer = outers.get(i);
      Span content = contents.get(i);
      int before = Math.min(Math.max(from, sentence.start()), outer.start());
      QuoteKind kind;
      if (words(text, content) <= SCARE_MAX_WORDS && !cue && !headline && !(alone && utterance(text, content))) {
        kind = QuoteKind.SCARE;
      } else if (opensSentence(text, before, outer.start(), content, i == 0)
          || (previous == QuoteKind.SENTENCE && continuesSplitQuote(text, before, outer.start()))) {
        // a title has no closing punctuation (“The Big Short”) or stands alone as a subhead
        boolean titleShaped = alone || Character.isLetterOrDigit(text.charAt(content.end() - 1));
        kind = titleShaped && !headline && isTitle(text, content) ? QuoteKind.SCARE : QuoteKind.SENTENCE;
      } else {
        kind = !headline && isTitle(text, content) ? QuoteKind.SCARE : QuoteKind.PARTIAL;
      }
      kinds.add(kind);
      previous = kind;
      from = outer.end();
    }
    return kinds;
  }

  /**
   * A title in quotation marks ({@code “Face the Nation”}, {@code “Legend in the Coal Fields”}):
   * two to {@link #TITLE_MAX_WORDS} words, each capitalised but for short function words.
   */
  static boolean isTitle(String text, Span content) {
    int words = 0;
    int i = content.start();
    while (i < content.end()) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      while (i < content.end() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '\'' || text.charAt(i) == '’')) {
        i++;
      }
      words++;
      boolean capital = Character.isUpperCase(c) || Character.isDigit(c);
      if (!capital && (words == 1 || !SMALL_WORDS.contains(text.substring(start, i)))) {
        return false;
      }
      if (words > TITLE_MAX_WORDS) {
        return false;
      }
    }
    return words >= 2;
  }

  /** A quotation inside another: scare when short, else partial. */
  static QuoteKind nestedKind(String text, Span content) {
    return words(text, content) <= SCARE_MAX_WORDS ? QuoteKind.SCARE : QuoteKind.PARTIAL;
  }

  /** At least three of the reporter's words, and most of them, are capitalised. */
  private static boolean headlineCase(String text, Span sentence, List<Span> outers) {
    int words = 0;
    int capitalised = 0;
    int from = sentence.start();
    int q = 0;
    for (int i = from; i < sentence.end(); i++) {
      if (q < outers.size() && i >= outers.get(q).start()) {
        i = outers.get(q++).end() - 1;
        continue;
      }
      char c = text.charAt(i);
      if (Character.isLetter(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        words++;
        if (Character.isUpperCase(c)) {
          capitalised++;
        }
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  private boolean reporterHasCue(String text, Span sentence, List<Span> outers) {
    int from = sentence.start();
    for (Span o : outers) {
      if (o.start() > from && cues.hasCue(text, from, o.start())) {
        return true;
      }
      from = Math.max(from, o.end());
    }
    return from < sentence.end() && cues.hasCue(text, from, sentence.end());
  }

  /** Ends like a sentence: {@code “We’ll see.”}, {@code “No!”}. */
  private static boolean utterance(String text, Span content) {
    char last = text.charAt(content.end() - 1);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  /** {@code “I am not,” he said, “going anywhere.”}: a cue, then a comma or colon before the mark. */
  private boolean continuesSplitQuote(String text, int from, int to) {
    int k = to - 1;
    while (k >= from && Marks.space(text.charAt(k))) {
      k--;
    }
    return k >= from && (text.charAt(k) == ',' || text.charAt(k) == ':') && cues.hasCue(text, from, to);
  }

  private static boolean reporterHasWords(String text, Span sentence, List<Span> outers) {
    int from = sentence.start();
    for (Span o : outers) {
      if (hasLetterOrDigit(text, from, o.start())) {
        return true;
      }
      from = Math.max(from, o.end());
    }
    return hasLetterOrDigit(text, from, sentence.end());
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensSentence(String text, int from, int to, Span content, boolean first) {
    int last = -1;
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        last = i;
      }
    }
    if (last < 0) {
      return first;
    }
    int k = to - 1;
    while (k > last && Marks.space(text.charAt(k))) {
      k--;
    }
    char punct = text.charAt(k);
    return (punct == ':' || punct == ',') && startsUpper(text, content);
  }

  private static boolean startsUpper(String text, Span content) {
    for (int i = content.start(); i < content.end(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return Character.isUpperCase(c) || Character.isDigit(c);
      }
    }
    return false;
  }

  static int words(String text, Span span) {
    int n = 0;
    boolean inWord = false;
    for (int i = span.start(); i < span.end(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        n++;
      }
      inWord = letter || (inWord && (text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-'));
    }
    return n;
  }
}
