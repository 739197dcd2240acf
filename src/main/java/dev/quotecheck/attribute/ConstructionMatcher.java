package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises the attribution constructions of newsroom English around one quotation, in the
 * reporter's words of its own sentence: {@code “…,” X said}, {@code “…,” said X}, {@code X said
 * (that) “…”}, {@code X told reporters that “…”}, {@code according to X}, {@code X: “…”}, {@code
 * “…” — X}, {@code X was quoted as saying}, participles ({@code saying “…”}) and split quotations.
 * Cues are found with the fast tokenizer; only the few words around a cue are tagged.
 */
final class ConstructionMatcher {
  /** Words tagged after a cue that comes first ("said Defense Minister Benny Gantz"). */
  static final int AFTER_SUBJECT = 10;

  private static final int MAX_CUES = 3;
  private static final int INTRO_CHARS = 400;
  private static final int LABEL_REACH = 60;
  private static final int LABEL_WORDS = 5;

  private final DocumentView doc;
  private final SpeechCues cues;
  private final MentionFinder finder;
  private final CueWords cueWords;
  private final TrailingCueMatcher trailing;
  private final ClauseSubjects clauseSubjects;
  private final NamingConstructions naming;
  private final ParticipleSubjects participles;
  private final ColonIntroductions colons;

  ConstructionMatcher(DocumentView doc, SpeechCues cues, MentionFinder finder) {
    this.doc = doc;
    this.cues = cues;
    this.finder = finder;
    this.cueWords = new CueWords(doc.text(), cues);
    this.trailing = new TrailingCueMatcher(doc, cues, finder, cueWords);
    this.clauseSubjects = new ClauseSubjects(doc, finder);
    this.naming = new NamingConstructions(doc, cues, finder, cueWords);
    this.participles = new ParticipleSubjects(doc, cues, finder, cueWords);
    this.colons = new ColonIntroductions(doc, finder, clauseSubjects);
  }

  /** How many earlier quotations of its sentence a quotation's cue may lie before. */
  static final int MAX_QUOTES_BACK = 16;

  /** The cue after the quotation in its sentence ({@code “…,” X said}), or null. */
  CueMatch after(Quotation q) {
    return trailing.after(q);
  }

  /** "Nora “Nonie” Bell": a nickname inside a name, which nobody says. */
  boolean nickname(Quotation q) {
    return trailing.nickname(q.outer());
  }

