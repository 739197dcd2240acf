package dev.quotecheck.attribute;

import java.util.List;

/** Finding and checking speech-cue words in token lists, shared by the construction matchers. */
final class CueWords {
  private final String text;
  private final SpeechCues cues;

  CueWords(String text, SpeechCues cues) {
    this.text = text;
    this.cues = cues;
  }

  int firstCue(List<Token> w, int from, int to) {
    for (int i = from; i < to && i < w.size(); i++) {
      if (isCueToken(w, i)) {
        return i;
      }
    }
    return -1;
  }

  /** A cue word or the first word of a cue phrase; capitalised verbs mid-clause are names ("States"). */
  boolean isCueToken(List<Token> w, int i) {
    Token k = w.get(i);
    if (cues.phraseAt(w, i) != null) {
      return true;
    }
    boolean presentPlural = cues.isBaseForm(k.text()) && i > 0 && PLURAL_PRONOUNS.contains(w.get(i - 1).lower());
    if (!cues.isVerb(k.text()) && !presentPlural || insidePhrase(w, i)) {
      return false; // "“…,” they conclude": a base form is a cue only after a plural pronoun
    }
    return !k.capitalized() || i == 0 || w.get(i - 1).terminator() || titleCase(w, i)
        || w.get(i - 1).is(",") && i + 1 < w.size() && !w.get(i + 1).capitalized(); // "Murphy, the head …, Tweeted on"
  }

  /** The "saying" of "quoted as saying" belongs to the phrase. */
  private boolean insidePhrase(List<Token> w, int i) {
    for (int k = 1; k <= 3 && i - k >= 0; k++) {
      SpeechCues.Phrase p = cues.phraseAt(w, i - k);
      if (p != null && p.words().size() > k) {
        return true;
      }
    }
    return false;
  }

  /** Headline style ("Lindsey Graham Says"): capitalised words on both sides of the cue. */
  private static boolean titleCase(List<Token> w, int i) {
    boolean before = i > 0 && w.get(i - 1).capitalized();
    boolean after = i + 1 >= w.size() || w.get(i + 1).capitalized() || w.get(i + 1).terminator()
        || w.get(i + 1).is(":"); // "the United States, saying": not "Lindsey Graham Says."
    return before && after;
  }

