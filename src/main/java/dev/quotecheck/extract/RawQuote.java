package dev.quotecheck.extract;

import java.util.List;

/**
 * A pair of marks (or a recovered opening mark) before spans are trimmed and nested.
 *
 * @param open offset of the opening mark, or the content start when it has none (recovered)
 * @param contentStart first offset after the opening mark
 * @param contentEnd end of the content (the closing mark's offset, or the recovered end)
 * @param outerEnd end of the quotation including its closing mark, if any
 * @param continuationMarks offsets of the opening marks that start each further paragraph
 * @param warnings what was recovered
 */
record RawQuote(
    int open, int contentStart, int contentEnd, int outerEnd, List<Integer> continuationMarks, List<String> warnings) {
  RawQuote {
    if (open < 0 || contentStart < open || contentEnd < contentStart || outerEnd < contentEnd) {
      throw new IllegalArgumentException("bad quote " + open + " " + contentStart + " " + contentEnd + " " + outerEnd);
    }
    continuationMarks = List.copyOf(continuationMarks);
    warnings = List.copyOf(warnings);
  }
}
