package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides how each top-level quotation of a sentence sits in it. A scare quote is one or two words
 * with no speech cue among the reporter's words; a whole-sentence quotation opens its sentence or
 * follows a colon or comma with a capital letter (or continues one that did, around an
 * attribution); everything else is a partial quotation.
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
    List<QuoteKind> kinds = new ArrayList<>(outers.size());
    int from = sentence.start();
    QuoteKind previous = null;
    for (int i = 0; i < outers.size(); i++) {
      Span outer = outers.get(i);
      Span content = contents.get(i);
      int before = Math.min(Math.max(from, sentence.start()), outer.start());
      QuoteKind kind;
      if (words(text, content) <= SCARE_MAX_WORDS && !cue) {
        kind = QuoteKind.SCARE;
      } else if (opensSentence(text, before, outer.start(), content, i == 0)
          || (previous == QuoteKind.SENTENCE && cues.hasCue(text, before, outer.start()))) {
        // a title standing alone has no closing punctuation: “The Big Short”
        boolean bare = Character.isLetterOrDigit(text.charAt(content.end() - 1));
        kind = bare && isTitle(text, content) ? QuoteKind.SCARE : QuoteKind.SENTENCE;
      } else {
        kind = isTitle(text, content) ? QuoteKind.SCARE : QuoteKind.PARTIAL;
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
