package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * Whether a pronoun subject after a named speaker's cue opens a clause of its own ({@code Ryan
 * said …, though he said “…”}, {@code Will called for Christie, whom he describes as “…”}) rather
 * than the clause the cue reports ({@code Lynch said (that) she recalled …}). PolNeAR, like a
 * careful reader, credits the nearer pronoun in the first case and the named speaker in the second.
 * Also the clause a participle hangs from, and cue words that head no clause ({@code Sanders’
 * comments}).
 */
final class ClauseBoundary {
  /** Words that end the reported clause and start another one. */
  private static final Set<String> OPENERS = Set.of("and", "but", "though", "although", "when", "while",
      "because", "yet", "whereas");

  /**
   * Further words after which a pronoun opens the clause a participle or coordinated cue hangs from
   * ("drew cheers as she thanked … and then boomed"); with after, before, since, if, once, until,
   * whenever too: train -1, dev -1.
   */
  private static final Set<String> CLAUSE_STARTS = Set.of("then", "as");

  private ClauseBoundary() {}

  /** A comma, dash or clause-opening word lies between the cue {@code cue} and the pronoun at {@code pronounStart}. */
  static boolean between(List<Token> words, int cue, int pronounStart) {
    if (cue + 2 < words.size() && words.get(cue + 1).is(",") && !OPENERS.contains(words.get(cue + 2).lower())) {
      return false; // "Back then, Ms. Ripert said, she found …": the parenthetical cue reports what follows
    }
    for (int i = cue + 1; i < words.size() && words.get(i).start() < pronounStart; i++) {
      Token k = words.get(i);
      if (k.is(",") || k.is(";") || k.dash() || OPENERS.contains(k.lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "He said …, and when asked …, he said, “…”": the nearer pronoun opens a clause of its own after
   * the cue {@code cue}, not a relative clause ("which he said has …", "what she called “…”"),
   * which PolNeAR credits to the outer speaker.
   */
  static boolean ownClause(List<Token> words, int cue, Mention pronoun) {
    int at = CueWords.indexOf(words, pronoun.span().start());
    return at > 0 && !RELATIVES.contains(words.get(at - 1).lower()) && between(words, cue, pronoun.span().start());
  }

  private static final Set<String> RELATIVES = Set.of("which", "what", "who", "whom", "that", "whose");

  /** "he" or "she": "Trump said, and I quote, “…”" is still Trump's. */
  static boolean thirdPerson(Mention m) {
    return m.text().equalsIgnoreCase("he") || m.text().equalsIgnoreCase("she");
  }

  /** "a man", "one lawmaker", "an FBI investigation": a description opened by an indefinite article or "one". */
  static boolean indefinite(Mention m) {
    String first = m.text().split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
    return (first.equals("a") || first.equals("an") || first.equals("one")) && !m.text().endsWith(" who");
  }

  /**
   * The last "he" or "she" before the participle at {@code participle} that opens a clause of its
   * own (after a comma, a conjunction or at the start) and is followed by its verb: the subject of
   * the clause the participle hangs from ("and he has battled with Guardian …, calling …").
   */
  static Mention pronounSubject(List<Token> t, int participle, MentionFinder finder) {
    for (int i = Math.min(participle, t.size()) - 2; i >= 0; i--) {
      Token k = t.get(i);
      if (k.terminator() || DocumentView.QUOTE_TAG.equals(k.tag())) {
        return null;
      }
      if ((k.is("he") || k.is("she")) && (t.get(i + 1).tagged("VERB") || t.get(i + 1).tagged("AUX"))
          && (i == 0 || t.get(i - 1).is(",") || OPENERS.contains(t.get(i - 1).lower()) || CLAUSE_STARTS.contains(t.get(i - 1).lower()) || TimePhrases.timeWord(t.get(i - 1)))) {
        return finder.before(t, i + 1, i);
      }
    }
    return null;
  }

  /** "Sanders’ comments", "Trump's claims": a cue word after a possessive is a noun, heading no clause. */
  static boolean owned(Token before) {
    return before.possessive() || before.text().length() > 1 && (before.text().endsWith("’") || before.text().endsWith("'"));
  }

  /**
   * "Trump's early-morning tweets accusing …", "Trump’s tweets accusing …": a possessive (split off
   * or not), then at most two modifiers (adjectives or hyphenated words) before the cue word at
   * {@code cue}: the cue is a noun, heading no clause.
   */
  static boolean ownedAcross(List<Token> t, int cue) {
    for (int i = cue - 1; i >= 0 && i >= cue - 3; i--) {
      Token k = t.get(i);
      if (owned(k) && !(i > 0 && CONTRACTED.contains(t.get(i - 1).lower() + "'s")) || ownerWord(k)) {
        return true; // not "he’s predicting", split or whole
      }
      if (!k.tagged("ADJ") && !(k.text().indexOf('-') > 0 && Character.isLowerCase(k.text().charAt(0)))) {
        return false;
      }
    }
    return false;
  }

  /** "Trump’s" left whole by the tokenizer; not "it’s", "that’s" or "he’s". */
  private static boolean ownerWord(Token k) {
    String w = k.lower().replace('\u2019', '\'');
    return w.length() > 2 && w.endsWith("'s") && !CONTRACTED.contains(w) && (k.tagged("PROPN") || k.tagged("NOUN"));
  }

  private static final Set<String> CONTRACTED = Set.of("it's", "he's", "she's", "that's", "there's", "what's",
      "who's", "here's", "where's", "let's", "how's", "one's");
}
