package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Span;
import java.util.List;

/**
 * The attribution that follows a quotation in its sentence: {@code “…,” X said}, {@code “…,”
 * said X}, {@code “…,” according to X}, {@code “…” — X}, and a split quotation's middle part.
 */
final class TrailingCueMatcher {
  /** How many words a bare credit after a closed quotation may take before its cue ("Councilman Ole Berg said."). */
  private static final int BARE_CREDIT = 5;
  /** How far after a quotation its attribution may start, in tokens. */
  private static final int AFTER_REACH = 40;
  /** Words that may come between a cue and the next part of a split quotation. */
  private static final int SPLIT_GAP = 8;
  private static final int AFTER_CHARS = 600;
  private static final java.util.Set<String> PASSIVE = java.util.Set.of("was", "were", "is", "are", "been", "be");

  private final DocumentView doc;
  private final SpeechCues cues;
  private final MentionFinder finder;
  private final CueWords cueWords;
  private final Nicknames nicknames;

  TrailingCueMatcher(DocumentView doc, SpeechCues cues, MentionFinder finder, CueWords cueWords) {
    this.doc = doc;
    this.cues = cues;
    this.finder = finder;
    this.cueWords = cueWords;
    this.nicknames = new Nicknames(doc);
  }

  /** The cue after the quotation in its sentence ({@code “…,” X said}), or null. */
  CueMatch after(Quotation q) {
    // The paragraph where the quotation ends: a quotation may run over several.
    Span para = doc.paragraph(Math.max(q.outer().start(), q.outer().end() - 1));
    int end = Math.min(para.end(), doc.text().length());
    Span next = doc.quoteFrom(q.outer().end());
    while (next != null && next.start() < end && nickname(next)) {
      next = doc.quoteFrom(next.end()); // "Marcia “Cia” Price shouted": a nickname inside the name
    }
    boolean reachesNext = next != null && next.start() < end;
    if (reachesNext) {
      end = next.start();
    }
    if (end <= q.outer().end() || doc.words(q.outer().end(), end).isEmpty()) {
      return reachesNext ? null : creditLineBelow(para);
    }
    List<Token> words = doc.words(q.outer().end(), Math.min(end, q.outer().end() + AFTER_CHARS));
    int lead = 0;
    boolean dash = false;
    while (lead < words.size() && (words.get(lead).is(",") || words.get(lead).dash() || words.get(lead).quoteMark())) {
      dash |= words.get(lead).dash();
      lead++;
    }
    if (lead + 1 < words.size() && words.get(lead).is("as")) {
      lead++; // "“…,” as a Homeland Security memo put it"
    }
    if (lead == 0 && doc.lastQuotedChar(q) == '.' && startsOwnSentence(words, reachesNext)) {
      // "“… the nomination.” O’Malley’s move was first reported by MSNBC.": a quotation that
      // closes its sentence is not credited by the next sentence, unless that is only "Trump said."
      return null;
    }
    int clauseEnd = clauseEnd(words, lead);
    int reach = Math.min(clauseEnd, lead + AFTER_REACH);
    int cue = cueWords.firstCue(words, lead, reach);
    if (cue < 0) {
      return dash ? dashCredit(words, lead, clauseEnd) : null;
    }
    // "“…” there and in states that vote in March, the memo stated": when a cue word yields no
    // attribution, a later one in the clause may
    for (int tries = 0; cue >= 0 && tries < 3; tries++) {
      CueMatch m = atCue(q, words, lead, clauseEnd, cue, reachesNext);
      if (m != null) {
        return m;
      }
      cue = cueWords.firstCue(words, cue + 1, reach);
    }
    return null;
  }

  /** The words open a sentence of their own: not "said X", not a bare "X said." after a full stop. */
  private boolean startsOwnSentence(List<Token> words, boolean reachesNext) {
    if (words.isEmpty() || !words.get(0).capitalized() || cueWords.isCueToken(words, 0)) {
      return false;
    }
    int cue = cueWords.firstCue(words, 0, Math.min(words.size(), BARE_CREDIT));
    if (cue >= 0 && reachesNext && words.subList(cue + 1, words.size()).stream().allMatch(k -> k.is(",") || k.is(":"))) {
      return true; // "“… two towns.” He pledged “cooperation”": the cue introduces the next quotation
    }
    return cue < 0 || cue + 1 < words.size() && !words.get(cue + 1).terminator()
        && !(cue + 2 < words.size() && words.get(cue + 2).terminator());
  }

