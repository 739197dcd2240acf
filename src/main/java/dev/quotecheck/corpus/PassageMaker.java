package dev.quotecheck.corpus;

import dev.quotecheck.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Cuts passages out of a file: trims white space, splits text into paragraphs at blank lines and
 * splits overlong paragraphs at sentence ends, so no passage grows without bound.
 */
final class PassageMaker {
  /** Passages longer than this are split at a sentence end (retrieval and alignment stay cheap). */
  static final int MAX_PASSAGE = 3000;

  private final String path;
  private final String original;
  private final SourceMeta meta;
  private LineMap lines;

  PassageMaker(String path, String original, SourceMeta meta) {
    this.path = path;
    this.original = original;
    this.meta = meta;
  }

  String path() {
    return path;
  }

  int line(int offset) {
    if (lines == null) {
      lines = new LineMap(original);
    }
    return lines.line(offset);
  }

  /** A passage whose text is the original between the offsets, trimmed; null when blank. */
  Passage span(String speaker, int start, int end) {
    return span(speaker, original, start, end, IntUnaryOperator.identity());
  }

  /**
   * A passage whose text is {@code text[start, end)} trimmed, and whose offsets are those mapped
   * back to the original; null when blank.
   */
  Passage span(String speaker, String text, int start, int end, IntUnaryOperator toOriginal) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return null;
    }
    int os = toOriginal.applyAsInt(start);
    int oe = Math.max(os, toOriginal.applyAsInt(end - 1) + 1);
    return text(speaker, text.substring(start, end), os, oe, meta);
  }

  /** A passage with a given text (tags or escapes removed) at the given original offsets. */
  Passage text(String speaker, String text, int start, int end, SourceMeta m) {
    return new Passage(path, speaker, text, start, end, line(start), m.date(), m.source(), m.url());
  }

  /** The paragraphs of {@code text[from, to)} (blank-line separated), long ones split. */
  List<Passage> paragraphs(String speaker, String text, int from, int to, IntUnaryOperator toOriginal) {
    List<Passage> out = new ArrayList<>();
    int paraStart = -1;
    int i = from;
    while (i < to) {
      int lineEnd = i;
      while (lineEnd < to && text.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      boolean blank = text.substring(i, lineEnd).isBlank();
      if (blank && paraStart >= 0) {
        split(speaker, text, paraStart, i, toOriginal, out);
        paraStart = -1;
      } else if (!blank && paraStart < 0) {
        paraStart = i;
      }
      i = lineEnd + 1;
    }
    if (paraStart >= 0) {
      split(speaker, text, paraStart, to, toOriginal, out);
    }
    return out;
  }

  List<Passage> paragraphs(String speaker, int from, int to) {
    return paragraphs(speaker, original, from, to, IntUnaryOperator.identity());
  }

  private void split(String speaker, String text, int start, int end, IntUnaryOperator map, List<Passage> out) {
    while (end - start > MAX_PASSAGE) {
      int cut = sentenceEnd(text, start + MAX_PASSAGE / 2, start + MAX_PASSAGE);
      add(out, span(speaker, text, start, cut, map));
      start = cut;
    }
    add(out, span(speaker, text, start, end, map));
  }

  /** The last sentence end (or space) in {@code (from, to]}, else {@code to}. */
  private static int sentenceEnd(String text, int from, int to) {
    int space = -1;
    for (int i = to - 1; i > from; i--) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        char p = text.charAt(i - 1);
        if (p == '.' || p == '?' || p == '!') {
          return i;
        }
        if (space < 0) {
          space = i;
        }
      }
    }
    return space > 0 ? space : to;
  }

  private static void add(List<Passage> out, Passage p) {
    if (p != null) {
      out.add(p);
    }
  }
}
