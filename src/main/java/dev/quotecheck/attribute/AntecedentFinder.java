package dev.quotecheck.attribute;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds who a pronoun or an uncued quotation refers back to: walking back sentence by sentence,
 * the most recent compatible speaker credited by a quotation or a speech cue, else the named
 * subject of a sentence. Captions, credit lines and pasted embeds are passed over.
 */
final class AntecedentFinder {
  private static final int MAX_SENTENCES = 10;
  private static final int MAX_PARAGRAPHS = 4;
  private static final int SUBJECT_WINDOW = 80;
  private static final int MAX_CREDITS_BACK = 400;
  private static final int CUE_REACH = 600;
  private static final int PRONOUN_REACH = 300;
  /** Credits are appended in quotation order, which can run a little out of text order. */
  private static final int BACK_SLACK = 2_000;

  private final DocumentView doc;
  private final SpeechCues cues;
  private final MentionFinder finder;
  private final SpeakerNaming naming;
  private final SubjectPhrases subjects;

  AntecedentFinder(DocumentView doc, SpeechCues cues, MentionFinder finder, SpeakerNaming naming) {
    this.doc = doc;
    this.cues = cues;
    this.finder = finder;
    this.naming = naming;
    this.subjects = new SubjectPhrases(doc, finder);
  }

  /**
   * The nearest speaker before {@code at} that a pronoun of gender {@code gender} can denote.
   *
   * @param credits credits so far, in document order
   * @param paragraphs how many paragraphs back to look (1 = the current one only)
   */
  Credit find(Gender gender, int at, List<Credit> credits, int paragraphs) {
    return find(gender, at, credits, paragraphs, true);
  }

