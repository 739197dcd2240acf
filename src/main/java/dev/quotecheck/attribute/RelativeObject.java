package dev.quotecheck.attribute;

import java.util.List;

/**
 * "Morial forcefully told a young woman who suggested that some people may not vote that “…”":
 * a relative clause on the object of an outer cue, whose own cue already has its "that" clause;
 * the second "that", right before the quotation, is the outer cue's.
 */
final class RelativeObject {
  private RelativeObject() {}

  /**
   * Whether the cue at {@code cue} (of {@code words}, which end at the quotation) belongs to a
   * relative clause on the object of an earlier cue, and the quotation to that earlier cue.
   */
  static boolean insideOuterCue(List<Token> words, int cue, Mention subject, CueWords cueWords) {
    if (!subject.text().endsWith(" who") || words.size() < cue + 4 || !words.get(words.size() - 1).is("that")
        || !words.get(cue + 1).is("that")) {
      return false;
    }
    int start = CueWords.indexOf(words, subject.span().start());
    return start > 0 && cueWords.isCueToken(words, start - 1);
  }
}
