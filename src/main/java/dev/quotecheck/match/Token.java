package dev.quotecheck.match;

import java.util.Objects;

/**
 * One normalised word of a quotation or passage, with where it came from.
 *
 * @param norm the word as matching compares it: NFKC, lower case, straight apostrophes, a number
 *     as digits ({@code three} and {@code 3} are both {@code 3}), a contraction part expanded
 * @param start UTF-16 offset of the word in the original string; the parts of one contraction
 *     ({@code don't} = do + not) share the contraction's span
 * @param end end offset, exclusive
 * @param kind word, number, editorial bracket or ellipsis
 * @param contracted whether this is part of an expanded contraction
 */
public record Token(String norm, int start, int end, Kind kind, boolean contracted) {

  /** What a token stands for in alignment. */
  public enum Kind {
    WORD,
    NUMBER,
    /** A draft's {@code [bracketed]} insertion or replacement: matches a few source words or none. */
    WILDCARD,
    /** A draft's ellipsis: matches any stretch of source words, in order. */
    ELLIPSIS
  }

  public Token {
    Objects.requireNonNull(norm, "norm");
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }
  }

  /** Whether the token is one of the quotation's words (not a bracket or an ellipsis). */
  public boolean isWord() {
    return kind == Kind.WORD || kind == Kind.NUMBER;
  }

  /** Whether {@code other} comes from the same stretch of the original (one contraction). */
  public boolean sameSpan(Token other) {
    return start == other.start && end == other.end;
  }
}
