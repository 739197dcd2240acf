package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import java.util.List;

/**
 * "with Donald Trump tweeting that it was a “disaster” for Clinton and asking, “…”": a participle
 * after "and" that finds no subject of its own is coordinated with the participle before the
 * quotation before it in the sentence, and shares that participle's speaker.
 */
final class CoordinatedParticiple {
  private CoordinatedParticiple() {}

  /** Whether {@code q}'s participle cue {@code match} goes on from {@code previous}'s participle. */
  static boolean follows(DocumentView doc, Quotation previous, Attribution before, Quotation q, CueMatch match) {
    if (previous == null || before == null || before.speaker() == null || match == null || match.mention() != null
        || !match.construction().equals("participle") || !"participle".equals(before.construction())
        || !previous.sentence().equals(q.sentence()) || q.outer().start() < previous.outer().end()) {
      return false;
    }
    List<Token> between = doc.words(previous.outer().end(), q.outer().start());
    int i = between.size() - 1;
    while (i >= 0 && (between.get(i).is(",") || between.get(i).is(":"))) {
      i--;
    }
    return i >= 1 && between.get(i).is(match.cue()) && between.get(i - 1).is("and");
  }
}
