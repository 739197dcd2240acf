package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * What may open a sentence before its subject: a dateline ("PHILADELPHIA, July 25 (UPI) —"), an
 * introductory phrase and its comma ("Hours later,", "At a rally in Portsmouth, N.H., on
 * Tuesday,"). Shared by the cue matcher (the subject of a participle or colon) and the antecedent
 * finder (the subject of an earlier sentence).
 */
final class Introductions {
  /** How far, in tokens, the comma closing an introduction may lie. */
  static final int REACH = 24;
  private static final Set<String> INTRODUCTORY = Set.of("after", "before", "in", "on", "at", "when",
      "while", "during", "following", "since", "as", "asked", "speaking", "later", "earlier", "then",
      "meanwhile", "still", "but", "and", "yet", "however", "instead", "also", "amid", "despite", "without",
      "with", "for", "from", "by", "under", "among", "like", "unlike", "here", "there", "outside", "inside",
      "across", "throughout", "near", "around", "beyond", "back", "now", "today", "yesterday", "tonight");
  /** Introductory words that stand alone, with or without a comma ("Then he …", "But Trump …"). */
  private static final Set<String> SENTENCE_ADVERBS = Set.of("then", "but", "and", "yet", "still", "also",
      "instead", "meanwhile", "however", "now", "later", "earlier", "here", "there", "today", "yesterday",
      "tonight");
  /** Last words of a short time phrase before a comma ("Hours later,", "On Tuesday morning,"). */
  private static final Set<String> ENDINGS = Set.of("later", "earlier", "ago", "afterward", "afterwards",
      "before", "after", "then", "now", "today", "yesterday", "tonight", "morning", "evening", "night",
      "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Adverbs that may sharpen an introduction ("Even before …,", "Just after …,", "Long before …,"). */
  private static final Set<String> FOCUSING = Set.of("even", "just", "only", "shortly", "soon", "right", "long",
      "well", "immediately", "hours", "days", "minutes", "weeks", "months", "years", "moments");

  private Introductions() {}

  /**
   * "PHILADELPHIA, July 25 (UPI) — The committee …": the index after a dateline's dash, or 0.
   */
  static int datelineEnd(List<Token> words) {
    // "PHILADELPHIA, July 25 (UPI) —", "Washington (AFP) –"
    boolean agency = words.size() > 4 && words.get(0).capitalized() && words.get(1).is("(");
    if (words.isEmpty() || !allCaps(words.get(0).text()) && !agency) {
      return 0;
    }
    for (int i = 1; i < Math.min(words.size(), 12); i++) {
      if (words.get(i).dash()) {
        return i + 1;
      }
      if (words.get(i).terminator() && !words.get(i).is(".")) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean allCaps(String w) {
    boolean letters = false;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters && w.length() > 1;
  }

  /**
   * "Hours later, Trump …", "Immediately after the attacks, Trump …", "Speaking in Beijing, the
   * spokesman …": a short phrase before the first comma that cannot be the subject.
   */
  static boolean introductoryPhrase(List<Token> words) {
    int comma = -1;
    for (int i = 1; i < Math.min(words.size(), REACH); i++) {
      if (words.get(i).is(",")) {
        comma = i;
        break;
      }
      if (words.get(i).quoteMark() || words.get(i).terminator()) {
        return false;
      }
    }
    if (comma < 0) {
      return false;
    }
    String first = words.get(0).lower();
    String last = words.get(comma - 1).lower();
    // "She escalated her criticism on Tuesday, telling …" is a clause: only short phrases count
    return (first.endsWith("ly") && first.length() > 4
        || (first.endsWith("ing") || first.endsWith("ed")) && first.length() >= 6) && comma <= 10
        || ENDINGS.contains(last) && comma <= 3;
  }

  /**
   * The words open with an introduction ("After saying her foot was", "Citing the attack as a
   * wake-up call for their") that no comma closes before they end: it closes after them.
   */
  static boolean unclosedIntroduction(List<Token> words) {
    if (words.isEmpty() || !words.get(0).capitalized()) {
      return false;
    }
    String first = words.get(0).lower();
    boolean opens = INTRODUCTORY.contains(first) && !first.equals("but") && !first.equals("and")
        || (first.endsWith("ing") || first.endsWith("ed")) && first.length() >= 6;
    if (!opens) {
      return false;
    }
    for (Token k : words) {
      if (k.is(",") || k.terminator() || DocumentView.QUOTE_TAG.equals(k.tag())) {
        return false;
      }
    }
    return true;
  }

  /** A pronoun or a capitalised word that can open a subject ("he", "Trump"; not "Monday", "In"). */
  private static boolean subjectWord(Token k) {
    String w = k.lower();
    return PERSONAL.contains(w) || k.capitalized() && !INTRODUCTORY.contains(w) && !TimePhrases.calendar(k)
        && !ENDINGS.contains(w);
  }

  private static final Set<String> PERSONAL = Set.of("he", "she", "they", "we", "i");

  /** Prepositions that open an introduction of a place, a time or an occasion, never a clause. */
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "amid", "despite", "from",
      "under", "among", "across", "throughout", "near", "around", "outside", "inside", "beyond", "without");
  /** Words after which a pronoun belongs to the introduction ("with his wife", "to their aides"). */
  private static final Set<String> GOVERNING = Set.of("of", "to", "for", "with", "and", "or", "but", "that",
      "whether", "if", "the", "a", "an", "by", "from", "in", "on", "at", "about", "into", "over", "under",
      "between", "against", "as", "than", "after", "before", "when", "while", "because", "since", "where", "how",
      "what", "why", "who", "whom", "which", "among", "toward", "towards", "behind", "like", "upon", "through");
  private static final Set<String> CLAUSE_OPENERS = Set.of("his", "their", "its", "our", "my");

  /**
   * "At the Republican convention in Cleveland his operatives forced …": a prepositional
   * introduction that no comma closes before its clause; the index of the possessive opening the
   * clause's subject right after a noun, or -1.
   */
  private static int clauseInside(List<Token> words, int end) {
    if (words.isEmpty() || !PREPOSITIONS.contains(words.get(0).lower())) {
      return -1;
    }
    for (int i = 2; i + 1 < end; i++) {
      Token k = words.get(i);
      Token prev = words.get(i - 1);
      if (k.quoteMark() || k.terminator() || DocumentView.QUOTE_TAG.equals(k.tag())) {
        return -1;
      }
      if (CLAUSE_OPENERS.contains(k.text()) && prev.isWord() && !GOVERNING.contains(prev.lower())
          && !prev.lower().endsWith("ing") && !prev.lower().endsWith("ed")
          && !words.get(i - 2).is("to")) { // "In an attempt to make its point, the Daily News …"
        return i;
      }
    }
    return -1;
  }

  /** The first comma after token {@code from} within {@link #REACH} tokens of it, or -1. */
  static int commaAfter(List<Token> words, int from) {
    for (int i = from + 1; i < Math.min(words.size(), from + REACH); i++) {
      if (words.get(i).is(",")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the token where a clause's subject starts (after any dateline was removed): 0,
   * the token after an introduction's comma, or -1 for an introduction whose comma is not found.
   */
  static int subjectStart(List<Token> words) {
    if (words.size() > 2 && FOCUSING.contains(words.get(0).lower()) && INTRODUCTORY.contains(words.get(1).lower())
        && !SENTENCE_ADVERBS.contains(words.get(1).lower())) {
      int inner = subjectStart(words.subList(1, words.size())); // "Even before Sanders took the stage …, his campaign"
      return inner <= 0 ? inner : inner + 1;
    }
    if (words.isEmpty() || !INTRODUCTORY.contains(words.get(0).lower()) && !introductoryPhrase(words)) {
      return 0;
    }
    if (words.size() > 1 && SENTENCE_ADVERBS.contains(words.get(0).lower()) && subjectWord(words.get(1))) {
      return 1; // "Then he cut into Bush, calling him …", "But Trump reversed himself, …": no comma
    }
    if (words.size() > 2 && SENTENCE_ADVERBS.contains(words.get(0).lower())
        && SENTENCE_ADVERBS.contains(words.get(1).lower()) && subjectWord(words.get(2))) {
      return 2; // "And then Trump went fully on the attack, saying …"
    }
    int comma = commaAfter(words, 0);
    int clause = clauseInside(words, comma < 0 ? Math.min(words.size(), REACH) : comma);
    if (clause > 0) {
      return clause; // "At the convention in Cleveland his operatives forced a change …, stripping …"
    }
    if (comma < 0) {
      return -1;
    }
    int first = comma + 1;
    // "At a rally in Portsmouth, N.H., on Tuesday, Senator …": a state after a place and a
    // further time or place phrase belong to the introduction too
    for (int hops = 0; hops < 3 && first < words.size(); hops++) {
      int next = commaAfter(words, first);
      Token head = words.get(first);
      boolean state = next == first + 1 && head.capitalized() && head.text().endsWith(".")
          || next == first + 2 && words.get(first + 1).is(".");
      if (!state && hops == 0 && next > first && next <= first + 2 && first >= 2 && words.get(first - 2).capitalized()) {
        // "Speaking in Salem, New Hampshire, Trump …": a state spelled out after a capitalised place
        state = head.capitalized() && words.get(next - 1).capitalized() && !PERSONAL.contains(head.lower());
      }
      // "On July 6, 2015, Sanders …": the year after a date's comma
      boolean year = next == first + 1 && head.text().length() == 4 && head.text().chars().allMatch(Character::isDigit);
      if (next < 0 || !(state || year || INTRODUCTORY.contains(head.lower()))) {
        break;
      }
      first = next + 1;
    }
    return first;
  }
}
