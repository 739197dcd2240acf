package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * A participle after the comma that closes a clause opened mid-sentence by "where", "as" or a
 * preposition and "which" ({@code Clinton asks as a maintenance guy walks in front of her, saying
 * he’s “…”}, {@code … the Taj Mahal — … — where about 50 protesters had gathered, chanting “…”}):
 * the participle goes on from that clause, so its subject is that clause's, not the main clause's.
 */
final class SubordinateParticiple {
  /** How many words the clause's subject may take before its verb. */
  private static final int SUBJECT_WORDS = 6;
  /** Words before "as" that make it no clause opener ("such as", "as well as", "the same as"). */
  private static final Set<String> NOT_BEFORE_AS = Set.of("such", "well", "same", "so", "just", "known", "much");

  private SubordinateParticiple() {}

  /** The subject of the clause the participle at {@code participle} closes, or null. */
  static Mention subject(List<Token> t, int participle, MentionFinder finder) {
    if (participle < 3 || !t.get(participle - 1).is(",")) {
      return null;
    }
    for (int i = participle - 2; i > 0; i--) {
      Token k = t.get(i);
      if (k.is(",") || k.terminator() || k.quoteMark() || DocumentView.QUOTE_TAG.equals(k.tag())) {
        return null;
      }
      if (opener(t, i)) {
        return clauseSubject(t, i + 1, participle - 1, finder);
      }
    }
    return null;
  }

  /** The match {@code m} of the participle at {@code participle} rests on the clause its comma closes. */
  static boolean closes(List<Token> t, int participle, CueMatch m, MentionFinder finder) {
    return m.mention() != null && m.construction().equals("participle")
        && m.mention().equals(subject(t, participle, finder));
  }

  private static boolean opener(List<Token> t, int i) {
    Token k = t.get(i);
    return k.is("where") || k.is("which") && t.get(i - 1).tagged("ADP")
        || k.is("as") && !NOT_BEFORE_AS.contains(t.get(i - 1).lower());
  }

  /** The phrase right after the opener, when a verb follows it within a few words. */
  private static Mention clauseSubject(List<Token> t, int from, int end, MentionFinder finder) {
    for (int j = from + 1; j < end && j <= from + SUBJECT_WORDS; j++) {
      Token k = t.get(j);
      if ((k.tagged("VERB") || k.tagged("AUX")) && !k.lower().endsWith("ing")) {
        Mention m = finder.after(t.subList(0, j), from); // "about 30 dockers", read forward
        return m != null ? m : finder.before(t, j, from);
      }
      if (!k.isWord()) {
        return null;
      }
    }
    return null;
  }
}
