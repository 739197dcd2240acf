package dev.quotecheck.attribute;

import dev.quotecheck.text.Span;

/**
 * Who said a quotation, and what that rests on.
 *
 * @param speaker the canonical speaker name, or null when nobody is credited
 * @param mention the name, pronoun or description in the text (reading-text offsets), or null
 * @param mentionText the mention as written, or null
 * @param cue the speech verb or construction word ({@code said}, {@code according to}, ...), or null
 * @param construction a short label of the construction ({@code quote-said-x}, {@code pronoun}, ...)
 * @param confidence 0..1
 */
public record Attribution(
    String speaker, Span mention, String mentionText, String cue, String construction, double confidence) {

  public Attribution {
    if (confidence < 0 || confidence > 1 || Double.isNaN(confidence)) {
      throw new IllegalArgumentException("confidence outside 0..1: " + confidence);
    }
    if ((mention == null) != (mentionText == null)) {
      throw new IllegalArgumentException("mention and mentionText go together");
    }
  }

  /** No speaker: a scare quote or a quotation nobody in the text is credited with. */
  public static Attribution none(double confidence, String construction) {
    return new Attribution(null, null, null, null, construction, confidence);
  }
}
