package dev.quotecheck.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The speech cues extraction needs: is there a speech verb in the reporter's words, and where does
 * an attribution ({@code , Major General Eyal Zamir said}) start in a paragraph, which is where a
 * quotation that never closes most plausibly ends. Immutable.
 */
final class SpeechCues {

  private final Set<String> words;
  private final Pattern attribution;

  SpeechCues(Set<String> words) {
    this.words = Set.copyOf(words);
    String verbs = String.join("|", this.words);
    String name = "(?:(?:[A-Z][\\p{L}.'’-]*|of|de|al|bin|van|von)\\s+){0,6}";
    String pronoun = "(?:he|she|they|we|I|it)\\s+";
    String described = "(?:the|a|an|his|her|their|its|one)\\s+(?:[\\p{L}'’-]+\\s+){0,4}";
    String titled = "(?:[a-z][\\p{L}'’-]*\\s+){1,3}(?:[A-Z][\\p{L}.'’-]*\\s+){1,5}"; // harbor director Tomas Vega
    // ", NAME said" / ", he said" / ", said NAME": the comma ends the quotation.
    this.attribution =
        Pattern.compile(
            "[,.?!]\\s+(?:(?:" + pronoun + "|" + described + "|" + titled + "|" + name + ")(?:" + verbs + ")\\b|(?:" + verbs
                + ")\\s+(?:[A-Z]|he\\b|she\\b|they\\b|the\\b))");
  }

  /** The cues bundled with quotecheck. */
  static SpeechCues defaults() {
    return Defaults.INSTANCE;
  }

  boolean isCue(String word) {
    return words.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * The end (exclusive, after the comma) of a quotation that never closed, searched in {@code
   * [from, to)}, or -1 when no attribution follows.
   */
  int attributionBoundary(CharSequence text, int from, int to) {
    Matcher m = attribution.matcher(text).region(from, to);
    return m.find() ? m.start() + 1 : -1;
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
