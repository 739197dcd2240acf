package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * Time phrases between a subject and its verb ("Beck on Wednesday called", "Sanders during a
 * Sunday thanked", "who has in the past described", "A group of writers this week published",
 * "sent out by Sanders on Tuesday night warned"),
 * which are never the speaker.
 */
final class TimePhrases {
  private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
      "past", "day", "today", "yesterday", "tonight", "time", "interview", "statement", "speech");
  private static final Set<String> OPENERS = Set.of("last", "this", "next", "earlier", "later");
  /** "tweets early Friday": a day or month is no name. */
  private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december");

  /** Nouns that measure time: "the first time", "two weeks", "this morning" name no speaker. */
  private static final Set<String> TIME_NOUNS = Set.of("time", "times", "day", "days", "week", "weeks", "weekend",
      "weekends", "month", "months", "year", "years", "decade", "decades", "morning", "mornings", "afternoon",
      "evening", "night", "nights", "hour", "hours", "minute", "minutes", "moment", "moments", "season", "cycle");

  /** Words before a noun of time that leave a mere span of time ("the first time", "the past two weeks"). */
  private static final Set<String> MEASURE_WORDS = Set.of("first", "second", "third", "last", "next", "past",
      "previous", "same", "whole", "entire", "few", "several", "coming", "following", "recent", "two", "three");

  /** "less than two weeks ago", "about a year ago". */
  private static final Set<String> AGO_MODIFIERS = Set.of("than", "less", "more", "about", "nearly", "almost",
      "just", "only", "some", "a", "an", "few", "several", "many");

  private TimePhrases() {}

  /**
   * Tokens {@code [start, end]} are only a span of time ("The first time", "Two months", "this
   * week"): articles, numbers and ordinals before a lower-case noun of time. Such a phrase
   * names no speaker.
   */
  static boolean measure(List<Token> t, int start, int end) {
    if (!TIME_NOUNS.contains(t.get(end).text())
        || start > 0 && (t.get(start - 1).tagged("VERB") || t.get(start - 1).lower().endsWith("ed"))) {
      return false; // "A report released last year found": the time phrase belongs to the participle
    }
    for (int i = start; i < end; i++) {
      Token k = t.get(i);
      if (!(k.tagged("DET") || k.tagged("NUM") || OPENERS.contains(k.lower()) || MEASURE_WORDS.contains(k.lower()))) {
        return false;
      }
    }
    return true;
  }

  /**
   * "The State Department less than two weeks ago said": the index before a time phrase with
   * "ago" whose noun is at {@code j} (the adverb itself was stepped over with the other adverbs),
   * else {@code j}.
   */
  private static int skipAgo(List<Token> t, int j, int floor) {
    if (j <= floor || j + 1 >= t.size() || !t.get(j + 1).is("ago") || !TIME_NOUNS.contains(t.get(j).text())) {
      return j;
    }
    int p = j - 1;
    while (p > floor && (t.get(p).tagged("NUM") || t.get(p).tagged("ADJ") || t.get(p).tagged("DET")
        || AGO_MODIFIERS.contains(t.get(p).lower()))) {
      p--;
    }
    while (p >= floor && PhraseShapes.skippable(t.get(p))) {
      p--;
    }
    return p == j - 1 ? j : p;
  }

  /** The word can end a time phrase ("Tuesday", "week", "interview"). */
  static boolean timeWord(Token k) {
    return TIME_WORDS.contains(k.lower());
  }

  /** "who in 2010 said": a year ends a time phrase as a day or a month does. */
  private static boolean year(Token k) {
    return year(k.text());
  }

  /** A year of the last two centuries written in digits ("2010"; not "2,017" or "1492"). */
  static boolean year(String w) {
    return w.length() == 4 && (w.startsWith("19") || w.startsWith("20")) && w.chars().allMatch(Character::isDigit);
  }

  static boolean calendar(Token k) {
    return CALENDAR.contains(k.lower());
  }

  /**
   * The index of the last word of the subject ending at or before {@code j}, once up to two time
   * phrases ending at {@code j} are stepped over; {@code j} itself when there is none.
   */
  static int skipBack(List<Token> t, int j, int floor) {
    j = skipAgo(t, j, floor);
    for (int hops = 0; hops < 2 && j > floor && (timeWord(t.get(j)) || year(t.get(j))); hops++) {
      int p = j - 1;
      while (p > floor && !OPENERS.contains(t.get(p).lower())
          && (t.get(p).tagged("DET") || t.get(p).tagged("ADJ") || t.get(p).tagged("NUM") || calendar(t.get(p))
              || MentionFinder.POSSESSIVE_PRONOUNS.contains(t.get(p).lower()) // "Trump in his announcement speech called"
              || t.get(p).tagged("NOUN") && !t.get(p).capitalized())) {
        p--;
      }
      if (p <= floor || !(t.get(p).tagged("ADP") || OPENERS.contains(t.get(p).lower()))
          || t.get(p - 1).tagged("VERB") || t.get(p - 1).lower().endsWith("ed")) {
        break; // "A report released last year found": the time phrase belongs to the participle
      }
      j = p - 1;
      while (j >= floor && PhraseShapes.skippable(t.get(j))) {
        j--;
      }
    }
    return j;
  }
}