  private CueMatch atCue(Quotation q, List<Token> words, int lead, int clauseEnd, int cue, boolean reachesNext) {
    // Tag only the attribution: up to the cue, or the cue and the phrase after it ("said X").
    int ruleCueWords = cues.phraseAt(words, cue) == null ? 1 : cues.phraseAt(words, cue).words().size();
    // "“…” in the 2008 primary, said Ohio State University professor Paul Beck": a cue after a
    // comma takes its subject after it, like a cue right after the quotation
    boolean saidAfterComma = cue > lead && words.get(cue - 1).is(",") && cue + 1 < clauseEnd
        && words.get(cue + 1).isWord();
    int last = cue == lead || saidAfterComma ? Math.min(clauseEnd - 1, cue + ConstructionMatcher.AFTER_SUBJECT)
        : cue + ruleCueWords - 1;
    List<Token> t = doc.tagged(words.get(0).start(), words.get(Math.min(last, words.size() - 1)).end());
    int tc = CueWords.indexOf(t, words.get(cue).start());
    int tl = CueWords.indexOf(t, words.get(lead).start());
    if (tc < 0 || tl < 0 || !cueWords.confirmed(t, tc)) {
      return null;
    }
    SpeechCues.Phrase phrase = cues.phraseAt(t, tc);
    boolean asNamed = cue > 0 && words.get(cue - 1).is("as") && PassiveAgent.naming(words.get(cue).lower()); // "as described by X"
    if ((cue > lead && PASSIVE.contains(words.get(cue - 1).lower()) || asNamed) && cue + 2 < clauseEnd && words.get(cue + 1).is("by")
        && this.cueWords.firstCue(words, lead, cue) < 0) { // not "“…” that he says is maintained by …"
      // "“American Skin” was written by Springsteen": the agent after "by"
      List<Token> agent = doc.tagged(words.get(cue + 2).start(),
          words.get(Math.min(clauseEnd - 1, cue + 2 + ConstructionMatcher.AFTER_SUBJECT)).end());
      Mention by = finder.after(agent, 0);
      return by == null || by.isPronoun() ? null : new CueMatch(by, this.cueWords.cueText(t, tc, 1), "quote-said-x", false);
    }
    Mention m;
    String construction;
    int cueWords = phrase == null ? 1 : phrase.words().size();
    if (phrase != null && !phrase.label().equals("verb")) {
      if (tc != tl && phrase.label().equals("quoted-as-saying")) {
        Mention by = finder.before(t, tc, tl); // "“…,” Braynard is quoted as saying."
        return by == null ? null : new CueMatch(by, this.cueWords.cueText(t, tc, cueWords), "quoted-as-saying", false);
      }
      if (tc != tl) {
        return phrase.label().equals("according-to") ? closingSource(q, words, clauseEnd, cue, phrase) : null;
      }
      m = finder.after(t, tc + cueWords);
      construction = phrase.label();
    } else if (tc == tl || saidAfterComma && phrase == null && inverted(t, tc, tl, cueWords)) {
      if (cues.isParticiple(t.get(tc).text())) {
        return null;
      }
      m = finder.afterWithAppositive(t, tc + cueWords);
      construction = "quote-said-x";
      if (m != null && (objectAfterMidSentenceQuote(q, m) || TrailingPhrases.reportedSubject(t, m) && midSentence(q))) {
        return null; // "Trump summed up Clinton as “terrible,” denounced her record": the verb's object
      }
    } else {
      m = finder.before(t, tc, tl);
      construction = "quote-x-said";
      if (m != null && m.span().start() != t.get(tl).start() && wordsOnly(t, tl, m)) {
        // "DoubleLine Capital portfolio/VERB manager Bonnie Baha said": the tagger broke a long
        // name phrase; everything from the quotation to the verb is the subject
        m = finder.phrase(t, tl, m);
      }
      if (m == null || m.span().start() != t.get(tl).start() && !closingAttribution(words, m, cue)) {
        // "“…,” Nate Silver, the polling guru who founded fivethirtyeight.com tweeted": the name
        // right after the quotation, set off by a comma, is the subject of the late verb
        Mention named = finder.after(t, tl);
        int after = named == null ? -1 : CueWords.indexFrom(t, named.span().end());
        if (named == null || named.kind() != Mention.Kind.NAME || after >= t.size() || !t.get(after).is(",")) {
          named = closedByComma(q, words, lead) ? LongSubject.of(t, tl, tc, finder) : null;
          if (named == null) {
            return null;
          }
        }
        m = named;
      }
      if (m != null && (newSentence(q, words, cue + ruleCueWords)
          || introducesNext(q, words, cue + ruleCueWords, reachesNext))) {
        return null;
      }
    }
    if (m == null) {
      return null;
    }
    boolean splits = reachesNext && clauseEnd == words.size() && words.size() - cue <= SPLIT_GAP;
    return new CueMatch(m, this.cueWords.cueText(t, tc, cueWords), construction, splits);
  }

