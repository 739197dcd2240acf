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
}