  /**
   * "‘…,’ Howard Dean Tells Democratic Convention", "…, Lindsey Graham Says.": in a headline's
   * credit, a capitalised name right after the quotation or its comma, then the verb. Not "the
   * United States" or "Calls Trump’s Putin Remarks", where the capitalised -s word is a noun.
   */
  private boolean headlineCredit(List<Token> t, int i) {
    if (!titleCase(t, i)) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && t.get(j).capitalized()) {
      j--;
    }
    if (j >= i - 1) {
      return false;
    }
    if (j < 0) {
      // the words begin at the name: what the name follows is before them
      int at = t.get(0).start() - 1;
      while (at >= 0 && text.charAt(at) == ' ') {
        at--;
      }
      return at >= 0 && ",’”'\"".indexOf(text.charAt(at)) >= 0;
    }
    return t.get(j).is(",") || t.get(j).quoteMark() || DocumentView.QUOTE_TAG.equals(t.get(j).tag());
  }

  /**
   * The cue word is a verb: a phrase, a past form (the tagger, seeing few words, sometimes calls
   * "wrote" a noun), or a form the tagger tags as a verb ("claims", "calls" are often nouns).
   */
  boolean confirmed(List<Token> t, int i) {
    if (passive(t, i) || countedNoun(t, i) || possessedNoun(t, i)) {
      return false; // "“top secret” information has been found": the subject is what was said, not who
    }
    return verbHere(t, i);
  }

  /** As {@link #confirmed}, by the tags and the word's form alone: a passive or a counted noun still counts. */
  boolean verbHere(List<Token> t, int i) {
    Token k = t.get(i);
    if (cues.phraseAt(t, i) != null || k.tagged("VERB") || k.tagged("AUX")) {
      return true;
    }
    String w = k.lower();
    if (w.endsWith("s") && !w.equals(cues.lemma(w)) && i > 0 && (!k.capitalized() || headlineCredit(t, i))
        && (t.get(i - 1).tagged("PROPN") || PhraseShapes.nominal(t.get(i - 1)) && (singular(t.get(i - 1)) || endsClause(k)))
        || w.equals("read") && i > 0 && PhraseShapes.nominal(t.get(i - 1)) && endsClause(k)) {
      // "Viguerie says", "the ad claims", "“…?” a narrator in the ad asks.", "“…,” the email
      // read.", a headline's "Lindsey Graham Says.": the tagger, seeing a few words, takes such
      // verbs for nouns
      return true;
    }
    if (w.endsWith("ing") && i > 0 && GERUND_PREPOSITIONS.contains(t.get(i - 1).lower())) {
      return true; // "rallied supporters by warning/NOUN that …": a gerund after a preposition
    }
    if (i > 0 && t.get(i - 1).is(",") && cues.isParticiple(w)) {
      return true; // "interrupted her speech, shouting/NOUN “…”": a participle after a comma
    }
    return !w.endsWith("s") && !w.endsWith("ing") && !w.equals(cues.lemma(w));
  }

  /**
   * "Howard continued his scathing remarks.": an -s cue word after a possessive and a modifier
   * ending in -ing or tagged an adjective is a plural noun, not a verb with "his scathing" as subject.
   */
  static boolean possessedNoun(List<Token> t, int i) {
    if (i < 2 || !t.get(i).lower().endsWith("s") || !MentionFinder.POSSESSIVE_PRONOUNS.contains(t.get(i - 2).lower())) {
      return false;
    }
    Token modifier = t.get(i - 1);
    return modifier.isWord() && !modifier.capitalized() && (modifier.lower().endsWith("ing") || modifier.tagged("ADJ"));
  }

  /** The forms of "be" that make a passive ("was announced") or mark one ("He was challenged over his statement"). */
  static final java.util.Set<String> BE_FORMS = java.util.Set.of("been", "being", "was", "were", "is", "are", "be");

  /**
   * A past participle after a form of "be", with no agent after it ("has been found", "was
   * announced"); not "was told" or "was asked", whose subject heard the words, nor a phrase such
   * as "was quoted as saying".
   */
  private boolean passive(List<Token> t, int i) {
    String w = t.get(i).lower();
    if (w.endsWith("ing") || w.endsWith("s") || agentAfter(t.get(i)) || cues.phraseAt(t, i) != null) {
      return false;
    }
    String lemma = cues.lemma(w);
    if ("tell".equals(lemma) || "ask".equals(lemma)) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && t.get(j).tagged("ADV")) {
      j--;
    }
    return j >= 0 && BE_FORMS.contains(t.get(j).lower());
  }

  /** "22 Clinton emails", "1,300 Trump tweets": an -s word after a name that a number counts is a noun. */
  private boolean countedNoun(List<Token> t, int i) {
    if (!t.get(i).lower().endsWith("s")) {
      return false;
    }
    int j = i - 1;
    while (j >= 0 && t.get(j).tagged("PROPN") && t.get(j).capitalized()) {
      j--;
    }
    if (j == i - 1) {
      return false;
    }
    // the window may start at the name: the number is read from the text before it
    int at = t.get(j + 1).start() - 1;
    while (at >= 0 && text.charAt(at) == ' ' && at > t.get(j + 1).start() - 4) {
      at--;
    }
    int from = at;
    while (from > Math.max(0, at - 12) && (Character.isDigit(text.charAt(from - 1)) || text.charAt(from - 1) == ',')) {
      from--;
    }
    // "In 2017 America says": a year is no count
    return at >= 0 && Character.isDigit(text.charAt(at)) && !TimePhrases.year(text.substring(from, at + 1));
  }

  /** "was written by Springsteen": the words may end at the cue, so the text after it is read. */
  private boolean agentAfter(Token k) {
    int i = k.end();
    while (i < text.length() && text.charAt(i) == ' ' && i < k.end() + 4) {
      i++;
    }
    return text.startsWith("by ", i);
  }

  private static final java.util.Set<String> PLURAL_PRONOUNS = java.util.Set.of("they", "we", "i", "you");
  private static final java.util.Set<String> GERUND_PREPOSITIONS = java.util.Set.of("by", "after", "before",
      "while", "when", "without", "in", "for");

  /** "the ad claims" but not "protests demands": a plural noun takes no -s verb. */
  private static boolean singular(Token noun) {
    String w = noun.lower();
    return !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is");
  }

  /** Whether the text after a token is a clause end: . , ; ! ? or the end. */
  private boolean endsClause(Token k) {
    int i = k.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || ".,;!?\n".indexOf(text.charAt(i)) >= 0;
  }

  static boolean hasThat(List<Token> t, int from) {
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).is("that")) {
        return true;
      }
    }
    return false;
  }

  String cueText(List<Token> t, int i, int n) {
    return text.substring(t.get(i).start(), t.get(i + n - 1).end());
  }

  /** The index of the first token starting at or after {@code offset}, or {@code t.size()}. */
  static int indexFrom(List<Token> t, int offset) {
    int i = 0;
    while (i < t.size() && t.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  static int indexOf(List<Token> t, int start) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() == start) {
        return i;
      }
    }
    return -1;
  }
}
