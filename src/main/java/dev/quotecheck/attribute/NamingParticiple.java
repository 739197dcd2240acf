package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * A naming verb's past participle right before a quotation whose subject is the thing named, not
 * someone speaking: a passive ({@code even newspaper articles can be deemed “top secret”}, {@code
 * This feature has been called “strategic ambiguity”}) or a participle after a common noun ({@code
 * the tax loophole called an “inversion”}, {@code a book called “Women Who Work”}). Such a cue
 * credits nobody; the quotation's speaker is found as if it were not there. A passive of telling
 * or asking ({@code Trump was asked, “…”}) likewise has the hearer, not the speaker, as subject.
 */
final class NamingParticiple {
  private static final Set<String> NAMING_LEMMAS = Set.of("call", "label", "dub", "deem", "term", "brand",
      "nickname", "characterize", "describe");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "’s");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private NamingParticiple() {}

  /**
   * Whether the cue {@code tc} of tagged words {@code t} names the quotation that follows the
   * words {@code words} (whose cue is at {@code cue}) instead of reporting a speaker.
   */
  static boolean names(List<Token> words, int cue, List<Token> t, int tc, SpeechCues cues) {
    Token k = t.get(tc);
    String lemma = cues.lemma(k.text());
    if (lemma == null || !k.lower().endsWith("ed") || !NAMING_LEMMAS.contains(lemma)) {
      return false;
    }
    int next = cue + 1 < words.size() && ARTICLES.contains(words.get(cue + 1).lower()) ? cue + 2 : cue + 1;
    if (next < words.size() && !words.get(next).quoteMark() && !DocumentView.QUOTE_TAG.equals(words.get(next).tag())) {
      return false; // a quotation follows: this one, or an earlier one of the sentence ("a box labeled “…,” a doctor …")
    }
    int j = tc - 1;
    while (j >= 0 && t.get(j).tagged("ADV")) {
      j--;
    }
    if (j < 0) {
      return false;
    }
    Token before = t.get(j);
    return BE.contains(before.lower())
        || before.tagged("NOUN") && !before.capitalized() && !SpeakerNaming.isPersonNoun(before.lower());
  }

  /**
   * "his salespersons were told, “…”", "Trump was asked, “…”": a passive of telling or asking has
   * the hearer as its subject, not the speaker.
   */
  static boolean passiveHearer(List<Token> t, int tc, SpeechCues cues) {
    String lemma = cues.lemma(t.get(tc).text());
    if (!"tell".equals(lemma) && !"ask".equals(lemma) || !t.get(tc).lower().endsWith("d")) {
      return false;
    }
    int j = tc - 1;
    while (j >= 0 && t.get(j).tagged("ADV")) {
      j--;
    }
    return j >= 0 && BE.contains(t.get(j).lower());
  }

  /** "Rubio was asked by moderator Gerard Baker whether …": the agent after "by", when it is named. */
  static CueMatch agent(DocumentView doc, MentionFinder finder, List<Token> words, int cue) {
    if (cue + 2 >= words.size() || !words.get(cue + 1).is("by")) {
      return null;
    }
    List<Token> t = doc.tagged(words.get(cue + 2).start(),
        words.get(Math.min(words.size() - 1, cue + 2 + ConstructionMatcher.AFTER_SUBJECT)).end());
    Mention m = finder.after(t, 0);
    return m == null || m.kind() != Mention.Kind.NAME ? null
        : new CueMatch(m, words.get(cue).text(), "x-said-quote", false);
  }
}
