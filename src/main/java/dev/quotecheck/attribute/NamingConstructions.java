package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import java.util.List;
import java.util.Set;

/**
 * Quotations that name or describe rather than report: what someone called something
 * ({@code what Mr. Hedge called “…”}, {@code we call it ‘Plan B’}), a so-called term, and
 * {@code X admires Y as a “strong leader”}, where the clause subject is the one who describes.
 */
final class NamingConstructions {
  /** How far before "as" the verb of "X admires Y as “…”" may lie, in tokens. */
  private static final int AS_OBJECT_WORDS = 12;
  private static final Set<String> VERB_PARTICLES = Set.of("after", "to", "on", "at", "off", "out");
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "his", "her", "their", "its", "being");
  private static final Set<String> PASSIVE = Set.of("is", "are", "was", "were", "be", "been", "being");
  /** Naming verbs in the past or present tense, whose subject coins the words they introduce. */
  private static final Set<String> NAMING_VERBS = Set.of("dubbed", "dubs", "nicknamed", "labeled", "labelled",
      "branded", "brands", "termed");
  /** How many words of the named thing may come between a naming verb and the quotation. */
  private static final int NAMED_OBJECT_WORDS = 5;
  private static final Set<String> NAMING = Set.of("so-called", "dubbed", "nicknamed",
      "titled", "named", "known", "term", "word", "phrase", "slogan", "label", "entitled");

  private final DocumentView doc;
  private final SpeechCues cues;
  private final MentionFinder finder;
  private final CueWords cueWords;

  NamingConstructions(DocumentView doc, SpeechCues cues, MentionFinder finder, CueWords cueWords) {
    this.doc = doc;
    this.cues = cues;
    this.finder = finder;
    this.cueWords = cueWords;
  }

  /**
   * "Trump admires Putin as a “strong leader”", "Reid has gone after Trump as a “con artist”": a
   * quotation after "as" that completes what the clause's subject said of someone. Passive
   * clauses ("is known as") and "such as" name nobody.
   */
  CueMatch describedAs(Quotation q) {
    int from = Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start());
    from = Math.max(from, doc.endOfQuoteBefore(q.outer().start(), ConstructionMatcher.MAX_QUOTES_BACK));
    List<Token> words = doc.words(Math.max(from, q.outer().start() - ClauseSubjects.SUBJECT_CHARS), q.outer().start());
    int as = -1;
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
      Token k = words.get(i);
      if (k.is("as")) {
        as = i;
        break;
      }
      if (!ARTICLES.contains(k.lower())) {
        return null;
      }
    }
    if (as < 2 || words.get(as - 1).is("such") || words.get(as - 1).is("well")) {
      return null;
    }
    List<Token> t = doc.tagged(words.get(0).start(), words.get(as).end());
    int tas = CueWords.indexOf(t, words.get(as).start());
    for (int v = tas - 1; v > 0 && tas - v <= AS_OBJECT_WORDS; v--) {
      Token k = t.get(v);
      if (k.terminator() || k.is(";") || DocumentView.QUOTE_TAG.equals(k.tag())) {
        return null;
      }
      if (!k.tagged("VERB")) {
        continue;
      }
      if (t.get(v - 1).tagged("AUX") && PASSIVE.contains(t.get(v - 1).lower()) || NAMING.contains(k.lower())) {
        return null;
      }
      Mention m = finder.before(t, v, 0);
      if (m == null || m.kind() == Mention.Kind.DESCRIPTION || m.isPronoun() && m.text().equalsIgnoreCase("it")) {
        return null;
      }
      int verbEnd = v + 1 < tas && VERB_PARTICLES.contains(t.get(v + 1).lower()) ? v + 1 : v; // "gone after"
      return new CueMatch(m, doc.text().substring(t.get(v).start(), t.get(verbEnd).end()), "described-as", false);
    }
    return null;
  }

  /**
   * "The senator dubbed the plan “a giveaway”", "what one conservative has branded “…”": the
   * subject of an active naming verb gave the quotation its words. "The campaign, nicknamed
   * “…”," and "was dubbed “…”" name nobody.
   */
  CueMatch namedBy(Quotation q) {
    int from = Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start());
    from = Math.max(from, doc.endOfQuoteBefore(q.outer().start(), ConstructionMatcher.MAX_QUOTES_BACK));
    List<Token> words = doc.words(Math.max(from, q.outer().start() - ClauseSubjects.SUBJECT_CHARS), q.outer().start());
    for (int i = words.size() - 1; i > 0 && words.size() - i <= NAMED_OBJECT_WORDS + 1; i--) {
      Token k = words.get(i);
      if (k.terminator() || k.quoteMark() || k.is(",") || k.is(";") || k.dash()) {
        return null;
      }
      if (!NAMING_VERBS.contains(k.lower())) {
        continue;
      }
      List<Token> t = doc.tagged(words.get(0).start(), k.end());
      int v = t.size() - 1;
      Mention m = finder.before(t, v, 0);
      if (m == null || m.isPronoun() && m.text().equalsIgnoreCase("it")) {
        return null;
      }
      for (int j = CueWords.indexFrom(t, m.span().end()); j < v; j++) {
        if (PASSIVE.contains(t.get(j).lower()) || !PhraseShapes.skippable(t.get(j))) {
          return null;
        }
      }
      return new CueMatch(m, k.text(), "described-as", false);
    }
    return null;
  }

  /** "what Mr. Hedge called “…”": a cue verb (not a participle) among the three words before the quotation. */
  boolean cueJustBefore(Quotation q) {
    List<Token> words = doc.words(Math.max(doc.paragraph(q.outer().start()).start(), q.outer().start() - 40),
        q.outer().start());
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
      Token k = words.get(i);
      if (k.quoteMark() || k.terminator()) {
        return false;
      }
      if (cueWords.isCueToken(words, i) && !cues.isParticiple(k.text()) && i > 0 && !words.get(i - 1).terminator()) {
        return true;
      }
    }
    return false;
  }

  /** "we call it ‘Plan B’": a naming verb just before the quotation. */
  boolean calledBy(Quotation q) {
    List<Token> words = doc.words(Math.max(0, q.outer().start() - 30), q.outer().start());
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
      if ("call".equals(cues.lemma(words.get(i).text()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words just before a short quotation name it rather than report it (so-called). */
  boolean named(Quotation q) {
    List<Token> words = doc.words(Math.max(0, q.outer().start() - 40), q.outer().start());
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - 3); i--) {
      if (NAMING.contains(words.get(i).lower())) {
        // "Trump has used the phrase “Islamic terrorism”": using the words is saying them
        return !(i >= 2 && words.get(i - 1).is("the") && cues.phraseAt(words, i - 2) != null);
      }
    }
    return false;
  }
}
