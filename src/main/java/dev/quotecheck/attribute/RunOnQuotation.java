package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;

/**
 * "“The stereotyping is still strong here,” he said. “They think every Arab … ⏎ “And they still
 * believe that we use camels,” he said.": a quotation that opens a sentence right after a credited
 * quotation in its paragraph and runs on over later paragraphs goes on in the voice credited
 * before it; the he or she cue after its last paragraph belongs to that last paragraph.
 */
final class RunOnQuotation {
  private RunOnQuotation() {}

  static boolean keepsSpeakerBefore(DocumentView doc, Quotation previous, Attribution before, Quotation q,
      CueMatch post) {
    if (previous == null || before == null || before.speaker() == null || before.mention() == null
        || post == null || post.mention() == null || !post.mention().isPronoun()) {
      return false; // "“…,” added Rep. Jim Clyburn": a name after the last paragraph may be a new voice
    }
    int p = doc.paragraphIndex(q.outer().start());
    if (doc.paragraphIndex(previous.outer().start()) != p
        || doc.paragraphIndex(post.mention().span().start()) <= p) {
      return false;
    }
    return closedBetween(doc.text(), previous.outer().end(), q.outer().start());
  }

  /** Whether the reporter's words between two quotations end their sentence (", he said. "). */
  private static boolean closedBetween(String text, int from, int to) {
    for (int i = Math.min(to, text.length()) - 1; i >= Math.max(0, from); i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        return true;
      }
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return false;
  }
}
