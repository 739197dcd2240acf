package dev.quotecheck.match;

import java.text.Normalizer.Form;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits text into normalised {@link Token}s that keep their offsets in the original string:
 * Unicode NFKC, lower case, every quote, dash and apostrophe style alike, contractions expanded,
 * numbers as digits. Each word is normalised on its own so offsets stay exact. Thread-safe.
 */
public final class Normalizer {

  private static final int MAX_BRACKET = 80;

  private final Lexicon lexicon;

  public Normalizer(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** A normalizer over the bundled word lists. */
  public static Normalizer standard() {
    return new Normalizer(Lexicon.standard());
  }

  /**
   * Tokens of a quotation as a draft writes it: {@code [brackets]} become {@link
   * Token.Kind#WILDCARD} and ellipses ({@code ...}, {@code …}, {@code . . .}) {@link
   * Token.Kind#ELLIPSIS} tokens.
   */
  public List<Token> draft(String text) {
    return tokens(text, true);
  }

  /** Tokens of source material: bracketed notes such as {@code [crosstalk 00:08:48]} are skipped. */
  public List<Token> source(String text) {
    return tokens(text, false);
  }

  private List<Token> tokens(String s, boolean draft) {
    List<Token> raw = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int ellipsis = ellipsisLength(s, i);
      if (ellipsis > 0) {
        if (draft) {
          raw.add(new Token("...", i, i + ellipsis, Token.Kind.ELLIPSIS, false));
        }
        i += ellipsis;
      } else if (c == '[' && letterBracketEnd(s, i) > 0 && letterBracketEnd(s, i) < n && Character.isLetter(s.charAt(letterBracketEnd(s, i)))) {
        // "[w]e": a letter changed in brackets is part of the word
        int end = wordEnd(s, i);
        raw.add(word(s, i, end));
        i = end;
      } else if (c == '[') {
        int close = s.indexOf(']', i);
        if (close > 0 && close - i <= MAX_BRACKET) {
          if (draft) {
            raw.add(new Token(fold(s.substring(i, close + 1)), i, close + 1, Token.Kind.WILDCARD, false));
          }
          i = close + 1;
        } else {
          i++;
        }
      } else if (Character.isLetterOrDigit(s.codePointAt(i))) { // a word starts with a letter or digit, never a lone mark
        int end = wordEnd(s, i);
        raw.add(word(s, i, end));
        i = end;
      } else if (c == '%' && !raw.isEmpty() && raw.get(raw.size() - 1).end() == i) {
        raw.add(new Token("percent", i, i + 1, Token.Kind.WORD, false));
        i++;
      } else {
        i++;
      }
    }
    return expand(NumberWords.combine(s, raw, lexicon));
  }

  private Token word(String s, int start, int end) {
    String w = fold(s.substring(start, end).replace("[", "").replace("]", ""));
    if (Character.isDigit(w.charAt(0)) && w.chars().allMatch(ch -> Character.isDigit(ch) || ch == ',' || ch == '.')) {
      return new Token(w.replace(",", ""), start, end, Token.Kind.NUMBER, false);
    }
    return new Token(w, start, end, Token.Kind.WORD, false);
  }

  private List<Token> expand(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size() + 4);
    for (Token t : tokens) {
      List<String> parts = t.kind() == Token.Kind.WORD ? lexicon.expand(t.norm()) : null;
      if (parts == null) {
        out.add(t);
      } else {
        for (String p : parts) {
          out.add(new Token(p, t.start(), t.end(), Token.Kind.WORD, true));
        }
      }
    }
    return out;
  }

  /** NFKC, lower case, one apostrophe style, and dashes and quote marks as plain ASCII. */
  static String fold(String text) {
    if (isPlainAsciiWord(text)) {
      return text.toLowerCase(Locale.ROOT); // the common case: nothing for NFKC to do
    }
    String n = java.text.Normalizer.normalize(text, Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(n.length());
    for (int k = 0; k < n.length(); k++) {
      char c = n.charAt(k);
      if (isApostrophe(c)) {
        b.append('\'');
      } else if (Character.getType(c) == Character.DASH_PUNCTUATION) {
        b.append('-');
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      } else {
        b.append(c);
      }
    }
    return b.toString().strip();
  }

  private static boolean isPlainAsciiWord(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '\'' || c == ',' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’' || c == 'ʼ' || c == '‘' || c == '′' || c == '`' || c == 'ʹ';
  }

  private static boolean isWordChar(String s, int i) {
    int cp = s.codePointAt(i);
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return i > 0 && (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK);
  }

  /** End of the word at {@code start}: letters, digits and marks, apostrophes between letters, separators between digits. */
  private static int wordEnd(String s, int start) {
    int i = start;
    int n = s.length();
    while (i < n) {
      if (isWordChar(s, i)) {
        i += Character.charCount(s.codePointAt(i));
        continue;
      }
      char c = s.charAt(i);
      int bracket = c == '[' ? letterBracketEnd(s, i) : -1;
      if (bracket > 0 && (i > start || bracket < n && Character.isLetter(s.charAt(bracket)))) {
        i = bracket;
        continue;
      }
      boolean inner = i + 1 < n && i > start;
      if (inner && isApostrophe(c) && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) {
        i++;
      } else if (inner && (c == ',' || c == '.') && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** End of a bracket holding one to three letters ({@code [w]}) at {@code i}, or -1. */
  private static int letterBracketEnd(String s, int i) {
    int j = i + 1;
    while (j < s.length() && j - i <= 3 && Character.isLetter(s.charAt(j))) {
      j++;
    }
    return j > i + 1 && j < s.length() && s.charAt(j) == ']' ? j + 1 : -1;
  }

  /** Length of an ellipsis at {@code i} ({@code …}, three or more dots, or {@code . . .}), else 0. */
  static int ellipsisLength(String s, int i) {
    char c = s.charAt(i);
    if (c == '…') {
      return 1;
    }
    if (c != '.') {
      return 0;
    }
    int j = i;
    int dots = 0;
    while (j < s.length() && s.charAt(j) == '.') {
      j++;
      dots++;
    }
    if (dots >= 3) {
      return j - i;
    }
    // ". . ." with single spaces (or no-break spaces) between the dots
    j = i;
    dots = 0;
    int end = i;
    while (j < s.length() && s.charAt(j) == '.') {
      dots++;
      end = j + 1;
      if (j + 2 < s.length() && Character.isSpaceChar(s.charAt(j + 1)) && s.charAt(j + 2) == '.') {
        j += 2;
      } else {
        break;
      }
    }
    return dots >= 3 ? end - i : 0;
  }
}
