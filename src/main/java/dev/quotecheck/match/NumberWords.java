package dev.quotecheck.match;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds runs of number words into one number token, so {@code three} = {@code 3} and {@code two
 * hundred thousand} = {@code 200000}; a digit number followed by scale words ({@code 20 million})
 * folds too, so both ways of writing it compare equal.
 */
final class NumberWords {

  private NumberWords() {}

  static List<Token> combine(List<Token> tokens, Lexicon lexicon) {
    List<Token> out = new ArrayList<>(tokens.size());
    int i = 0;
    while (i < tokens.size()) {
      int end = runEnd(tokens, i, lexicon);
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

  /** End of a run of number words starting at i (i itself when there is none). */
  private static int runEnd(List<Token> tokens, int i, Lexicon lexicon) {
    Token first = tokens.get(i);
    int j = i;
    if (first.kind() == Token.Kind.NUMBER && isInteger(first.norm())) {
      j = i + 1;
      while (j < tokens.size() && isWordKind(tokens.get(j)) && lexicon.isScale(tokens.get(j).norm())) {
        j++;
      }
      return j == i + 1 ? i : j;
    }
    while (j < tokens.size() && isWordKind(tokens.get(j)) && lexicon.numberWord(tokens.get(j).norm()) != null) {
      if (j == i && lexicon.isScale(tokens.get(j).norm())) {
        break; // "hundreds", "a million" start with no count: leave as words
      }
      j++;
    }
    return j;
  }

  private static Token fold(List<Token> run, Lexicon lexicon) {
    long total = 0;
    long current = 0;
    for (Token t : run) {
      if (t.kind() == Token.Kind.NUMBER) {
        current = Long.parseLong(t.norm());
        continue;
      }
      long v = lexicon.numberWord(t.norm());
      if (lexicon.isScale(t.norm())) {
        current = (current == 0 ? 1 : current) * v;
        if (v >= 1000) {
          total += current;
          current = 0;
        }
      } else {
        current += v;
      }
    }
    Token first = run.get(0);
    Token last = run.get(run.size() - 1);
    return new Token(Long.toString(total + current), first.start(), last.end(), Token.Kind.NUMBER, false);
  }

  private static boolean isWordKind(Token t) {
    return t.kind() == Token.Kind.WORD;
  }

  private static boolean isInteger(String s) {
    return !s.isEmpty() && s.length() < 13 && s.chars().allMatch(Character::isDigit);
  }
}
