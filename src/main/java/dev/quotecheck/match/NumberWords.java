package dev.quotecheck.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds runs of number words below a thousand into one number token, so {@code three} = {@code 3}
 * and {@code two hundred fifty} = {@code 250}.
 */
final class NumberWords {

  private NumberWords() {}

  /**
   * @param text the string the tokens were read from: number words join only across white space
   *     or a hyphen, never across punctuation or an ellipsis that tokenising dropped
   */
  static List<Token> combine(String text, List<Token> tokens, Lexicon lexicon) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int end = runEnd(text, tokens, i, lexicon);
      if (end == i) {
        out.add(tokens.get(i));
        i++;
        continue;
      }
      out.add(fold(tokens.subList(i, end), lexicon));
      i = end;
    }
    return out;
  }

  /**
   * End of a run of number words starting at i (i itself when there is none). Large scale words
   * ({@code thousand}, {@code million}) end a run and stay words, so {@code 27 million} and {@code
   * twenty-seven million} both read 27, million, and a quotation cut between them still aligns.
   */
  private static int runEnd(String text, List<Token> tokens, int i, Lexicon lexicon) {
    int j = i;
    while (j < tokens.size() && isNumberWord(tokens.get(j), lexicon)
        && (j == i || joined(text, tokens.get(j - 1), tokens.get(j)))) {
      if (j == i && lexicon.isScale(tokens.get(j).norm())) {
        break; // "hundreds", "a hundred" start with no count: leave as words
      }
      j++;
    }
    return j;
  }

  /** Whether only white space or a hyphen stands between two tokens ("twenty-four", "two hundred"). */
  private static boolean joined(String text, Token a, Token b) {
    for (int k = a.end(); k < b.start(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c) && c != '-' && c != '\u2010' && c != '\u2011') {
        return false;
      }
    }
    return true;
  }

  private static boolean isNumberWord(Token t, Lexicon lexicon) {
    Long v = t.kind() == Token.Kind.WORD ? lexicon.numberWord(t.norm()) : null;
    return v != null && v < 1000;
  }

  private static Token fold(List<Token> run, Lexicon lexicon) {
    long value = 0;
    for (Token t : run) {
      long v = lexicon.numberWord(t.norm());
      value = lexicon.isScale(t.norm()) ? (value == 0 ? 1 : value) * v : value + v;
    }
    Token first = run.get(0);
    Token last = run.get(run.size() - 1);
    return new Token(Long.toString(value), first.start(), last.end(), Token.Kind.NUMBER, false);
  }
}
