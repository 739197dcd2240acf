package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * The owner of a noun of saying as the speaker of the quotation it introduces: "Trump’s claim that
 * there have been “…”", "her March comment that, “…”", "The senator’s answer was that “…”". Reads
 * the reporter's words before the quotation, back to the start of its sentence.
 */
final class SayingNounOwner {
  /** How far back from the quotation the words are read. */
  private static final int REACH = 300;

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "my", "his", "her",
      "its", "our", "their", "your");

  private final DocumentView doc;
  private final SpeechCues cues;
  private final MentionFinder finder;
  private final AntecedentFinder antecedents;

  SayingNounOwner(DocumentView doc, SpeechCues cues, MentionFinder finder, AntecedentFinder antecedents) {
    this.doc = doc;
    this.cues = cues;
    this.finder = finder;
    this.antecedents = antecedents;
  }

  /** How many words may stand between a noun of saying and its "that" ("her comments before the committee that"). */
  private static final int NOUN_TO_THAT = 6;
  /** How many words of the reported clause may come before the quotation. */
  private static final int THAT_TO_QUOTE = 8;

  /**
   * "Politifact seized on Trump’s claim that there have been “…”", "using her comments before the
   * committee that “…”": a quotation in the that-clause of an owned noun of saying is the owner's,
   * whoever the sentence's subject is; null when the quotation is not in such a clause.
   */
  Credit ownerOfSayingClause(int from, int at, List<Credit> credits) {
    List<Token> words = doc.words(Math.max(from, at - REACH), at);
    int that = -1;
    for (int i = words.size() - 1; i >= Math.max(0, words.size() - 1 - THAT_TO_QUOTE); i--) {
      Token k = words.get(i);
      if (k.terminator() || k.quoteMark() || DocumentView.QUOTE_TAG.equals(k.tag()) || cues.isVerb(k.text())) {
        return null; // "his claim that Obama said “…”": the clause has a speaker of its own
      }
      if (k.is("that")) {
        that = i;
        break;
      }
    }
    if (that < 2) {
      return null;
    }
    for (int i = that - 1; i > 0 && i >= that - NOUN_TO_THAT; i--) {
      Token k = words.get(i);
      if (SAYING_NOUNS.contains(k.lower())) { // "claim", "comments": nouns here, whatever else they may be
        int owner = ownerIndex(words, i);
        return owner > 0 && nounsOwnClause(words, i, that) && !cueBefore(words, owner)
            ? ownerCredit(words, owner, credits) : null;
      }
      if (k.terminator() || k.is(",") || k.quoteMark()
          || cues.isVerb(k.text()) && !determined(words, i)) {
        return null;
      }
    }
    return null;
  }

  /** "his comments were mischaracterized and that …": a verb between the noun and "that" owns the clause. */
  private boolean nounsOwnClause(List<Token> words, int noun, int that) {
    if (noun + 1 == that) {
      return true;
    }
    List<Token> t = doc.tagged(words.get(noun + 1).start(), words.get(that - 1).end());
    return t.stream().noneMatch(k -> k.tagged("VERB") || k.tagged("AUX") || k.is("and") || k.is("or"));
  }

  /** "saying in his statement only that …": the cue's clause, not the noun's. */
  private boolean cueBefore(List<Token> words, int owner) {
    for (int i = owner - 1; i >= 0 && i >= owner - 3; i--) {
      if (cues.isVerb(words.get(i).text()) && !passive(words, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Rubio’s catch phrase was that Crist “…”", "The Florida senator’s answer was that “…”": the
   * owner of a noun of saying before an uncued quotation in its sentence; null when there is none.
   */
  Credit possessorBefore(int from, int at, List<Credit> credits) {
    List<Token> words = doc.words(Math.max(from, at - REACH), at);
    for (int i = words.size() - 1; i > 1; i--) {
      Token k = words.get(i);
      if (k.terminator() || DocumentView.QUOTE_TAG.equals(k.tag())) {
        return null;
      }
      // never the first word read, which opens the sentence: "His remarks buttress the contention
      // of Clinton that … “…”" is hers, not his
      int owner = SAYING_NOUNS.contains(k.lower()) ? ownerIndex(words, i) : -1;
      if (owner > 0) {
        return ownerCredit(words, owner, credits);
      }
    }
    return null;
  }

  /** The credit of the owner at {@code owner} ("his", "her", or the "’s" closing a name), or null. */
  private Credit ownerCredit(List<Token> words, int owner, List<Credit> credits) {
    Token k = words.get(owner);
    if (k.is("his") || k.is("her")) {
      // "her assertion during the debate that “…”": the possessive pronoun, resolved
      Gender g = Gender.ofPronoun(k.text());
      Mention m = new Mention(new dev.quotecheck.text.Span(k.start(), k.end()), k.text(), Mention.Kind.PRONOUN, null, "");
      Credit antecedent = antecedents.find(g, k.start(), credits, 4);
      return new Credit(k.start(), antecedent == null ? null : antecedent.speaker(), m, g);
    }
    int first = Math.max(0, owner - ConstructionMatcher.AFTER_SUBJECT);
    List<Token> t = doc.tagged(words.get(first).start(), k.end());
    Mention m = t.isEmpty() ? null : finder.before(t, t.size() - 1, 0);
    // the owner is the phrase the "’s" closes, never a word before it ("President Reagan’s dictum")
    boolean closed = m != null && m.span().end() == k.start();
    return m == null || m.isPronoun() || !closed ? null : antecedents.credit(m);
  }

  /** Nouns of saying whose owner is their speaker ("Trump’s claim that “…”"). */
  static final java.util.Set<String> SAYING_NOUNS = java.util.Set.of("answer", "remark", "remarks",
      "comment", "comments", "claim", "argument", "warning", "message", "promise", "statement", "words",
      "phrase", "slogan", "assertion", "response", "reply", "pledge", "accusation", "suggestion", "insistence",
      "contention", "dictum", "mantra", "line", "quip", "vow", "boast", "complaint", "charge", "statements",
      "claims", "promises", "warnings");

  /** "his", "her" or a split-off possessive ending. */
  static boolean owner(Token k) {
    return k.is("his") || k.is("her") || k.possessive();
  }

  /**
   * The index of the owner of the noun of saying at {@code noun}: the word right before it, or one
   * before a month or day that dates it ("her March comment", "his Monday statement"); -1 when none.
   */
  static int ownerIndex(List<Token> words, int noun) {
    if (noun >= 1 && owner(words.get(noun - 1))) {
      return noun - 1;
    }
    boolean dated = noun >= 2 && TimePhrases.calendar(words.get(noun - 1)) && words.get(noun - 1).capitalized();
    return dated && owner(words.get(noun - 2)) ? noun - 2 : -1;
  }

  /** "during the debate", "after his remarks": a cue word after a determiner is a noun, no verb. */
  static boolean determined(List<Token> words, int i) {
    return i > 0 && (DETERMINERS.contains(words.get(i - 1).lower()) || words.get(i - 1).possessive());
  }

  /** "He was challenged over his statement": a cue in the passive is not the owner's own saying. */
  static boolean passive(List<Token> words, int i) {
    return i > 0 && CueWords.BE_FORMS.contains(words.get(i - 1).lower());
  }
}
