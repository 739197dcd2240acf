package dev.quotecheck.attribute;

import java.util.List;

/**
 * "The famously gruff senator", "a deeply divided party": an -ly adverb between a determiner and
 * the adjective it grades belongs to the noun phrase, which would otherwise lose its determiner
 * ("gruff senator") or not be found at all after the adverb.
 */
final class AdverbInPhrase {
  private AdverbInPhrase() {}

  /** Whether token {@code i} is such an adverb: after a determiner or possessive, before an adjective. */
  static boolean gradesAdjective(List<Token> t, int i) {
    if (i < 1 || i + 2 >= t.size()) {
      return false;
    }
    Token k = t.get(i);
    Token before = t.get(i - 1);
    // by its form: the tagger takes "famously gruff" for two nouns as often as for an adverb
    Token graded = t.get(i + 1);
    return k.text().length() >= 6 && k.text().endsWith("ly") && Character.isLowerCase(k.text().charAt(0))
        && !k.tagged("VERB") && (graded.tagged("ADJ") || graded.tagged("NOUN")) && t.get(i + 2).tagged("NOUN")
        && (before.tagged("DET") || MentionFinder.POSSESSIVE_PRONOUNS.contains(before.lower()));
  }
}
