package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * The subject of a participle that introduces a quotation ({@code saying “…”}): its own, right
 * before it ({@code footage of Trump saying}), or the subject of the clause it hangs from.
 */
final class ParticipleSubjects {
  /** "footage of Trump saying", "a clip showing Clinton telling": words before a participle's own subject. */
  private static final Set<String> PARTICIPLE_HOSTS = Set.of("of", "with", "by", "showing", "shows", "showed",
      "featuring", "features", "hear", "heard", "see", "saw", "watch", "watched", "remember", "remembered",
      "recall", "recalled");
  /** How many words back a participle after a comma may find the participle it goes on from. */
  private static final int CHAIN_REACH = 12;

  private final DocumentView doc;
  private final SpeechCues cues;
  private final MentionFinder finder;
  private final CueWords cueWords;

  ParticipleSubjects(DocumentView doc, SpeechCues cues, MentionFinder finder, CueWords cueWords) {
    this.doc = doc;
    this.cues = cues;
    this.finder = finder;
    this.cueWords = cueWords;
  }

  /**
   * "footage of Trump saying “…”", "with many marchers chanting “…”": a participle right after a
   * noun phrase has that phrase as its subject when it names someone, or after "with".
   */
  Mention own(List<Token> t, int participle) {
    if (participle >= 2 && t.get(participle - 1).is(",")) {
      Mention chained = chained(t, participle - 1);
      if (chained != null) {
        return chained;
      }
    }
    int j = participle - 1;
    while (j >= 0 && t.get(j).tagged("ADV")) {
      j--;
    }
    if (j < 0 || !(t.get(j).tagged("PROPN") || t.get(j).tagged("NOUN")) || t.get(j).possessive()) {
      return null;
    }
    Mention m = finder.before(t, j + 1, 0);
    if (m == null || m.isPronoun()) {
      return null;
    }
    int k = CueWords.indexOf(t, m.span().start());
    if (k <= 0) {
      return null;
    }
    String before = t.get(k - 1).lower();
    boolean people = m.kind() == Mention.Kind.NAME || SpeakerNaming.isPersonNoun(PhraseShapes.headWord(m.text()));
    Mention both = before.equals("and") ? Crowds.withConjuncts(doc.text(), finder, t, k, m) : null;
    if (both != null) {
      m = both; // "with many marchers and spectators chanting"
      people = true;
      before = "with";
    }
    // "with many marchers chanting", not "replacing it with softer language calling for"
    // "both men issued a statement – Ryan saying he was “…”": a name after a dash heads an absolute clause
    boolean absolute = m.kind() == Mention.Kind.NAME && t.get(k - 1).dash();
    if (writtenAfterPreposition(t, k, m)) {
      return m; // "not until the week after the newspaper's editorial telling him to leave …"
    }
    return before.equals("with") && people || m.kind() == Mention.Kind.NAME && PARTICIPLE_HOSTS.contains(before)
        || absolute ? m : null;
  }

  /**
   * A written thing after a preposition ("after the newspaper's editorial telling him …") speaks
   * through the participle right after it; not after a verb's particle ("His office put out a
   * statement saying …", "sent out a press release saying …"): that verb's subject is the voice.
   */
  private static boolean writtenAfterPreposition(List<Token> t, int k, Mention m) {
    return k >= 2 && m.kind() == Mention.Kind.DESCRIPTION && t.get(k - 1).tagged("ADP") && !t.get(k - 2).tagged("VERB")
        && MentionFinder.DOCUMENT_HEADS.contains(PhraseShapes.headWord(m.text()));
  }

  /**
   * "remember President Jimmy Carter going on TV on April 18, 1977, declaring “…”": a participle
   * after a comma goes on from the participle before it, and shares its own subject.
   */
  private Mention chained(List<Token> t, int comma) {
    for (int g = comma - 1; g > 0 && g >= comma - CHAIN_REACH; g--) {
      Token k = t.get(g);
      if (k.terminator() || k.quoteMark() || DocumentView.QUOTE_TAG.equals(k.tag()) || k.dash()) {
        return null;
      }
      if (k.lower().endsWith("ing") && k.tagged("VERB")) {
        return own(t, g);
      }
    }
    return null;
  }

  /** The subject of the clause a participle hangs from: the subject of an earlier cue, or the sentence's first phrase. */
  Mention main(List<Token> t, int participle) {
    // "Shortly after Murphy's conference call ended, Rubio's campaign sent …, saying": a cue
    // inside the sentence's introduction is not the main clause's
    int intro = t.isEmpty() || !t.get(0).capitalized() ? 0 : Introductions.subjectStart(t.subList(0, participle));
    for (int i = participle - 1; i > Math.max(0, intro - 1); i--) {
      // "sent out a fundraising call following the remarks, asking": a cue word the tags make a noun is no cue
      if (cueWords.isCueToken(t, i) && !cues.isParticiple(t.get(i).text()) && cueWords.verbHere(t, i)
          && !ClauseBoundary.owned(t.get(i - 1))
          && !ClauseBoundary.ownedAcross(t, i)) {
        Mention m = finder.before(t, i, 0);
        if (m != null && m.text().endsWith(" who")) {
          return null; // "not paying an architect who said he was stiffed …, saying “…”": a relative clause's cue
        }
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }
}
