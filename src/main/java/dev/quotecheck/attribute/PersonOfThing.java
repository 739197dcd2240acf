package dev.quotecheck.attribute;

import java.util.List;
import java.util.Locale;

/**
 * A name set off after a description of a person by the thing they serve ({@code Giovanni Maria
 * Vian, the editor in chief of the Vatican's official newspaper, L'Osservatore Romano, said}): the
 * inner name is the thing's ("newspaper"), so the speaker is the name before the description.
 */
final class PersonOfThing {
  /** How many words back from the description the comma after the person's name may be. */
  private static final int MAX_WORDS = 6;

  private PersonOfThing() {}

  /** The person's name before {@code m}, when {@code m} is such a description with a thing's name; else {@code m}. */
  static Mention speaker(List<Token> t, Mention m, MentionFinder finder) {
    if (m == null || m.kind() != Mention.Kind.NAME || m.role() == null || !m.text().startsWith(m.role() + ",")
        || !personOfThing(m.role())) {
      return m;
    }
    int start = CueWords.indexOf(t, m.span().start());
    for (int k = start - 1; k > 0 && start - k <= MAX_WORDS; k--) {
      Token tk = t.get(k);
      if (tk.terminator() || tk.quoteMark()) {
        return m;
      }
      if (tk.is(",")) {
        Mention name = finder.before(t, k, 0);
        return name != null && name.kind() == Mention.Kind.NAME && name.span().end() == t.get(k - 1).end() ? name : m;
      }
    }
    return m;
  }

  /** "the editor of the Vatican's official newspaper": a person noun before "of", a thing heading the phrase. */
  private static boolean personOfThing(String description) {
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    if (PhraseShapes.personWord(w[w.length - 1])) {
      return false;
    }
    for (int i = 0; i + 1 < w.length; i++) {
      if (w[i + 1].equals("of")) {
        return PhraseShapes.personWord(w[i]);
      }
    }
    return false;
  }
}
