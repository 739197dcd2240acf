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

  private TimePhrases() {}

  /** The word can end a time phrase ("Tuesday", "week", "interview"). */
  static boolean timeWord(Token k) {
    return TIME_WORDS.contains(k.lower());
  }

  static boolean calendar(Token k) {
    return CALENDAR.contains(k.lower());
  }

  /**
   * The index of the last word of the subject ending at or before {@code j}, once up to two time
   * phrases ending at {@code j} are stepped over; {@code j} itself when there is none.
   */
  static int skipBack(List<Token> t, int j, int floor) {
    for (int hops = 0; hops < 2 && j > floor && timeWord(t.get(j)); hops++) {
      int p = j - 1;
      while (p > floor && !OPENERS.contains(t.get(p).lower())
          && (t.get(p).tagged("DET") || t.get(p).tagged("ADJ") || t.get(p).tagged("NUM") || calendar(t.get(p)))) {
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
