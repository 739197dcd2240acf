package dev.quotecheck.attribute;

import dev.quotecheck.text.Span;
import java.util.List;
import java.util.regex.Pattern;

/** Groups of people as a participle's subject: "with many marchers and spectators chanting “…”". */
final class Crowds {
  private Crowds() {}

  private static final Pattern AGENT_PLURAL = Pattern.compile("\\p{L}{3,}(?:er|or|ist|ant)s");

  /** A phrase headed by a person noun or a plural agent noun ("marchers", "spectators", "protesters"). */
  static boolean people(Mention m) {
    String head = PhraseShapes.headWord(m.text());
    return SpeakerNaming.isPersonNoun(head) || AGENT_PLURAL.matcher(head).matches();
  }

  /**
   * "with many marchers and spectators": the conjuncts joined by the "and" before {@code last}
   * (token {@code lastStart}) after "with", as one mention when both name people ("the flags and
   * the banners" do not); otherwise null.
   */
  static Mention withConjuncts(String text, MentionFinder finder, List<Token> t, int lastStart, Mention last) {
    if (lastStart < 2) {
      return null;
    }
    Mention first = finder.before(t, lastStart - 1, 0);
    int f = first == null || first.isPronoun() ? -1 : CueWords.indexOf(t, first.span().start());
    if (f <= 0 || !t.get(f - 1).is("with") || !(people(first) && people(last))) {
      return null;
    }
    Span both = new Span(first.span().start(), last.span().end());
    return new Mention(both, both.of(text), Mention.Kind.DESCRIPTION, null, "");
  }
}
