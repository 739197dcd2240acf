package dev.quotecheck.match;

import java.util.List;

/** Shows a run of tokens as the original wrote it. */
final class Texts {

  private Texts() {}

  /**
   * The original text of tokens {@code [a, b)} of {@code all}, punctuation between them included.
   * When the run holds only part of a contraction ({@code don't} split as do + not), that part is
   * shown as its normalised word instead.
   */
  static String display(String original, List<Token> all, int a, int b) {
    if (a >= b) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int i = a;
    int copyFrom = -1;
    int copyTo = -1;
    while (i < b) {
      Token t = all.get(i);
      int groupStart = i;
      while (groupStart > 0 && all.get(groupStart - 1).sameSpan(t)) {
        groupStart--;
      }
      int groupEnd = i + 1;
      while (groupEnd < all.size() && all.get(groupEnd).sameSpan(t)) {
        groupEnd++;
      }
      if (groupStart >= a && groupEnd <= b) {
        if (copyFrom < 0) {
          copyFrom = t.start();
        }
        copyTo = t.end();
        i = groupEnd;
      } else {
        flush(out, original, copyFrom, copyTo);
        copyFrom = -1;
        int stop = Math.min(groupEnd, b);
        for (int k = i; k < stop; k++) {
          append(out, all.get(k).norm());
        }
        i = stop;
      }
    }
    flush(out, original, copyFrom, copyTo);
    return out.toString();
  }

  private static void flush(StringBuilder out, String original, int from, int to) {
    if (from >= 0) {
      append(out, original.substring(from, to));
    }
  }

  private static void append(StringBuilder out, String s) {
    if (out.length() > 0) {
      out.append(' ');
    }
    out.append(s);
  }
}
