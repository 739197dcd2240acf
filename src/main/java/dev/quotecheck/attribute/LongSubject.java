package dev.quotecheck.attribute;

import java.util.List;

/**
 * "“…,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper, told POLITICO": after a
 * quotation closed by a comma (or ? or !), everything up to the verb is the verb's subject when it
 * is a noun phrase, however long: titles, "of" phrases and an appositive set off by commas, but no
 * verb, pronoun or subordinate clause of its own.
 */
final class LongSubject {
  /** Longest subject read this way, in tokens. */
  private static final int MAX_TOKENS = 25;

  private LongSubject() {}

  /**
   * The subject of the cue at {@code tc}, reading the tagged tokens {@code t} from {@code tl} (the
   * first word after the quotation), or null when they are no plain noun phrase.
   */
  static Mention of(List<Token> t, int tl, int tc, MentionFinder finder) {
    if (tc - tl < 2 || tc - tl > MAX_TOKENS || t.get(tl).tagged("ADP") || t.get(tl).tagged("CCONJ")) {
      return null;
    }
    for (int i = tl; i < tc; i++) {
      Token k = t.get(i);
      boolean possessive = k.tagged("PRON") && (k.is("his") || k.is("her") || k.is("its") || k.is("their"));
      if (k.terminator() && !titleDot(t, i) || k.quoteMark() || k.tagged("VERB") || k.tagged("AUX") || k.tagged("SCONJ")
          || k.tagged("PRON") && !possessive) {
        return null;
      }
    }
    if (!t.get(tc - 1).isWord() && !t.get(tc - 1).is(",")) {
      return null;
    }
    Mention near = finder.before(t, tc, tl);
    int beforeNear = near == null ? -1 : CueWords.indexOf(t, near.span().start()) - 1;
    boolean fullName = near != null && near.kind() == Mention.Kind.NAME && near.name() != null
        && near.name().contains(" ");
    if (near != null && near.kind() == Mention.Kind.NAME && (fullName || beforeNear > tl && t.get(beforeNear).is(","))) {
      // "…'s chief of staff, Joe Kasper, told", "Fight for $15 organizing director Kendall Fells
      // told": the person's name nearest the verb
      return near;
    }
    Mention head = finder.after(t, tl);
    return head == null || head.isPronoun() ? null : head;
  }

  /** The dot of a title the tokenizer split off ("California Rep. Duncan Hunter"): no sentence end. */
  private static boolean titleDot(List<Token> t, int i) {
    if (i == 0 || i + 1 >= t.size() || !t.get(i).is(".")) {
      return false;
    }
    Token title = t.get(i - 1);
    return title.end() == t.get(i).start() && title.capitalized() && t.get(i + 1).capitalized()
        && SpeakerNames.standard().isTitle(title.text());
  }
}
