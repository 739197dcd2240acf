package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits reading text into paragraphs: blank lines separate them. A text with no blank line
 * between its lines at all (one paragraph a line) has each line as a paragraph.
 */
final class Paragraphs {

  private Paragraphs() {}

  static List<Span> split(String text) {
    boolean blankLines = hasBlankLine(text);
    List<Span> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (text.charAt(i) != '\n') {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isBlank(text.charAt(j)) && text.charAt(j) != '\n') {
        j++;
      }
      boolean breaks = !blankLines || (j < n && text.charAt(j) == '\n');
      if (breaks) {
        add(out, text, start, i);
        while (j < n && isBlank(text.charAt(j))) {
          j++;
        }
        start = j;
      }
      i = j;
    }
    add(out, text, start, n);
    return out;
  }

  private static boolean hasBlankLine(String text) {
    int i = text.indexOf('\n');
    while (i >= 0) {
      int j = i + 1;
      while (j < text.length() && isBlank(text.charAt(j)) && text.charAt(j) != '\n') {
        j++;
      }
      if (j < text.length() && text.charAt(j) == '\n') {
        return true;
      }
      i = text.indexOf('\n', j);
    }
    return false;
  }

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
