package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import java.util.List;

/**
 * The subject of a quotation's clause when its cue names nobody (a participle, "X: “…”"): the
 * phrase opening the sentence after any dateline or introductory phrase, or, when the quotation
 * sits inside the introduction ("Citing …, their “…,” Will urged"), the phrase after it.
 */
final class ClauseSubjects {
  /** How far into a sentence its subject and the words before a quotation are read. */
  static final int SUBJECT_CHARS = 300;
  /** How many words after an introduction's quotation its clause's subject may take. */
  private static final int AFTER_QUOTE_WORDS = 12;
  private static final int AFTER_QUOTE_CHARS = 200;

  private final DocumentView doc;
  private final MentionFinder finder;

  ClauseSubjects(DocumentView doc, MentionFinder finder) {
    this.doc = doc;
    this.finder = finder;
  }

  /**
   * The subject opening the sentence of {@code q}, after an introductory phrase ("After the
   * debate, …"): the speaker of a participle cue ("Clinton told the audience …, saying “…”").
   */
  Mention of(Quotation q) {
    int from = Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start());
    List<Token> before = doc.words(from, Math.min(q.outer().start(), from + SUBJECT_CHARS));
    if (q.outer().start() <= from + SUBJECT_CHARS && Introductions.unclosedIntroduction(before)) {
      Mention own = finiteIntroduction(before);
      if (own != null) {
        return own; // "When Mr. Trump tried to defend his remarks calling the government “…”, Mr. Kasich …"
      }
      Mention after = afterQuotation(q);
      if (after != null) {
        return after;
      }
    }
    return afterIntroduction(before);
  }

  /** "When Mr. Trump tried …": the subject right after a subordinator opening the sentence, when its verb follows. */
  private Mention finiteIntroduction(List<Token> before) {
    if (before.size() < 3 || !FINITE_OPENERS.contains(before.get(0).lower())) {
      return null;
    }
    int last = Math.min(before.size() - 1, 1 + ConstructionMatcher.AFTER_SUBJECT);
    List<Token> t = doc.tagged(before.get(1).start(), before.get(last).end());
    Mention m = finder.after(t, 0);
    int next = m == null ? -1 : CueWords.indexFrom(t, m.span().end());
    return next >= 0 && next < t.size() && (t.get(next).tagged("VERB") || t.get(next).tagged("AUX"))
        && !t.get(next).lower().endsWith("ing") ? m : null;
  }

  private static final java.util.Set<String> FINITE_OPENERS = java.util.Set.of("when", "while", "as", "after", "before",
      "because", "although", "though", "if", "since", "once", "until");

  /** The phrase opening a clause, after an introductory phrase and its comma, or null. */
  Mention afterIntroduction(List<Token> words) {
    int dateline = Introductions.datelineEnd(words);
    if (dateline > 0) {
      words = words.subList(dateline, words.size());
    }
    int first = Introductions.subjectStart(words);
    if (first < 0 || first >= words.size()) {
      return null;
    }
    int last = Math.min(words.size() - 1, first + ConstructionMatcher.AFTER_SUBJECT);
    List<Token> t = doc.tagged(words.get(first).start(), words.get(last).end());
    return finder.afterWithAppositive(t, 0);
  }

  /**
   * "After saying her foot was “so swollen I could barely get my shoe on,” she was …": the
   * introduction closes with the quotation's comma, and the clause's subject follows it.
   */
  private Mention afterQuotation(Quotation q) {
    // only the words right after it: a sentence can be a megabyte of marks
    int end = Math.min(Math.min(q.sentence().end(), doc.paragraph(q.outer().start()).end()),
        q.outer().end() + AFTER_QUOTE_CHARS);
    List<Token> words = doc.words(q.outer().end(), Math.max(q.outer().end(), end));
    int i = 0;
    boolean comma = doc.lastQuotedChar(q) == ',';
    while (i < words.size() && (words.get(i).is(",") || words.get(i).quoteMark())) {
      comma |= words.get(i).is(",");
      i++;
    }
    if (i + 1 < words.size() && words.get(i + 1).is(",") && !words.get(i).capitalized()) {
      i += 2; // "“…,” though, Allen did suggest"
    }
    if (!comma || i >= words.size() || DocumentView.QUOTE_TAG.equals(words.get(i).tag())) {
      return null;
    }
    int last = Math.min(words.size() - 1, i + AFTER_QUOTE_WORDS);
    List<Token> t = doc.tagged(words.get(i).start(), words.get(last).end());
    return finder.afterWithAppositive(t, 0);
  }
}
