package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * "The judge pointed to a previous case to say that …", "Lewandowski taking to Twitter to call
 * Fields “…”": an infinitive cue right after the object of a preposition says what the clause's
 * subject did; the object itself (a case, a platform) is no speaker.
 */
final class InfinitiveCue {
  private static final Set<String> PREPOSITIONS = Set.of("to", "on", "from", "at", "in", "with", "into", "onto",
      "of", "by");

  private InfinitiveCue() {}

  /** Whether {@code m}, found before the cue at {@code cue}, is a preposition's object before "to". */
  static boolean prepositionalObject(List<Token> t, int cue, Mention m) {
    if (m == null || m.isPronoun() || cue < 2 || !t.get(cue - 1).is("to")) {
      return false;
    }
    int start = CueWords.indexOf(t, m.span().start());
    return start > 0 && PREPOSITIONS.contains(t.get(start - 1).lower()) && t.get(start - 1).tagged("ADP");
  }

  /**
   * "Nance said she would like Trump to further explain his stance … but supports his candidacy
   * because there is “…”": a finite verb coordinated after an infinitive cue ({@code t}, {@code
   * tc}) belongs to a clause above it, and the quotation after it is not the infinitive's.
   */
  static boolean coordinatedFinite(DocumentView doc, List<Token> t, int tc, List<Token> words, int cue) {
    int to = tc - 1;
    while (to > 0 && t.get(to).tagged("ADV")) {
      to--;
    }
    if (to < 1 || !t.get(to).is("to") || cue + 2 >= words.size()) {
      return false;
    }
    List<Token> after = doc.tagged(words.get(cue + 1).start(), words.get(words.size() - 1).end());
    for (int i = 0; i + 1 < after.size(); i++) {
      Token verb = after.get(i + 1);
      String w = verb.lower();
      if ((after.get(i).is("and") || after.get(i).is("but")) && verb.tagged("VERB") && !verb.capitalized()
          && (w.endsWith("s") || w.endsWith("ed"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Mr. Trump was prompted to say, ''…''", "Trump decided to say": an infinitive cue right after
   * the verb that governs it, with no object between, says what that verb's subject said; the index
   * of that verb, or -1.
   */
  static int governingVerb(List<Token> t, int cue) {
    if (cue < 2 || !t.get(cue - 1).is("to")) {
      return -1;
    }
    Token verb = t.get(cue - 2);
    return verb.tagged("VERB") && !verb.capitalized() && verb.lower().endsWith("ed") ? cue - 2 : -1;
  }
}
