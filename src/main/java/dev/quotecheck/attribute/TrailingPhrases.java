package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/** Shapes of the words after a cue that follows its quotation. */
final class TrailingPhrases {
  /** How many words a prepositional phrase after a cue closing its sentence may take. */
  static final int PHRASE_WORDS = 12;
  private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "during", "to", "after", "before", "from",
      "with", "for", "via", "while", "through", "about", "of");

  private TrailingPhrases() {}

  /** "…, she said in a video message to the convention.": a preposition opening the rest of the sentence. */
  static boolean opensPhrase(Token k) {
    return PREPOSITIONS.contains(k.lower());
  }

  /** "…, said the bureau's director, James B. Comey": a person noun set off by a comma or the full stop. */
  static boolean closingPerson(List<Token> t, Mention m) {
    int next = CueWords.indexFrom(t, m.span().end());
    return PhraseShapes.personWord(PhraseShapes.headWord(m.text()))
        && (next >= t.size() || t.get(next).is(",") || t.get(next).terminator());
  }

  /**
   * "Mr. Manafort, citing ''…,'' said the candidate could be …": a phrase after the cue that its
   * own verb follows is the subject of the reported clause, not an inverted speaker.
   */
  static boolean reportedSubject(List<Token> t, Mention m) {
    int next = CueWords.indexFrom(t, m.span().end());
    return next < t.size() && !t.get(next).capitalized() && !t.get(next).lower().endsWith("ing")
        && (t.get(next).tagged("AUX") || t.get(next).tagged("VERB"));
  }
}
