package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.MentionFinder.POSSESSIVE_PRONOUNS;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a token or a short run of tokens looks like inside a noun phrase: a nominal head, a
 * connector inside a name, a parenthesis or an abbreviation to step over, an adverb between a
 * subject and its verb. Stateless tests on tagged tokens, shared by {@link MentionFinder} and the
 * cue matchers.
 */
final class PhraseShapes {
  /** Nouns the tagger tends to mis-tag as adverbs in newsroom text. */
  private static final Set<String> NOUN_LIKE = Set.of("daily", "weekly", "monthly", "editorial");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&");

  private PhraseShapes() {}

  /** "according to conservative/VERB talk/VERB radio host": a noun within the next words, only words between. */
  static boolean nominalAhead(List<Token> t, int from) {
    for (int i = from; i < t.size() && i < from + 3; i++) {
      Token k = t.get(i);
      if (nominal(k)) {
        return true;
      }
      if (!k.isWord() || !k.tagged("VERB") && !k.tagged("ADJ")) {
        return false;
      }
    }
    return false;
  }

  /** The last token of the name opening {@code [from, to)}: before its first comma, or {@code to - 1}. */
  static int innerEnd(List<Token> t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (t.get(i).is(",")) {
        return Math.max(from, i - 1);
      }
    }
    return to - 1;
  }

  /** "of Flint", "Mich.": a phrase after a place preposition, or one abbreviated word. */
  static boolean place(List<Token> t, int start, int end) {
    boolean abbreviation = start == end && t.get(end).text().endsWith(".") && t.get(end).capitalized()
        || start + 1 == end && t.get(end).is(".") && t.get(start).capitalized();
    return abbreviation || start > 0 && t.get(start).capitalized()
        && (t.get(start - 1).is("of") || t.get(start - 1).is("from") || t.get(start - 1).is("in"));
  }

  /** "narrator", "spokesmen": a noun that names a person. */
  static boolean personHead(Token k) {
    return personWord(k.lower());
  }

  /** The same for a lower-case word. */
  static boolean personWord(String w) {
    return SpeakerNaming.isPersonNoun(w)
        || w.endsWith("men") && SpeakerNaming.PERSON_HEADS.contains(w.substring(0, w.length() - 3) + "man");
  }

  /** The last word of a phrase, lower-cased: the head of "the county engineer". */
  static String headWord(String phrase) {
    String[] w = phrase.toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }

  // agent and people nouns (voter, immigrant, critics, Democrats): heads that stand for people
  private static final Pattern AGENT_NOUN =
      Pattern.compile(".*(ers?|ors?|ists?|ans?|ents?|ants?|ees?|ites?|ics?|aides?|people|crowd|public)");

  /**
   * "The legislation", "Her latest diagnoses": a description whose head noun names a thing, not a
   * person or a group of people, so it cannot carry a quotation on from its sentence.
   */
  static boolean thingDescription(Mention m) {
    if (m == null || m.kind() != Mention.Kind.DESCRIPTION) {
      return false;
    }
    String head = headWord(m.text()).replaceAll("[^a-z-]", "");
    return !head.isEmpty() && !personWord(head) && !AGENT_NOUN.matcher(head).matches();
  }

  /**
   * Whether the noun at {@code head} opens with an article ("a narrator", "the spokesman"): only
   * such a description takes a complement other than "of" ("a narrator in the ad", not "Trump in
   * the ad").
   */
  static boolean describedPerson(List<Token> t, int head, int floor) {
    for (int i = head - 1; i >= floor && head - i <= 3; i--) {
      Token k = t.get(i);
      if (k.tagged("DET") || POSSESSIVE_PRONOUNS.contains(k.lower())) {
        return !k.is("that") && !k.is("this") && !k.is("which");
      }
      if (!(k.tagged("ADJ") || k.tagged("NOUN") || k.tagged("NUM"))) {
        return false;
      }
    }
    return false;
  }

  /** Steps back over a parenthesis ending at {@code j} ("Jim Jordan (R-Ohio)"); -1 if unmatched. */
  static int skipParenthesis(List<Token> t, int j, int floor) {
    if (!t.get(j).is(")")) {
      return j;
    }
    for (int k = j - 1; k >= floor && j - k < 12; k--) {
      if (t.get(k).is("(")) {
        return k - 1;
      }
    }
    return -1;
  }

  static boolean nominal(Token k) {
    return k.tagged("PROPN") || k.tagged("NOUN") || NOUN_LIKE.contains(k.lower()) || hyphenatedAge(k)
        || k.tagged("ADJ") && SpeakerNaming.PERSON_HEADS.contains(k.lower()); // "executive/ADJ"
  }

  /** "the 46-year-old": a number compound ending in a word is a noun, not a number. */
  static boolean hyphenatedAge(Token k) {
    String w = k.text();
    int dash = w.lastIndexOf('-');
    return dash > 0 && dash + 1 < w.length() && Character.isDigit(w.charAt(0)) && Character.isLetter(w.charAt(w.length() - 1));
  }

  /** "of" in "Secretary of State", "and" in "Ernst & Young": only between capitalised words. */
  static boolean connector(List<Token> t, int i) {
    return CONNECTORS.contains(t.get(i).lower())
        && i > 0
        && i + 1 < t.size()
        && t.get(i - 1).capitalized()
        && t.get(i + 1).capitalized();
  }

  static boolean abbreviationBefore(List<Token> t, int dot) {
    if (dot == 0) {
      return false;
    }
    Token w = t.get(dot - 1);
    return w.end() == t.get(dot).start() && w.capitalized() && w.text().length() <= 4;
  }

  /**
   * As {@link #skippable(Token)}, and "'s" after a personal pronoun ("he's said", "she's told"):
   * a contracted "has" or "is", which the tagger, seeing a few words, may take for a possessive.
   */
  static boolean skippable(List<Token> t, int j) {
    Token k = t.get(j);
    return skippable(k) || k.possessive() && k.text().length() == 2 && j > 0
        && CONTRACTING_PRONOUNS.contains(t.get(j - 1).lower());
  }

  private static final Set<String> CONTRACTING_PRONOUNS = Set.of("he", "she", "it", "who", "that");

  /** Tokens between a subject and its verb that do not end the subject. */
  static boolean skippable(Token k) {
    return k.tagged("ADV") && !NOUN_LIKE.contains(k.lower())
        || k.tagged("AUX")
        || (k.tagged("PART") && !k.possessive());
  }
}
