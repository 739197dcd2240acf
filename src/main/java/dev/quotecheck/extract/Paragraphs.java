package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits reading text into paragraphs. Where line breaks are soft (Markdown, HTML source, plain
 * text hard-wrapped at a fixed width) only blank lines separate paragraphs; in other plain text
 * (news copy: one paragraph a line) every line break does.
 */
final class Paragraphs {

  private Paragraphs() {}

  static List<Span> split(String text, boolean softLineBreaks) {
    boolean soft = softLineBreaks || looksHardWrapped(text);
    List<Span> out = new ArrayList<>();
    int start = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      i = text.indexOf('\n', i);
      if (i < 0) {
        break;
      }
      int j = i + 1;
      while (j < n && isBlank(text.charAt(j)) && text.charAt(j) != '\n') {
        j++;
      }
      if (!soft || (j < n && text.charAt(j) == '\n')) {
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

  /** Most lines that another line follows are 40 to 100 characters long: a fixed-width wrap. */
  static boolean looksHardWrapped(String text) {
    int wrapped = 0;
    int followed = 0;
    int lineStart = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', lineStart)) {
      int next = i + 1;
      boolean nextBlank = true;
      for (int k = next; k < text.length() && text.charAt(k) != '\n'; k++) {
        if (!isBlank(text.charAt(k))) {
          nextBlank = false;
          break;
        }
      }
      int length = i - lineStart;
      if (length > 0 && !nextBlank && !text.substring(lineStart, i).isBlank()) {
        followed++;
        if (length >= 40 && length <= 100) {
          wrapped++;
        }
      }
      lineStart = next;
    }
    return followed >= 3 && wrapped * 5 >= followed * 4;
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
