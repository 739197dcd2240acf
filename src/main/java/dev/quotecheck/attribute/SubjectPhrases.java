package dev.quotecheck.attribute;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The phrase opening an uncued quotation's sentence as its speaker: whether a description there
 * speaks the quoted words, the owner inside a possessive description, and where the subject
 * ends when the tagger read its verb as a plural noun.
 */
final class SubjectPhrases {
  /** How far past the subject the reporter's words are read. */
  private static final int REACH = 300;

  private final DocumentView doc;
  private final MentionFinder finder;

  SubjectPhrases(DocumentView doc, MentionFinder finder) {
    this.doc = doc;
    this.finder = finder;
  }

  /**
   * Whether a description opening an uncued quotation's sentence speaks its words ("The Sanders
   * campaign projects that “…”", "The ad targets a “…”"): not before a linking verb ("The shop
   * stayed “closed for winter”") unless it is a noun of saying with its owner, nor when the
   * quotation follows a preposition ("moved on to “any other business”"), nor when a pronoun ("her
   * claim that she “…”") or a relative clause ("a charity that focuses on …") stands between.
   */
  boolean describedSpeaker(Mention m, int to) {
    List<Token> words = doc.words(m.span().end(), Math.min(to, m.span().end() + REACH));
    String[] phrase = m.text().split(" ");
    // "Podliska’s most explosive claim is that …": the owner of a noun of saying said it
    boolean saying = (m.text().contains("'s ") || m.text().contains("’s "))
        && SayingNounOwner.SAYING_NOUNS.contains(phrase[phrase.length - 1].toLowerCase(Locale.ROOT));
    if (!words.isEmpty() && (!saying && LINKING.contains(words.get(0).lower())
        || PREPOSITIONS.contains(words.get(words.size() - 1).lower())
        || SUBORDINATORS.contains(words.get(words.size() - 1).lower()))) {
      return false; // "The shop stayed “closed for winter”", "moved on to “any other business”": labels
    }
    boolean appositive = false;
    for (int i = 0; i < words.size(); i++) {
      Token k = words.get(i);
      if (k.is("he") || k.is("she") || k.is("his") || k.is("her") || k.is("him") || k.is("they")
          || appositive && (k.is("that") || k.is("which") || k.is("who"))) {
        return false;
      }
      if (k.is(",")) {
        appositive = i + 1 < words.size() && (words.get(i + 1).is("a") || words.get(i + 1).is("an")
            || words.get(i + 1).is("the"));
        if (i == 0 && words.size() > 1 && (words.get(1).is("which") || words.get(1).is("who"))) {
          return false; // "The listing, which got 185,000 views, was replaced by a message that said “…”"
        }
      }
    }
    return true;
  }

  private static final Set<String> LINKING = Set.of("is", "was", "are", "were", "stayed",
      "stays", "remained", "remains", "became", "becomes", "seemed", "seems");

  /** "Good information can still drive out bad, but only when “…”": a condition, not speech. */
  private static final Set<String> SUBORDINATORS = Set.of("when", "if", "because", "unless", "until");

  private static final Set<String> PREPOSITIONS = Set.of("to", "on", "for", "of", "about",
      "with", "in", "at", "from", "into");

  /** "Mayor Tomas Lind’s claim that …": the owner of the noun, or the mention itself. */
  Mention possessor(Mention m) {
    List<Token> t = doc.tagged(m.span().start(), m.span().end());
    for (int i = 1; i < t.size(); i++) {
      if (t.get(i).possessive()) {
        Mention owner = finder.afterWithAppositive(t.subList(0, i), 0);
        return owner == null ? m : owner;
      }
    }
    return m;
  }

  /**
   * "The Sanders campaign projects that “…”", "Clinton supports “…”": a final lower-case -s word
   * of the subject, before "that", an article or a quotation, is its verb, whatever the tagger said.
   */
  Mention withoutPredicate(Mention m, List<Token> head, int to) {
    if (m == null || m.isPronoun()) {
      return m;
    }
    int last = 0;
    while (last < head.size() && head.get(last).end() < m.span().end()) {
      last++;
    }
    if (last < 1 || last >= head.size() || head.get(last).end() != m.span().end()) {
      return m;
    }
    String w = head.get(last).text();
    boolean sForm = Character.isLowerCase(w.charAt(0)) && w.length() > 3 && w.endsWith("s") && !w.endsWith("ss");
    boolean object;
    if (last + 1 < head.size()) {
      Token next = head.get(last + 1);
      object = next.is("that") || next.quoteMark() || next.is("a") || next.is("an") || next.is("the");
    } else { // the words end at the quotation itself
      object = to < doc.text().length() && doc.text().substring(head.get(last).end(), to).isBlank()
          && "\"“„«‘'".indexOf(doc.text().charAt(to)) >= 0;
    }
    if (!sForm || !object) {
      return m;
    }
    List<Token> t = doc.tagged(head.get(0).start(), head.get(last).end());
    Mention shorter = t.size() < 2 ? null : finder.afterWithAppositive(t.subList(0, t.size() - 1), 0);
    return shorter == null ? m : shorter;
  }
}
