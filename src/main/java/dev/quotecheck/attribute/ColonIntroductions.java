package dev.quotecheck.attribute;

import java.util.List;

/**
 * A quotation introduced by a colon with no speech verb to go by: {@code Gantz: “…”}, {@code
 * President Obama is rolling out a new message: “…”}, {@code … so odd that a spokesman could only
 * quip: “…”}. The words are the reporter's, up to and including the colon.
 */
final class ColonIntroductions {
  /** How far before the colon a result clause's "that" may lie. */
  private static final int RESULT_CLAUSE_WORDS = 12;
  /** How many words a label before a colon may have ("Republican pollster Daron Shaw:"). */
  private static final int LABEL_WORDS = 8;

  private final DocumentView doc;
  private final MentionFinder finder;
  private final ClauseSubjects clauseSubjects;

  ColonIntroductions(DocumentView doc, MentionFinder finder, ClauseSubjects clauseSubjects) {
    this.doc = doc;
    this.finder = finder;
    this.clauseSubjects = clauseSubjects;
  }

  /** {@code Gantz: “…”}: a name or description alone before a colon. */
  CueMatch credit(List<Token> words, int sentenceStart) {
    int colon = words.size() - 1;
    int start = colon;
    while (start > 0 && !words.get(start - 1).terminator() && !words.get(start - 1).is(",")
        && !DocumentView.QUOTE_TAG.equals(words.get(start - 1).tag()) && colon - start < LABEL_WORDS) {
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
    int k = m == null ? -1 : CueWords.indexOf(t, m.span().start());
    if (m != null && m.kind() == Mention.Kind.NAME && k > 0 && (t.get(k - 1).dash() || t.get(k - 1).is("from"))) {
      return new CueMatch(m, ":", "colon", false); // "Pollsters agree - Carl Bialik: “…”", "More from Jones: “…”"
    }
    return subjectBefore(words, sentenceStart);
  }

  /**
   * "Pollsters agree - Carl Bialik: “…”", "Media shares blame in Iowa poll overhype - HuffPollster:
   * “…”": a name alone between a dash and the colon is the speaker, over any cue in the words
   * before the dash (a headline's verb).
   */
  CueMatch nameAfterDash(List<Token> words) {
    int colon = words.size() - 1;
    int dash = colon - 1;
    while (dash > 0 && colon - dash <= LABEL_WORDS && !words.get(dash).dash()) {
      if (words.get(dash).terminator() || !words.get(dash).isWord() && !words.get(dash).is(".")) {
        return null;
      }
      dash--;
    }
    if (dash <= 0 || dash + 1 >= colon || !words.get(dash).dash()) {
      return null;
    }
    List<Token> t = doc.tagged(words.get(dash + 1).start(), words.get(colon).end());
    Mention m = finder.before(t, t.size() - 1, 0);
    return m != null && m.kind() == Mention.Kind.NAME && m.span().start() == t.get(0).start()
        ? new CueMatch(m, ":", "colon", false) : null;
  }

  /**
   * "President Obama is rolling out a new message: “…”", "In a Fox interview, Trump went further:
   * “…”": the subject of the sentence the colon closes.
   */
  CueMatch subjectBefore(List<Token> words, int sentenceStart) {
    CueMatch result = resultClauseSubject(words);
    if (result != null) {
      return result;
    }
    if (words.get(0).start() != sentenceStart || !words.get(0).capitalized()) {
      return null;
    }
    Mention m = clauseSubjects.afterIntroduction(words.subList(0, words.size() - 1));
    return m == null ? null : new CueMatch(m, ":", "colon", false);
  }

  /**
   * "The scheduling was so odd that a spokesman … could only quip: “…”", "She got so upset that I
   * had to change my answer: “…”": the subject of the result clause the colon closes.
   */
  private CueMatch resultClauseSubject(List<Token> words) {
    int colon = words.size() - 1;
    for (int i = colon - 1; i > 0 && i >= colon - RESULT_CLAUSE_WORDS; i--) {
      Token k = words.get(i);
      if (k.terminator() || k.quoteMark()) {
        return null;
      }
      if (!k.is("that")) {
        continue;
      }
      boolean so = false;
      for (int j = i - 1; j >= 0 && j >= i - 4 && !so; j--) {
        so = words.get(j).is("so") || words.get(j).is("such");
      }
      if (!so) {
        return null;
      }
      List<Token> t = doc.tagged(words.get(i + 1).start(), words.get(colon).end());
      Mention m = finder.after(t, 0);
      return m == null || m.span().start() != t.get(0).start() ? null : new CueMatch(m, ":", "colon", false);
    }
    return null;
  }
}
