package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * How far before a cue the words must be tagged to find its subject. Most subjects are a pronoun
 * or a capitalised name right before the verb; their window is just those words, which the
 * lexical tagger handles. Descriptions, appositives, parentheses and participles need a wider
 * window, which goes to OpenNLP.
 */
final class SubjectWindow {
  static final int NARROW = 10;
  static final int WIDE = 30;
  private static final Set<String> SKIPPED = Set.of("also", "later", "then", "has", "had", "have",
      "would", "will", "did", "does", "again", "once", "never", "not", "was", "is", "repeatedly",
      "separately", "previously", "recently", "reportedly", "publicly", "privately", "simply");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  private static final Set<String> OPENERS = Set.of("the", "a", "an");
  private static final Set<String> PREPOSITIONS = Set.of("to", "with", "for", "from", "on", "at", "in", "about");

  private SubjectWindow() {}

  /** The index of the first word to tag for the subject of the cue at {@code cue}. */
  static int start(List<Token> words, int cue, boolean participle) {
    int floor = cue;
    while (floor > 0 && !DocumentView.QUOTE_TAG.equals(words.get(floor - 1).tag()) && cue - floor < WIDE) {
      floor--;
    }
    if (participle) {
      return floor;
    }
    int j = cue - 1;
    while (j >= floor && SKIPPED.contains(words.get(j).lower())) {
      j--;
    }
    if (j < floor) {
      return Math.max(floor, cue - 1);
    }
    Token k = words.get(j);
    if (PRONOUNS.contains(k.lower())) {
      return j;
    }
    // "Paul Ryan, the Speaker, on Tuesday called", "A group of 67 writers this week published": the
    // subject is before the time phrase, which the mention finder steps over with the tags
    if (k.is(",") || k.is(")") || k.is("and") || k.is("but") || k.dash() || TimePhrases.timeWord(k)) {
      return floor;
    }
    if (!k.capitalized() && !k.possessive()) {
      for (int w = j; w >= Math.max(floor, cue - NARROW); w--) {
        if (words.get(w).is("who")) {
          return floor; // "A pilot who spoke on condition of anonymity to discuss … said": the subject is before "who"
        }
      }
      return Math.max(floor, cue - NARROW);
    }
    int i = j;
    while (i - 1 >= floor && nameLike(words, i - 1)) {
      i--;
    }
    if (i - 1 >= floor && OPENERS.contains(words.get(i - 1).lower())) {
      i--;
    }
    if (i - 2 >= floor && (PREPOSITIONS.contains(words.get(i - 1).lower()) && words.get(i - 2).lower().endsWith("ing")
        || words.get(i - 1).is("by") && words.get(i - 2).lower().endsWith("ed"))) {
      // "One aide traveling with Clinton said", "A letter obtained by The Associated Press warns":
      // the subject is before the participle
      return floor;
    }
    return i;
  }

  private static boolean nameLike(List<Token> w, int i) {
    Token k = w.get(i);
    if (k.capitalized() || k.possessive()) {
      return true;
    }
    if (k.is(".")) {
      return i > 0 && w.get(i - 1).capitalized() && w.get(i - 1).end() == k.start();
    }
    // "Secretary of State": a connector between capitalised words
    return (k.is("of") || k.is("for")) && i > 0 && i + 1 < w.size() && w.get(i - 1).capitalized()
        && w.get(i + 1).capitalized();
  }
}
