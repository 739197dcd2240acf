package dev.quotecheck.attribute;

import java.util.Locale;

/**
 * A word or punctuation mark of the reporter's text, with reading-text offsets.
 *
 * @param tag the Universal Dependencies part of speech ({@code PROPN}, {@code VERB}, ...) when the
 *     token came from the tagger, or null for rule-based tokens
 */
record Token(int start, int end, String text, String tag) {

  Token {
    if (start < 0 || end < start || text == null || text.isEmpty()) {
      throw new IllegalArgumentException("bad token " + text + " [" + start + "," + end + ")");
    }
  }

  String lower() {
    return text.toLowerCase(Locale.ROOT);
  }

  boolean isWord() {
    return Character.isLetterOrDigit(text.charAt(0));
  }

  boolean capitalized() {
    return Character.isUpperCase(text.charAt(0));
  }

  boolean is(String s) {
    return text.equalsIgnoreCase(s);
  }

  /** Whether the tagger gave this tag (combined tags such as {@code PROPN+PART} count for both). */
  boolean tagged(String t) {
    return tag != null && (tag.equals(t) || tag.startsWith(t + "+") || tag.endsWith("+" + t));
  }

  /** Sentence-ending punctuation. */
  boolean terminator() {
    return text.equals(".") || text.equals("!") || text.equals("?");
  }

  boolean dash() {
    return text.equals("—") || text.equals("–") || text.equals("―") || text.equals("-") || text.equals("--");
  }

  boolean quoteMark() {
    // a lone apostrophe tagged as a clitic is the possessive of "Sanders'", not a mark
    return text.length() == 1 && "\"“”„«»‹›「」'‘’".indexOf(text.charAt(0)) >= 0 && !"PART".equals(tag);
  }

  /** Possessive ending split off a name ({@code ’s}). */
  boolean possessive() {
    return text.equals("'s") || text.equals("’s") || text.equals("'") || text.equals("’");
  }
}
