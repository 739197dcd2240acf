package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import java.util.List;
import java.util.Set;

/**
 * A passive naming verb whose agent follows the quotation: {@code has been called “strategic
 * ambiguity” by Joshua Hendrick}, {@code often labeled as a “witch hunt” by Democrats}. The agent
 * after "by" coined the words; the clause's subject is only what was so named.
 */
final class PassiveAgent {
  /** Verbs that give something a name or a description in the quoted words. */
  private static final Set<String> NAMING = Set.of("called", "labeled", "labelled", "dubbed", "branded", "termed",
      "described", "nicknamed", "characterized");
  /** Words that may stand between the verb and the quotation ("labeled as a “…”"). */
  private static final Set<String> BETWEEN = Set.of("as", "a", "an", "the");
  private static final int BEFORE_CHARS = 60;
  private static final int AGENT_CHARS = 120;

  private PassiveAgent() {}

  /** Whether a lower-case word is one of the naming verbs. */
  static boolean naming(String lower) {
    return NAMING.contains(lower);
  }

  static CueMatch of(DocumentView doc, MentionFinder finder, Quotation q) {
    int para = doc.paragraph(q.outer().start()).start();
    List<Token> before = doc.words(Math.max(para, q.outer().start() - BEFORE_CHARS), q.outer().start());
    int v = before.size() - 1;
    while (v >= 0 && BETWEEN.contains(before.get(v).lower())) {
      v--;
    }
    if (v < 0 || !NAMING.contains(before.get(v).lower())) {
      return null;
    }
    int end = Math.min(doc.paragraph(Math.max(q.outer().start(), q.outer().end() - 1)).end(), q.outer().end() + AGENT_CHARS);
    List<Token> after = doc.words(q.outer().end(), Math.max(q.outer().end(), end));
    int by = 0;
    while (by < after.size() && (after.get(by).is(",") || after.get(by).quoteMark())) {
      by++;
    }
    if (by + 1 >= after.size() || !after.get(by).is("by")) {
      return null;
    }
    List<Token> t = doc.tagged(after.get(by + 1).start(), after.get(after.size() - 1).end());
    Mention m = finder.afterWithAppositive(t, 0);
    if (m == null || m.isPronoun() || m.kind() != Mention.Kind.NAME && PhraseShapes.thingDescription(m)) {
      return null; // "called “a disaster” by any measure"
    }
    return new CueMatch(m, before.get(v).text(), "described-as", false);
  }
}
