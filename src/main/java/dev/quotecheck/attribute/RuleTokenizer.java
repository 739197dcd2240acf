package dev.quotecheck.attribute;

import java.util.ArrayList;
import java.util.List;

/**
 * A fast tokenizer for the reporter's text where no part of speech is needed: words (with inner
 * apostrophes, hyphens and dots, as in {@code U.S.} or {@code Gantz}), a split-off possessive, and
 * single punctuation marks. Abbreviations with a final dot ({@code Sen.}, {@code J.}) keep it.
 */
final class RuleTokenizer {

  private RuleTokenizer() {}

  static List<Token> tokenize(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (!Character.isLetterOrDigit(c)) {
        int end = i + 1;
        if (c == '-' && end < to && text.charAt(end) == '-') {
          end++;
        }
        out.add(new Token(i, end, text.substring(i, end), null));
        i = end;
        continue;
      }
      int end = wordEnd(text, i, to);
      int possessive = possessiveStart(text, i, end);
      if (possessive > i) {
        out.add(new Token(i, possessive, text.substring(i, possessive), null));
        out.add(new Token(possessive, end, text.substring(possessive, end), null));
      } else {
        out.add(new Token(i, end, text.substring(i, end), null));
      }
      i = end;
    }
    return out;
  }

  private static int wordEnd(String text, int start, int to) {
    int i = start;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        i++;
      } else if ((c == '\'' || c == '’' || c == '-' || c == '.')
          && i + 1 < to
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    if (i < to && text.charAt(i) == '.' && abbreviation(text, start, i)) {
      i++;
    }
    return i;
  }

  /** A word that keeps its final dot: one letter, dotted letters ("U.S"), or a short capitalised title. */
  private static boolean abbreviation(String text, int start, int end) {
    int len = end - start;
    if (len == 1 || text.substring(start, end).contains(".")) {
      return true;
    }
    String w = text.substring(start, end);
    return len <= 4 && Character.isUpperCase(w.charAt(0)) && SpeakerNames.standard().isTitle(w);
  }

  private static int possessiveStart(String text, int start, int end) {
    if (end - start > 2) {
      char a = text.charAt(end - 2);
      char s = text.charAt(end - 1);
      if ((a == '\'' || a == '’') && (s == 's' || s == 'S')) {
        return end - 2;
      }
    }
    return -1;
  }
}
