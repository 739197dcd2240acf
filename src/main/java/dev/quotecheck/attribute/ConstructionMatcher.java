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
  /** How far after a quotation its attribution may start, in tokens. */
  private static final int AFTER_REACH = 40;
  /** Words that may come between a cue and the next part of a split quotation. */
  private static final int SPLIT_GAP = 8;
  /** Words tagged after a cue that comes first ("said Defense Minister Benny Gantz"). */
  private static final int AFTER_SUBJECT = 10;

  private static final int MAX_CUES = 3;
  private static final int INTRO_CHARS = 400;
  private static final int AFTER_CHARS = 600;
  private static final int SUBJECT_CHARS = 300;
  private static final int LABEL_REACH = 60;
  private static final int INTRO_REACH = 14;
  private static final Set<String> INTRODUCTORY = Set.of("after", "before", "in", "on", "at", "when",
      "while", "during", "following", "since", "as", "asked", "speaking", "later", "earlier", "then",
      "meanwhile", "still", "but", "and", "yet", "however", "instead", "also");
  private static final int LABEL_WORDS = 5;
  private static final Set<String> NAMING = Set.of("so-called", "dubbed", "nicknamed",
      "titled", "named", "known", "term", "word", "phrase", "slogan", "label", "entitled");

  private final DocumentView doc;
  private final SpeechCues cues;
  private final MentionFinder finder;

  ConstructionMatcher(DocumentView doc, SpeechCues cues, MentionFinder finder) {
    this.doc = doc;
    this.cues = cues;
    this.finder = finder;
  }

  /** How many earlier quotations of its sentence a quotation's cue may lie before. */
  static final int MAX_QUOTES_BACK = 16;

  /** The cue after the quotation in its sentence ({@code “…,” X said}), or null. */
  CueMatch after(Quotation q) {
    // The paragraph where the quotation ends: a quotation may run over several.
    Span para = doc.paragraph(Math.max(q.outer().start(), q.outer().end() - 1));
    int end = Math.min(para.end(), doc.text().length());
    Span next = doc.quoteFrom(q.outer().end());
    boolean reachesNext = next != null && next.start() < end;
    if (reachesNext) {
      end = next.start();
    }
    if (end <= q.outer().end()) {
      return null;
    }
    List<Token> words = doc.words(q.outer().end(), Math.min(end, q.outer().end() + AFTER_CHARS));
    int lead = 0;
    boolean dash = false;
    while (lead < words.size() && (words.get(lead).is(",") || words.get(lead).dash() || words.get(lead).quoteMark())) {
      dash |= words.get(lead).dash();
      lead++;
    }
    int clauseEnd = clauseEnd(words, lead);
    int cue = firstCue(words, lead, Math.min(clauseEnd, lead + AFTER_REACH));
    if (cue < 0) {
      return dash ? dashCredit(words, lead, clauseEnd) : null;
    }
    // Tag only the attribution: up to the cue, or the cue and the phrase after it ("said X").
    int ruleCueWords = cues.phraseAt(words, cue) == null ? 1 : cues.phraseAt(words, cue).words().size();
    int last = cue == lead ? Math.min(clauseEnd - 1, cue + AFTER_SUBJECT) : cue + ruleCueWords - 1;
    List<Token> t = doc.tagged(words.get(0).start(), words.get(Math.min(last, words.size() - 1)).end());
    int tc = indexOf(t, words.get(cue).start());
    int tl = indexOf(t, words.get(lead).start());
    if (tc < 0 || tl < 0 || !confirmed(t, tc)) {
      return null;
    }
    SpeechCues.Phrase phrase = cues.phraseAt(t, tc);
    Mention m;
    String construction;
    int cueWords = phrase == null ? 1 : phrase.words().size();
    if (phrase != null && !phrase.label().equals("verb")) {
      if (tc != tl) {
        return null;
      }
      m = finder.after(t, tc + cueWords);
      construction = phrase.label();
    } else if (tc == tl) {
      if (cues.isParticiple(t.get(tc).text())) {
        return null;
      }
      m = finder.after(t, tc + cueWords);
      construction = "quote-said-x";
    } else {
      m = finder.before(t, tc, tl);
      construction = "quote-x-said";
      if (m != null && m.span().start() != t.get(tl).start() && !closingAttribution(words, m, cue)) {
        return null;
      }
      if (m != null && newSentence(q, words, cue + ruleCueWords)) {
        return null;
      }
    }
    if (m == null) {
      return null;
    }
    boolean splits = reachesNext && clauseEnd == words.size() && words.size() - cue <= SPLIT_GAP;
    return new CueMatch(m, cueText(t, tc, cueWords), construction, splits);
  }

  /** The cue before the quotation in its sentence ({@code X said “…”}), or null. */
  CueMatch before(Quotation q, int floor) {
    int from = Math.max(floor, Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start()));
    from = Math.max(from, doc.endOfQuoteBefore(q.outer().start(), MAX_QUOTES_BACK));
    return introduction(from, q.outer().start());
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
    List<Integer> found = new ArrayList<>();
    for (int i = words.size() - 1; i >= 0 && found.size() < MAX_CUES; i--) {
      if (isCueToken(words, i)) {
        found.add(i);
      }
    }
    if (found.isEmpty()) {
      return colon ? colonCredit(words, from) : null;
    }
    CueMatch pronoun = null;
    CueMatch description = null;
    for (int cue : found) {
      int windowStart = windowStart(words, cue);
      SpeechCues.Phrase rulePhrase = cues.phraseAt(words, cue);
      int last = rulePhrase == null ? cue
          : cue + rulePhrase.words().size() - 1 + (rulePhrase.label().equals("according-to") ? AFTER_SUBJECT : 0);
      List<Token> t = doc.tagged(windowStart, words.get(Math.min(last, words.size() - 1)).end());
      boolean atSentenceStart = windowStart == words.get(0).start();
      int tc = indexOf(t, words.get(cue).start());
      if (tc < 0 || !confirmed(t, tc)) {
        continue;
      }
      boolean that = hasThat(words, cue + (rulePhrase == null ? 1 : rulePhrase.words().size()));
      CueMatch m = matchAt(t, tc, colon, atSentenceStart, that);
      if (m == null) {
        continue;
      }
      if (m.mention() == null || m.mention().kind() == Mention.Kind.NAME) {
        // "Lynch said she recalled thinking “…”": the outer, named speaker is credited.
        return m;
      }
      if (m.mention().isPronoun() && description == null) {
        pronoun = m; // cues are visited from the last: the outer pronoun ("She said she recalls …") wins
      } else if (!m.mention().isPronoun() && description == null) {
        description = m;
      }
    }
    return pronoun != null ? pronoun : description;
  }

  private CueMatch matchAt(List<Token> t, int tc, boolean colon, boolean atSentenceStart, boolean that) {
    SpeechCues.Phrase phrase = cues.phraseAt(t, tc);
    int cueWords = phrase == null ? 1 : phrase.words().size();
    String cueText = cueText(t, tc, cueWords);
    if (phrase != null && phrase.label().equals("according-to")) {
      Mention m = finder.after(t, tc + cueWords);
      return m == null ? null : new CueMatch(m, cueText, "according-to", false);
    }
    if (phrase != null && phrase.label().equals("quoted-as-saying")) {
      Mention m = finder.before(t, tc, 0);
      return m == null ? null : new CueMatch(m, cueText, "quoted-as-saying", false);
    }
    if (phrase == null && cues.isParticiple(t.get(tc).text())) {
      return new CueMatch(mainSubject(t, tc), cueText, "participle", false);
    }
    Mention m = finder.before(t, tc, 0);
    if (m == null && atSentenceStart && coordinated(t, tc)) {
      // "The nominee outlined his plan and vowed to punish “…”": the subject opens the sentence.
      m = finder.after(t, 0);
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

  /**
   * The subject opening the sentence of {@code q}, after an introductory phrase ("After the
   * debate, …"): the speaker of a participle cue ("Clinton told the audience …, saying “…”").
   */
  Mention clauseSubject(Quotation q) {
    int from = Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start());
    return subjectAfterIntroduction(doc.words(from, Math.min(q.outer().start(), from + SUBJECT_CHARS)));
  }

  /** The phrase opening a clause, after an introductory phrase and its comma, or null. */
  private Mention subjectAfterIntroduction(List<Token> words) {
    int first = 0;
    if (!words.isEmpty() && INTRODUCTORY.contains(words.get(0).lower())) {
      int comma = -1;
      for (int i = 1; i < Math.min(words.size(), INTRO_REACH); i++) {
        if (words.get(i).is(",")) {
          comma = i;
          break;
        }
      }
      first = comma + 1;
      if (comma < 0) {
        return null;
      }
    }
    if (first >= words.size()) {
      return null;
    }
    int last = Math.min(words.size() - 1, first + AFTER_SUBJECT);
    List<Token> t = doc.tagged(words.get(first).start(), words.get(last).end());
    return finder.afterWithAppositive(t, 0);
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
        return true;
      }
    }
    return false;
  }

  /** {@code “…” — Jane Smith}: a credit line after a dash. */
  private CueMatch dashCredit(List<Token> words, int lead, int clauseEnd) {
    if (lead >= words.size() || lead == 0 || !words.get(lead - 1).dash()) {
      return null;
    }
    int windowEnd = clauseEnd < words.size() ? words.get(clauseEnd).end() : words.get(words.size() - 1).end();
    List<Token> t = doc.tagged(words.get(lead).start(), windowEnd);
    Mention m = finder.after(t, 0);
    if (m == null || m.isPronoun()) {
      return null;
    }
    return new CueMatch(m, words.get(lead - 1).text(), "dash", false);
  }

  /** {@code Gantz: “…”}: a name or description alone before a colon. */
  private CueMatch colonCredit(List<Token> words, int sentenceStart) {
    int colon = words.size() - 1;
    int start = colon;
    while (start > 0 && !words.get(start - 1).terminator() && !words.get(start - 1).is(",")
        && !DocumentView.QUOTE_TAG.equals(words.get(start - 1).tag()) && colon - start < 8) {
      start--;
    }
    if (start == colon) {
      return null;
    }
    List<Token> t = doc.tagged(words.get(start).start(), words.get(colon).end());
    Mention m = finder.before(t, t.size() - 1, 0);
    if (m != null && m.span().start() == t.get(0).start()) {
      return new CueMatch(m, ":", "colon", false);
    }
    // "President Obama is rolling out a new message: “…”", "In a Fox interview, Trump went
    // further: “…”": the sentence's subject.
    if (words.get(0).start() != sentenceStart || !words.get(0).capitalized()) {
      return null;
    }
    m = subjectAfterIntroduction(words.subList(0, colon));
    return m == null ? null : new CueMatch(m, ":", "colon", false);
  }

  /** The subject of the clause a participle hangs from: the subject of an earlier cue, or the sentence's first phrase. */
  private Mention mainSubject(List<Token> t, int participle) {
    for (int i = participle - 1; i > 0; i--) {
      if (isCueToken(t, i) && !cues.isParticiple(t.get(i).text())) {
        Mention m = finder.before(t, i, 0);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * "“…” to drive up the stock price, she said." A partial quotation whose sentence goes on and
   * ends with the attribution after a comma.
   */
  private static boolean closingAttribution(List<Token> t, Mention m, int cue) {
    // t: the rule tokens after the quotation; cue: the cue's index there
    int before = -1;
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() == m.span().start()) {
        before = i - 1;
        break;
      }
    }
    if (before < 0 || !t.get(before).is(",")) {
      return false;
    }
    int rest = 0;
    for (int i = cue + 1; i < t.size() && !t.get(i).terminator() && !t.get(i).is(","); i++) {
      if (++rest > 4) {
        return false;
      }
    }
    return true;
  }

  /** "“Foo.” He said that ..." starts a new sentence: the cue after it introduces something else. */
  private boolean newSentence(Quotation q, List<Token> t, int afterCue) {
    String content = q.text().strip();
    if (content.isEmpty() || content.charAt(content.length() - 1) != '.') {
      return false;
    }
    int rest = 0;
    for (int i = afterCue; i < t.size() && !t.get(i).terminator(); i++) {
      if (t.get(i).is("that") || ++rest > 6) {
        return true;
      }
    }
    return false;
  }

  private int windowStart(List<Token> words, int cue) {
    return words.get(SubjectWindow.start(words, cue, cues.isParticiple(words.get(cue).text()))).start();
  }

  private int firstCue(List<Token> w, int from, int to) {
    for (int i = from; i < to && i < w.size(); i++) {
      if (isCueToken(w, i)) {
        return i;
      }
    }
    return -1;
  }

  /** A cue word or the first word of a cue phrase; capitalised verbs mid-clause are names ("States"). */
  private boolean isCueToken(List<Token> w, int i) {
    Token k = w.get(i);
    if (cues.phraseAt(w, i) != null) {
      return true;
    }
    if (!cues.isVerb(k.text()) || insidePhrase(w, i)) {
      return false;
    }
    return !k.capitalized() || i == 0 || w.get(i - 1).terminator() || titleCase(w, i);
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
    boolean after = i + 1 >= w.size() || w.get(i + 1).capitalized() || !w.get(i + 1).isWord();
    return before && after;
  }

  /**
   * The cue word is a verb: a phrase, a past form (the tagger, seeing few words, sometimes calls
   * "wrote" a noun), or a form the tagger tags as a verb ("claims", "calls" are often nouns).
   */
  private boolean confirmed(List<Token> t, int i) {
    Token k = t.get(i);
    if (cues.phraseAt(t, i) != null || k.tagged("VERB") || k.tagged("AUX")) {
      return true;
    }
    String w = k.lower();
    return !w.endsWith("s") && !w.endsWith("ing") && !w.equals(cues.lemma(w));
  }

  private static int clauseEnd(List<Token> w, int from) {
    for (int i = from; i < w.size(); i++) {
      if (w.get(i).is(";") || w.get(i).terminator() && !abbreviationDot(w, i)) {
        return i;
      }
    }
    return w.size();
  }

  /** "R-Ky., said": a dot followed by a comma or a lower-case word ends no sentence. */
  private static boolean abbreviationDot(List<Token> w, int i) {
    if (!w.get(i).is(".") || i + 1 >= w.size()) {
      return false;
    }
    Token next = w.get(i + 1);
    return next.is(",") || next.is(")") || next.isWord() && Character.isLowerCase(next.text().charAt(0));
  }

  private static boolean hasThat(List<Token> t, int from) {
    for (int i = from; i < t.size(); i++) {
      if (t.get(i).is("that")) {
        return true;
      }
    }
    return false;
  }

  private String cueText(List<Token> t, int i, int n) {
    return doc.text().substring(t.get(i).start(), t.get(i + n - 1).end());
  }

  private static int indexOf(List<Token> t, int start) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() == start) {
        return i;
      }
    }
    return -1;
  }
}