  /**
   * A description naming no person ("her record", "the emotional impact") after the verb that
   * follows a quotation inside its sentence is that verb's object, not an inverted subject.
   */
  private boolean objectAfterMidSentenceQuote(Quotation q, Mention m) {
    if (m.kind() != Mention.Kind.DESCRIPTION || !Character.isLowerCase(m.text().charAt(0))) {
      return false; // not "exhorted Clinton's introducer"
    }
    if (SpeakerNaming.isPersonNoun(PhraseShapes.headWord(m.text()))) {
      return false;
    }
    return midSentence(q);
  }

  private boolean midSentence(Quotation q) {
    int from = Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start());
    return doc.words(from, q.outer().start()).stream().anyMatch(Token::isWord);
  }

  /**
   * "… a nationwide “walk-in” at 2,000 schools, according to the organizer.": an "according to X"
   * set off by a comma and closing the sentence is the source of everything the sentence reports.
   */
  private CueMatch closingSource(Quotation q, List<Token> words, int clauseEnd, int cue, SpeechCues.Phrase phrase) {
    int after = cue + phrase.words().size();
    if (!words.get(cue - 1).is(",") || after >= clauseEnd || clauseEnd >= words.size()
        || words.get(clauseEnd).start() >= q.sentence().end()) {
      return null;
    }
    List<Token> t = doc.tagged(words.get(cue).start(), words.get(clauseEnd).end());
    int tc = CueWords.indexOf(t, words.get(cue).start());
    Mention m = tc < 0 ? null : finder.after(t, tc + phrase.words().size());
    if (m == null || m.isPronoun()) {
      return null;
    }
    for (int i = CueWords.indexFrom(t, m.span().end()); i < t.size(); i++) {
      if (t.get(i).tagged("VERB") || t.get(i).tagged("AUX")) {
        return null; // "according to X, who ... said": X's own clause goes on
      }
    }
    return new CueMatch(m, cueWords.cueText(t, tc, phrase.words().size()), "according-to", false);
  }

  /**
   * A quotation that fills its paragraph, credited on the next line: {@code “…”} then {@code
   * —Jane Smith, tweeting after the speech}.
   */
  private CueMatch creditLineBelow(Span para) {
    int p = doc.paragraphIndex(para.start()) + 1;
    if (p >= doc.paragraphs().size()) {
      return null;
    }
    Span next = doc.paragraphs().get(p);
    List<Token> words = doc.words(next.start(), Math.min(next.end(), next.start() + 200));
    if (words.size() < 2 || !words.get(0).dash() || doc.quoteFrom(next.start()) != null
        && doc.quoteFrom(next.start()).start() < next.end()) {
      return null;
    }
    return dashCredit(words, 1, words.size());
  }

  /**
   * "…, said Ohio State University professor Paul Beck": a name after the verb and no subject of
   * its own before it ("Laszlo Bock, told The New York Times" has one, and "told X" is the hearer).
   */
  private boolean inverted(List<Token> t, int tc, int tl, int cueWords) {
    if (cues.isParticiple(t.get(tc).text()) || "tell".equals(cues.lemma(t.get(tc).text()))) {
      return false;
    }
    Mention own = finder.before(t, tc, tl);
    if (own != null && own.span().start() == t.get(tl).start()) {
      return false;
    }
    Mention after = finder.after(t, tc + cueWords);
    // "said county engineer Omar Bakri" names someone; "said the plan would fail" does not
    return after != null && !after.isPronoun()
        && (t.get(tc + cueWords).capitalized() || after.kind() == Mention.Kind.NAME
            || TrailingPhrases.closingPerson(t, after));
  }

  /** A one- or two-word quotation between two capitalised words: a nickname ("Marcia “Cia” Price"). */
  boolean nickname(Span quote) {
    return nicknames.insideName(quote);
  }

  /** Only words between the quotation and a subject that starts later: no comma, verb cue or mark. */
  private static boolean wordsOnly(List<Token> t, int lead, Mention m) {
    int start = CueWords.indexOf(t, m.span().start());
    boolean determined = t.get(lead).is("the") || t.get(lead).is("a") || t.get(lead).is("an");
    if (start < 0 || start - lead > 6 || !t.get(lead).capitalized() && !determined || m.isPronoun()) {
      return false;
    }
    for (int i = lead; i < start; i++) {
      Token k = t.get(i);
      boolean and = k.is("and") && i > lead && determined; // "the Florida senator and Republican candidate said"
      if (!k.isWord() || k.tagged("DET") && i > lead || k.tagged("ADP") || k.tagged("PRON") || k.tagged("AUX")
          || k.tagged("SCONJ") || k.tagged("CCONJ") && !and) {
        return false;
      }
    }
    return true;
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
    // "“…” — an image cemented by …" goes on with the sentence; a credit is a name, or a
    // description that ends it ("— a senior official")
    int after = CueWords.indexOf(t, m.span().start()) + 1;
    while (after < t.size() && t.get(after).start() < m.span().end()) {
      after++;
    }
    boolean endsHere = after >= t.size() || t.get(after).terminator() || t.get(after).is(",");
    if (m.kind() != Mention.Kind.NAME && !(endsHere && words.get(lead).capitalized())) {
      return null;
    }
    return new CueMatch(m, words.get(lead - 1).text(), "dash", false);
  }

  /**
   * "“…,” X said" or "“…”, X said" with the quotation opening its sentence: the quotation hands
   * over to its attribution (not "call Trump “very flexible,” a nod to …").
   */
  private boolean closedByComma(Quotation q, List<Token> words, int lead) {
    if (!doc.text().substring(q.sentence().start(), q.outer().start()).isBlank()) {
      return false;
    }
    char last = doc.lastQuotedChar(q);
    return last == ',' || last == '?' || last == '!' || words.subList(0, lead).stream().anyMatch(k -> k.is(","));
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
    // "…, she said in a video message to the convention.": a prepositional phrase may close it
    int most = cue + 1 < t.size() && TrailingPhrases.opensPhrase(t.get(cue + 1)) ? TrailingPhrases.PHRASE_WORDS : 4;
    for (int i = cue + 1; i < t.size() && !t.get(i).terminator() && !t.get(i).is(","); i++) {
      if (++rest > most || t.get(i).is("that") || t.get(i).quoteMark()) {
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

  /**
   * "“… change.” She adds, “…”": after a quotation that ends its sentence, a cue followed only by
   * a comma or colon and the next quotation introduces that one.
   */
  private static boolean introducesNext(Quotation q, List<Token> t, int afterCue, boolean reachesNext) {
    String content = q.text().strip();
    if (!reachesNext || content.isEmpty() || content.charAt(content.length() - 1) != '.') {
      return false;
    }
    for (int i = afterCue; i < t.size(); i++) {
      if (!t.get(i).is(",") && !t.get(i).is(":")) {
        return false;
      }
    }
    return afterCue < t.size();
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
}
