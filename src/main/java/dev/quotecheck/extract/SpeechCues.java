package dev.quotecheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The speech cues extraction needs: is there a speech verb in the reporter's words, and where does
 * an attribution ({@code , Major General Eyal Zamir said}) start in a paragraph, which is where a
 * quotation that never closes most plausibly ends. Plain code over a word set rather than one big
 * regular expression: compiling that cost more at start-up than whole extractions. Immutable.
 */
final class SpeechCues {

  private static final int MAX_SUBJECT_WORDS = 7;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "one");
  private static final Set<String> NAME_PARTICLES = Set.of("of", "de", "al", "bin", "van", "von", "la", "le");

  private final Set<String> words;

  SpeechCues(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The cues bundled with quotecheck. */
  static SpeechCues defaults() {
    return Defaults.INSTANCE;
  }

  boolean isCue(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The end (exclusive, after the punctuation) of a quotation that never closed, searched in
   * {@code [from, to)}: the first {@code , NAME said}, {@code , he said}, {@code , the official
   * said}, {@code , harbor director Tomas Vega said} or {@code , said NAME}; -1 when none.
   */
  int attributionBoundary(CharSequence text, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      char c = text.charAt(i);
      if (c != ',' && c != '.' && c != '?' && c != '!') {
        continue;
      }
      int after = i + 1;
      while (after < to && after - i <= 2 && isClosingMark(text.charAt(after))) {
        after++; // the closing mark of a nested quotation: ,’ he said
      }
      if (after < to && Character.isWhitespace(text.charAt(after)) && attributionFollows(text, after, to)) {
        return after;
      }
    }
    return -1;
  }

  private boolean attributionFollows(CharSequence text, int from, int to) {
    List<String> ws = new ArrayList<>(MAX_SUBJECT_WORDS + 2);
    int i = from;
    while (ws.size() <= MAX_SUBJECT_WORDS) {
      while (i < to && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && isWordChar(text.charAt(i))) {
        i++;
      }
      if (i == start) {
        break;
      }
      ws.add(text.subSequence(start, i).toString());
    }
    for (int k = 0; k < ws.size(); k++) {
      String w = ws.get(k);
      if (isCue(stripPeriods(w))) {
        if (k == 0) {
          return true; // ", said Sen. Park"
        }
        return subject(ws.subList(0, k));
      }
    }
    return false;
  }

  /** A pronoun, a determiner phrase, or lower-case title words and a capitalised name. */
  private static boolean subject(List<String> ws) {
    String first = ws.get(0).toLowerCase(Locale.ROOT);
    if (ws.size() == 1 && PRONOUNS.contains(first)) {
      return true;
    }
    if (DETERMINERS.contains(first)) {
      return ws.size() <= 5;
    }
    int k = 0;
    while (k < ws.size() && k < 3 && Character.isLowerCase(ws.get(k).charAt(0))) {
      k++;
    }
    if (k == ws.size()) {
      return false;
    }
    for (int m = k; m < ws.size(); m++) {
      String w = ws.get(m);
      if (!Character.isUpperCase(w.charAt(0)) && !NAME_PARTICLES.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isClosingMark(char c) {
    return c == '’' || c == '\'' || c == '”' || c == '"' || c == '»' || c == '›';
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-';
  }

  private static String stripPeriods(String w) {
    int end = w.length();
    while (end > 0 && w.charAt(end - 1) == '.') {
      end--;
    }
    return w.substring(0, end);
  }

  /** True when the reporter's words in {@code [from, to)} hold a speech cue. */
  boolean hasCue(CharSequence text, int from, int to) {
    int i = from;
    while (i < to) {
      while (i < to && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && (Character.isLetter(text.charAt(i))
          || (text.charAt(i) == '-' && i + 1 < to && Character.isLetter(text.charAt(i + 1))))) {
        i++; // so-called is one word, and no cue
      }
      if (i > start && isCue(text.subSequence(start, i).toString())) {
        return true;
      }
    }
    return false;
  }

  private static final class Defaults {
    static final SpeechCues INSTANCE =
        new SpeechCues(Set.copyOf(Lexicon.lines("/dev/quotecheck/extract/speech-cues.txt")));
  }
}