  /**
   * As {@link #find(Gender, int, List, int)}; without {@code subjects} only speakers credited by a
   * quotation or a speech cue count, not the subjects of other sentences (for continuations).
   */
  Credit find(Gender gender, int at, List<Credit> credits, int paragraphs, boolean subjects) {
    int s = doc.sentenceIndex(at);
    int firstParagraph = doc.paragraphIndex(at);
    int seenParagraphs = 0;
    int lastParagraph = -1;
    for (int n = 0; s >= 0 && n < MAX_SENTENCES; s--) {
      Span sentence = doc.sentences().get(s);
      int p = doc.paragraphIndex(Math.max(sentence.start(), Math.min(sentence.end(), at) - 1));
      if (p != lastParagraph) {
        if (p < firstParagraph && doc.isInterruption(p)) {
          continue;
        }
        lastParagraph = p;
        if (++seenParagraphs > Math.min(paragraphs, MAX_PARAGRAPHS)) {
          return null;
        }
      }
      if (p < firstParagraph && doc.isInterruption(p)) {
        continue;
      }
      n++;
      int end = Math.min(sentence.end(), at);
      int start = Math.max(sentence.start(), doc.endOfQuoteBefore(end, ConstructionMatcher.MAX_QUOTES_BACK));
      // The quotation's own sentence has no cue (else it would not be a continuation): only its
      // subject may be its speaker ("Reid has gone after Trump as a “human leech”").
      Credit c = inSentence(gender, start, end, credits, subjects || end < at, !subjects);
      if (c == null && !subjects && end >= at) {
        c = ownSubject(start, end, credits);
      }
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private Credit inSentence(Gender gender, int from, int to, List<Credit> credits, boolean subjects,
      boolean continuation) {
    if (to <= from) {
      return null;
    }
    List<Credit> found = new ArrayList<>();
    // Credits are in document order: walk back from the end only as far as this sentence.
    for (int i = credits.size() - 1; i >= 0 && i >= credits.size() - MAX_CREDITS_BACK; i--) {
      Credit c = credits.get(i);
      if (c.at() >= from && c.at() < to) {
        found.add(c);
      } else if (c.at() < from - BACK_SLACK) {
        break;
      }
    }
    // Only the reporter's words near the end count: a sentence can be a megabyte of marks.
    List<Credit> cued = cueSubjects(Math.max(from, to - CUE_REACH), to, continuation ? credits : null);
    if (continuation && !found.isEmpty()) {
      // "“…,” Trump said, after Jones assured him …. “…”": a quotation carried on continues the
      // speaker of the quotation before, not a cue subject later in that sentence's side clause
      int quoted = found.stream().mapToInt(Credit::at).max().getAsInt();
      cued.removeIf(c -> c.at() > quoted);
    }
    found.addAll(cued);
    found.sort((a, b) -> Integer.compare(a.at(), b.at()));
    for (int i = found.size() - 1; i >= 0; i--) {
      Credit c = found.get(i);
      // A pronoun left unresolved still carries a quotation on (continuations), never a pronoun.
      if ((c.speaker() != null || gender == Gender.UNKNOWN) && gender.admits(c.gender())) {
        return c;
      }
    }
    Credit subject = subjects ? sentenceSubject(from, to) : null;
    if (subject != null && continuation && PhraseShapes.thingDescription(subject.mention())) {
      return null;
    }
    return subject != null && gender.admits(subject.gender()) ? subject : null;
  }

  /**
   * Subjects of the speech cues in the reporter's words of {@code [from, to)}; with {@code credits}
   * (a quotation carried on), also "he" or "she", resolved: "She says people should …. “…”".
   */
  private List<Credit> cueSubjects(int from, int to, List<Credit> credits) {
    List<Credit> out = new ArrayList<>();
    List<Token> words = doc.words(from, to);
    for (int i = 0; i < words.size() && out.size() < 2; i++) {
      Token k = words.get(i);
      if (!cues.isVerb(k.text()) || cues.isParticiple(k.text()) || (k.capitalized() && i > 0)
          || naming(words, i)) {
        continue;
      }
      int windowStart = SubjectWindow.start(words, i, false);
      List<Token> t = doc.tagged(words.get(windowStart).start(), k.end());
      int cue = t.size() - 1;
      if (cue < 0 || t.get(cue).start() != k.start() || !t.get(cue).tagged("VERB") || CueWords.possessedNoun(t, cue)
          || NamingParticiple.names(words, i, t, cue, cues) || NamingParticiple.passiveHearer(t, cue, cues)) {
        continue;
      }
      Mention m = finder.before(t, cue, 0);
      // "He didn't suggest retaliation. “…”": a denied cue carries no quotation on
      String before = cue > 0 ? t.get(cue - 1).lower() : "";
      boolean denied = before.endsWith("n't") || before.endsWith("n’t") || before.equals("'t") || before.equals("’t")
          || before.equals("not") || before.equals("never");
      Credit c = credits != null && m != null && (m.text().equalsIgnoreCase("he") || m.text().equalsIgnoreCase("she"))
          ? (denied ? null : resolved(m, credits)) : credit(m);
      if (c != null) {
        out.add(c);
        // "Schlafly also noted that Reagan and Trump have shown …. “…”": the cues of the clause a
        // cue reports are the reported speaker's words, so a quotation carried on stays with its subject
        if (credits != null && i + 1 < words.size() && words.get(i + 1).is("that")) {
          break;
        }
      }
    }
    return out;
  }

  /** A pronoun credited with its antecedent's speaker, or null when it has none. */
  private Credit resolved(Mention pronoun, List<Credit> credits) {
    Gender g = Gender.ofPronoun(pronoun.text());
    Credit antecedent = find(g, pronoun.span().start(), credits, 4);
    return antecedent == null || antecedent.speaker() == null ? null
        : new Credit(pronoun.span().start(), antecedent.speaker(), pronoun, g);
  }

  /** "a super PAC called Future45": a naming participle before a name reports nobody's words. */
  private boolean naming(List<Token> words, int i) {
    String lemma = cues.lemma(words.get(i).text());
    return NAMING_LEMMAS.contains(lemma) && i + 1 < words.size() && words.get(i + 1).capitalized()
        && i > 0 && !words.get(i - 1).is("who") && !words.get(i - 1).capitalized();
  }

  private static final java.util.Set<String> NAMING_LEMMAS = java.util.Set.of("call", "name", "dub", "nickname",
      "label", "term", "title", "entitle", "brand");

  /**
   * The subject of an uncued quotation's own sentence when it is a name ("Reid has gone after
   * Trump as a “human leech”"), a personal pronoun, resolved like a cue's ("He offered “my
   * thoughts and prayers …”"), or a description that speaks ("The ad targets a “…”", see
   * {@link SubjectPhrases#describedSpeaker}; its owner for "Podliska’s claim is that “…”").
   */
  private Credit ownSubject(int from, int to, List<Credit> credits) {
    Mention m = subjectMention(from, to);
    if (m == null || m.kind() == Mention.Kind.DESCRIPTION && !subjects.describedSpeaker(m, to)) {
      return null;
    }
    m = m.kind() == Mention.Kind.DESCRIPTION ? subjects.possessor(m) : m;
    if (!m.isPronoun()) {
      return credit(m);
    }
    Gender g = Gender.ofPronoun(m.text());
    if (g == Gender.UNKNOWN || m.text().equalsIgnoreCase("it")) {
      return null; // "I", "we": the writer; "It was …": mostly nobody
    }
    Credit antecedent = find(g, m.span().start(), credits, 4);
    return new Credit(m.span().start(), antecedent == null ? null : antecedent.speaker(), m, g);
  }

  /**
   * The last personal pronoun in the reporter's words {@code [from, at)} before an uncued
   * quotation nobody else is credited with ("even if he reserved his passion for the cause of
   * “…”"), resolved like a cue's; null when there is none.
   */
  Credit pronounBefore(int from, int at, List<Credit> credits) {
    List<Token> words = doc.words(Math.max(from, at - PRONOUN_REACH), at);
    for (int i = words.size() - 1; i >= 0; i--) {
      Token k = words.get(i);
      if (k.is("he") || k.is("she")) {
        Gender g = Gender.ofPronoun(k.text());
        Mention m = new Mention(new Span(k.start(), k.end()), k.text(), Mention.Kind.PRONOUN, null, "");
        Credit antecedent = find(g, k.start(), credits, 4);
        return new Credit(k.start(), antecedent == null ? null : antecedent.speaker(), m, g);
      }
    }
    return null;
  }

  /** The named subject opening a sentence ("Zamir is a former ..."). */
  private Credit sentenceSubject(int from, int to) {
    Mention m = subjectMention(from, to);
    return m == null || m.isPronoun() ? null : credit(m);
  }

  /** The phrase opening a sentence, after a dateline or an introductory phrase, or null. */
  private Mention subjectMention(int from, int to) {
    List<Token> head = doc.words(from, Math.min(to, from + SUBJECT_WINDOW));
    int afterDateline = Introductions.datelineEnd(head);
    if (afterDateline > 0) {
      head = afterDateline < head.size()
          ? doc.words(head.get(afterDateline).start(), Math.min(to, head.get(afterDateline).start() + SUBJECT_WINDOW))
          : List.of();
    }
    // "Hours later, Trump returned …", "At one point, Cruz coached …": the subject follows the
    // introductory phrase
    int comma = head.isEmpty() ? -1 : Introductions.introductoryPhrase(head)
        ? Introductions.commaAfter(head, 0) : Introductions.subjectStart(head) - 1;
    if (comma < -1) {
      // "In one exchange between Clinton and her chief of staff Cheryl Mills in April 2012, Mills
      // forwards …": an introduction longer than the window, read whole
      List<Token> longer = doc.words(head.get(0).start(), Math.min(to, head.get(0).start() + ClauseSubjects.SUBJECT_CHARS));
      comma = Introductions.subjectStart(longer) - 1;
      head = comma >= 0 ? longer : head;
    }
    if (comma >= 0) {
      head = comma + 1 < head.size()
          ? doc.words(head.get(comma + 1).start(), Math.min(to, head.get(comma + 1).start() + SUBJECT_WINDOW))
          : List.of();
    }
    // "Thirteen years earlier, she had voted … from “…”": after an introduction a pronoun is lower case
    boolean pronounAfterIntro = comma >= 0 && !head.isEmpty() && (head.get(0).is("he") || head.get(0).is("she") || head.get(0).is("they"));
    if (head.isEmpty() || !head.get(0).capitalized() && !pronounAfterIntro) {
      return null;
    }
    // A name opening the sentence needs only itself and the next word tagged; a description, or a
    // name behind lower-case modifiers ("Republican presidential front-runner Donald Trump"), more.
    int run = 0;
    while (run + 1 < head.size() && (head.get(run + 1).capitalized() || head.get(run + 1).is(".")
        || head.get(run + 1).possessive())) {
      run++;
    }
    Mention m = null;
    if (run + 1 < head.size() && !LexicalTags.isOpener(head.get(0))) {
      List<Token> t = doc.tagged(head.get(0).start(), head.get(run + 1).end());
      m = finder.afterWithAppositive(t, 0);
      if (m != null && m.span().end() != head.get(run).end()) {
        m = null;
      }
    }
    if (m == null) {
      List<Token> t = doc.tagged(head.get(0).start(), head.get(head.size() - 1).end());
      m = finder.afterWithAppositive(t, 0);
    }
    return subjects.withoutPredicate(m, head, to);
  }

  /** The credit of a named mention, or null for a pronoun or a mention that names nobody. */
  Credit credit(Mention m) {
    if (m == null || m.isPronoun()) {
      return null;
    }
    String speaker = naming.speaker(m);
    return speaker == null ? null : new Credit(m.span().start(), speaker, m, naming.gender(speaker, m));
  }
}
