package dev.quotecheck.attribute;

import java.util.List;

/**
 * "A woman who works at the plant said", "Voters who attended the rally in Ames said": a relative
 * clause with no commas between a subject and its verb; the phrase right before the verb is the
 * clause's object, and the subject is the phrase before "who".
 */
final class RestrictiveRelative {
  /** How many tokens a relative clause between subject and verb may span. */
  private static final int REACH = 16;

  private RestrictiveRelative() {}

  /** The subject before a relative clause that {@code found} ends, or {@code found} itself. */
  static Mention subject(List<Token> t, Mention found, int floor, MentionFinder finder) {
    if (found == null || found.isPronoun() || found.text().endsWith(" who")) {
      return found;
    }
    int start = CueWords.indexOf(t, found.span().start());
    for (int i = start - 1; i > floor && start - i <= REACH; i--) {
      Token k = t.get(i);
      if (k.is(",") || k.terminator() || k.dash() || k.quoteMark() || DocumentView.QUOTE_TAG.equals(k.tag())) {
        return found;
      }
      if (k.is("who")) {
        Mention antecedent = finder.before(t, i, floor);
        return antecedent == null || antecedent.isPronoun() ? found : antecedent;
      }
    }
    return found;
  }
}
