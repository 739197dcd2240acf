package dev.quotecheck.text;

/**
 * Maps offsets in a document's reading text back to UTF-16 offsets in the original file. Plain
 * text and Markdown keep every character in place, so their map is the identity; HTML needs a
 * table.
 */
public interface OffsetMap {

  OffsetMap IDENTITY = offset -> offset;

  /** The original offset of the reading-text character at {@code textOffset}. */
  int toOriginal(int textOffset);

  /** The smallest original span that covers a non-empty reading-text span. */
  default Span toOriginal(Span span) {
    if (span.isEmpty()) {
      int at = toOriginal(span.start());
      return new Span(at, at);
    }
    int start = toOriginal(span.start());
    int end = toOriginal(span.end() - 1) + 1;
    return new Span(start, Math.max(start, end));
  }

  /** A table-backed map; {@code table[i]} is the original offset of reading character i. */
  static OffsetMap of(int[] table, int originalLength) {
    return offset -> offset < table.length ? table[offset] : originalLength;
  }
}