  /** The cue before the quotation in its sentence ({@code X said “…”}), or null. */
  CueMatch before(Quotation q, int floor) {
    int from = Math.max(floor, Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start()));
    from = Math.max(from, doc.endOfQuoteBefore(q.outer().start(), MAX_QUOTES_BACK));
    return PollRespondents.credit(doc, q, introduction(from, q.outer().start()));
  }

  /**
   * The cue of reporter words {@code [from, to)} that introduce what follows: {@code X said (that)},
   * {@code according to X}, {@code X:}, {@code In a statement, X said:}. Of several cues the one
   * nearest the end with a named or pronoun subject wins.
   */
  CueMatch introduction(int from, int to) {
    if (to <= from) {
      return null;
    }
    // The words just before a quotation, not a whole run-on sentence (hostile input can make
    // one sentence of a megabyte).
    List<Token> words = doc.words(Math.max(from, to - INTRO_CHARS), to);
    if (words.isEmpty()) {
      return null;
    }
    boolean colon = words.get(words.size() - 1).is(":");
    CueMatch label = colon ? colons.nameAfterDash(words) : null;
    if (label != null) {
      return label;
    }
    List<Integer> found = new ArrayList<>();
    for (int i = words.size() - 1; i >= 0 && found.size() < MAX_CUES; i--) {
      if (cueWords.isCueToken(words, i)) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      return colon ? colons.credit(words, from) : null;
    }
    CueMatch pronoun = null;
    CueMatch description = null;
    CueMatch inner = null;
    boolean outerOfRelative = false;
    for (int cue : found) {
      // the outer cue of a skipped relative clause reads its subject as far back as a participle's
      int windowStart = outerOfRelative ? words.get(SubjectWindow.start(words, cue, true)).start() : windowStart(words, cue);
      SpeechCues.Phrase rulePhrase = cues.phraseAt(words, cue);
      int last = rulePhrase == null ? cue
          : cue + rulePhrase.words().size() - 1 + (rulePhrase.label().equals("according-to") ? AFTER_SUBJECT : 0);
      List<Token> t = doc.tagged(windowStart, words.get(Math.min(last, words.size() - 1)).end());
      boolean atSentenceStart = windowStart == words.get(0).start();
      int tc = CueWords.indexOf(t, words.get(cue).start());
      if (tc < 0 || !cueWords.confirmed(t, tc) || NamingParticiple.names(words, cue, t, tc, cues)
          || ClauseBoundary.ownedAcross(t, tc) || InfinitiveCue.coordinatedFinite(doc, t, tc, words, cue)) {
        continue;
      }
      if (NamingParticiple.passiveHearer(t, tc, cues)) {
        CueMatch agent = NamingParticiple.agent(doc, finder, words, cue);
        if (agent != null) {
          return agent;
        }
        continue;
      }
      boolean that = CueWords.hasThat(words, cue + (rulePhrase == null ? 1 : rulePhrase.words().size()));
      CueMatch m = matchAt(t, tc, colon, atSentenceStart, that);
      if (m == null) {
        m = InvertedCue.at(doc, finder, words, cue, this.cueWords.cueText(t, tc, 1));
      }
      if (m == null) {
        continue;
      }
      outerOfRelative = m.mention() != null && RelativeObject.insideOuterCue(words, cue, m.mention(), this.cueWords);
      if (outerOfRelative) {
        continue; // "Morial told a young woman who suggested that … that “…”": the outer cue's quotation
      }
      if (inner == null && pronoun == null && description == null && SubordinateParticiple.closes(t, tc, m, finder)) {
        return m; // "Clinton asks as a maintenance guy walks in, saying “…”": the nearest clause's subject
      }
      if (m.mention() == null) {
        // "both men issued a statement expressing optimism – Ryan saying he was “…”": an outer cue
        // with no subject leaves the named one nearer the quotation, unless that one is what it reports
        return inner != null && !reportsClause(words, cue, inner.mention().span().start()) ? inner : m;
      }
      // "Swanson praised Franklin Graham, who has vowed … “…”": a relative clause is no reported clause
      if (inner != null && m.mention().kind() == Mention.Kind.NAME && !inner.mention().text().endsWith(" who")
          && reportsClause(words, cue, inner.mention().span().start())) {
        // "Trump said that Romney begged him … “…”": the reported clause's speaker is quoted by
        // the outer, named speaker, who is credited.
        return m;
      }
      if (inner != null) {
        return inner;
      }
      if (m.mention().kind() == Mention.Kind.NAME) {
        // "Lynch said she recalled thinking “…”": the outer, named speaker is credited.
        if (pronoun == null && description == null) {
          inner = m;
          continue;
        }
        if (pronoun == null && personDescription(description.mention())) {
          return description; // "… the California congressman said is designed to “…”": the nearer person
        }
        if (pronoun == null && description != null && (subordinate(words, m.mention()) || subordinatorAfter(words, cue, description))
            && !reportsClause(words, cue, description.mention().span().start())) {
          return description; // "when Rubio thanked Miami and said …, a man yelled “…”"
        }
        if (pronoun == null && description != null && ClauseBoundary.indefinite(description.mention())
            && ClauseBoundary.between(words, cue, description.mention().span().start())) {
          return description;
        }
        if (pronoun != null && subordinate(words, m.mention())) {
          return pronoun; // "When Sanders accused Clinton of …, she said “…”": the main clause's speaker
        }
        if (pronoun != null && ClauseBoundary.thirdPerson(pronoun.mention()) && ClauseBoundary.between(words, cue, pronoun.mention().span().start())) {
          return pronoun; // "Ryan said …, though he said “…”": the nearer clause's own speaker
        }
        return m;
      }
      if (m.mention().isPronoun() && description == null && !(pronoun != null && subordinate(words, m.mention()))
          && !(pronoun != null && ClauseBoundary.ownClause(words, cue, pronoun.mention()))) {
        // cues are visited from the last: the outer pronoun ("She said she recalls …") wins, but
        // not one in a subordinate clause ("When he first described it, he said “…”"), nor over
        // a nearer one opening a clause of its own ("He said …, and when asked …, he said, “…”")
        pronoun = m;
      } else if (!m.mention().isPronoun() && description == null) {
        description = m;
      }
    }
    CueMatch best = inner != null ? inner : pronoun != null ? pronoun : description;
    // "Sanders made the following comment:": a cue word that is no verb here leaves the colon
    return best == null && colon ? colons.subjectBefore(words, from) : best;
  }

  private static boolean personDescription(Mention m) {
    String[] words = m.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return words.length > 1 && words[0].equals("the") && SpeakerNaming.PERSON_HEADS.contains(words[words.length - 1]);
  }

  /** The mention's clause opens with a subordinating conjunction ("When he …,", "Although … she said …,"). */
  private static boolean subordinate(List<Token> words, Mention m) {
    int i = CueWords.indexOf(words, m.span().start());
    while (i > 0 && !words.get(i - 1).is(",") && !words.get(i - 1).terminator()
        && !DocumentView.QUOTE_TAG.equals(words.get(i - 1).tag())) {
      i--;
    }
    return i >= 0 && i < words.size() && SUBORDINATORS.contains(words.get(i).lower());
  }

  private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "while", "before", "if",
      "although", "because", "since", "though", "once", "until", "whenever");

  /** "“…,” Cruz said as the heckler yelled: “…”": a person's clause opened by a subordinator right after a named cue. */
  private static boolean subordinatorAfter(List<Token> words, int cue, CueMatch description) {
    return cue + 1 < words.size() && SUBORDINATORS.contains(words.get(cue + 1).lower())
        && !PhraseShapes.thingDescription(description.mention());
  }

  /** The subject at {@code subjectStart} opens the clause right after the cue: "said (that) Romney …". */
  private static boolean reportsClause(List<Token> words, int cue, int subjectStart) {
    if (subjectStart < words.get(cue).end()) {
      return false; // "X praised …, adding “…”": the participle's subject is the cue's own
    }
    int n = 0;
    for (int i = cue + 1; i < words.size() && words.get(i).start() < subjectStart; i++) {
      if (!words.get(i).is("that") && !pronounConjunct(words, i, subjectStart) && ++n > 1 || i == cue + 1 && SUBORDINATORS.contains(words.get(i).lower())) {
        return false; // "Axelrod tweeted after Clinton argued that “…”": a clause of its own, not "said that when"
      }
    }
    return true;
  }

  /** "arguing that he and Cruz shared “…”": a pronoun and "and" before the subject belong to it. */
  private static boolean pronounConjunct(List<Token> words, int i, int subjectStart) {
    int and = words.get(i).is("and") ? i : i + 1;
    return and > 0 && and + 1 < words.size() && words.get(and).is("and") && words.get(and + 1).start() == subjectStart
        && CONJUNCT_PRONOUNS.contains(words.get(and - 1).lower());
  }

  private static final Set<String> CONJUNCT_PRONOUNS = Set.of("he", "she", "i", "we", "they");

  private CueMatch matchAt(List<Token> t, int tc, boolean colon, boolean atSentenceStart, boolean that) {
    SpeechCues.Phrase phrase = cues.phraseAt(t, tc);
    int cueWords = phrase == null ? 1 : phrase.words().size();
    String cueText = this.cueWords.cueText(t, tc, cueWords);
    if (phrase != null && phrase.label().equals("according-to")) {
      Mention m = finder.after(t, tc + cueWords);
      return m == null ? null : new CueMatch(m, cueText, "according-to", false);
    }
    if (phrase != null && phrase.label().equals("quoted-as-saying")) {
      Mention m = finder.before(t, tc, 0);
      return m == null ? null : new CueMatch(m, cueText, "quoted-as-saying", false);
    }
    if (phrase == null && cues.isParticiple(t.get(tc).text())) {
      Mention own = participles.own(t, tc);
      own = own == null ? SubordinateParticiple.subject(t, tc, finder) : own;
      if (own == null) {
        own = participles.main(t, tc);
        Mention pronoun = ClauseBoundary.pronounSubject(t, tc, finder);
        if (pronoun != null && (own == null || own.span().start() < pronoun.span().start())) {
          own = pronoun; // "though last week he used stronger language, saying “…”"
        }
      }
      return new CueMatch(own, cueText, "participle", false);
    }
    Mention m = PersonOfThing.speaker(t, RestrictiveRelative.subject(t, finder.before(t, tc, 0), 0, finder), finder);
    m = InfinitiveCue.prepositionalObject(t, tc, m) ? null : m;
    int governing = m == null ? InfinitiveCue.governingVerb(t, tc) : -1;
    m = governing > 0 ? finder.before(t, governing, 0) : m; // "Mr. Trump was prompted to say"
    if (m == null && coordinated(t, tc)) {
      // "I laughed and said “…”": the subject of the verb before "and"; "The nominee outlined
      // his plan and vowed to punish “…”": the subject opening the sentence.
      int and = tc - 1;
      while (and >= 0 && !t.get(and).is("and") && !t.get(and).is("but")) {
        and--;
      }
      m = and > 0 && t.get(and - 1).tagged("VERB") ? finder.before(t, and - 1, 0) : null;
      if (m == null) {
        m = ClauseBoundary.pronounSubject(t, and, finder); // "… when he brought up the bombing and later said “…”"
      }
      if (m == null && atSentenceStart) {
        m = clauseSubjects.afterIntroduction(t); // "Eight years ago, he supported Obama and said “…”"
      }
    }
    if (m == null) {
      return null;
    }
    String construction = colon ? "colon" : that ? "x-told-that" : "x-said-quote";
    return new CueMatch(m, cueText, construction, false);
  }

  private static boolean coordinated(List<Token> t, int cue) {
    int j = cue - 1;
    while (j >= 0 && (t.get(j).tagged("ADV") || t.get(j).tagged("AUX"))) {
      j--;
    }
    return j > 0 && (t.get(j).is("and") || t.get(j).is("but"));
  }

  /**
   * A speaker label opening the paragraph, as in transcripts and headlines: {@code PENCE: Well,
   * look, …} or {@code Rush Limbaugh: Hillary … ‘Reeks of Fear’}.
   */
  CueMatch speakerLabel(Quotation q) {
    Span para = doc.paragraph(q.outer().start());
    List<Token> words = doc.words(para.start(), Math.min(q.outer().start(), para.start() + LABEL_REACH));
    int first = 0;
    while (first < words.size() && words.get(first).quoteMark()) {
      first++;
    }
    for (int i = first + 1; i < words.size() && i <= first + LABEL_WORDS; i++) {
      Token k = words.get(i);
      if (k.is(":")) {
        List<Token> t = doc.tagged(words.get(first).start(), k.end());
        Mention m = finder.before(t, t.size() - 1, 0);
        boolean whole = m != null && m.span().start() == words.get(first).start() && !m.isPronoun();
        return whole ? new CueMatch(m, ":", "colon", false) : null;
      }
      if (!k.capitalized() && !k.is(".") && !k.possessive()) {
        return null;
      }
    }
    return null;
  }

  /** "“…⏎Josh Bivens, Economic Policy Institute.”": see {@link SignatureLine}. */
  CueMatch signedInside(Quotation q) {
    return SignatureLine.of(doc, finder, q);
  }

  /** The subject of the clause of {@code q} (see {@link ClauseSubjects#of}). */
  Mention clauseSubject(Quotation q) {
    return clauseSubjects.of(q);
  }

  /** "Trump admires Putin as a “strong leader”": see {@link NamingConstructions#describedAs}. */
  CueMatch describedAs(Quotation q) {
    return naming.describedAs(q);
  }

  CueMatch namedBy(Quotation q) {
    CueMatch agent = passiveAgent(q);
    return agent != null ? agent : naming.namedBy(q);
  }

  /** "has been called “…” by Joshua Hendrick": see {@link PassiveAgent}. */
  CueMatch passiveAgent(Quotation q) {
    return PassiveAgent.of(doc, finder, q);
  }

  boolean cueJustBefore(Quotation q) {
    return naming.cueJustBefore(q);
  }

  boolean calledBy(Quotation q) {
    return naming.calledBy(q);
  }

  boolean named(Quotation q) {
    return naming.named(q);
  }

  private int windowStart(List<Token> words, int cue) {
    if (cue > 0 && TitleComma.closesAppositive(doc.text(), words, cue - 1)) {
      return words.get(SubjectWindow.start(words, cue - 1, true)).start(); // the appositive before the title
    }
    return words.get(SubjectWindow.start(words, cue, cues.isParticiple(words.get(cue).text()))).start();
  }
}
