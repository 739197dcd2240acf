package dev.quotecheck.attribute;

import java.util.List;

/**
 * "Because of how the map was drawn, explained Rosenberg, “…”": a speech verb after a comma whose
 * subject follows it, the name alone between the verb and the comma or colon that closes the
 * reporter's words before the quotation.
 */
final class InvertedCue {
  private InvertedCue() {
  }

  /**
   * The match for the cue at {@code cue} in {@code words} (the reporter's words up to the
   * quotation), or null when the words after it are not just a name and its closing mark.
   */
  static CueMatch at(DocumentView doc, MentionFinder finder, List<Token> words, int cue, String cueText) {
    int close = words.size() - 1;
    if (cue >= 1 && words.get(cue - 1).is(",") && close > cue + 1 && !words.get(close).is(",") && !words.get(close).is(":")) {
      return parenthetical(doc, finder, words, cue, cueText);
    }
    if (cue < 1 || !words.get(cue - 1).is(",") || close <= cue + 1
        || !(words.get(close).is(",") || words.get(close).is(":"))) {
      return null;
    }
    List<Token> t = doc.tagged(words.get(cue + 1).start(), words.get(close).end());
    Mention m = finder.after(t, 0);
    if (m == null || m.kind() == Mention.Kind.PRONOUN || m.span().end() != words.get(close - 1).end()) {
      return null;
    }
    return new CueMatch(m, cueText, words.get(close).is(":") ? "colon" : "x-said-quote", false);
  }

  /**
   * "The paradox of Nancy, says Carl Anthony, historian at …, is that she was “…”": a cue and a
   * name set off by commas inside the clause that goes on to the quotation.
   */
  private static CueMatch parenthetical(DocumentView doc, MentionFinder finder, List<Token> words, int cue,
      String cueText) {
    int comma = cue + 1;
    while (comma < words.size() && !words.get(comma).is(",")) {
      comma++;
    }
    if (comma >= words.size() - 1) {
      return null;
    }
    List<Token> t = doc.tagged(words.get(cue + 1).start(), words.get(comma).end());
    Mention m = finder.after(t, 0);
    if (m == null || m.kind() != Mention.Kind.NAME || m.span().end() != words.get(comma - 1).end()) {
      return null;
    }
    for (int i = comma + 1; i < words.size(); i++) {
      if (words.get(i).terminator() || DocumentView.QUOTE_TAG.equals(words.get(i).tag())) {
        return null;
      }
    }
    return new CueMatch(m, cueText, "x-said-quote", false);
  }
}
