package dev.quotecheck.match;

import dev.quotecheck.corpus.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * One or more passages of the same file and speaker, in order, as one token list for alignment;
 * token offsets are relative to their own passage's text.
 */
final class SourceText {

  private final List<Passage> passages;
  private final List<Token> tokens;
  private final int[] passageOf;

  private SourceText(List<Passage> passages, List<Token> tokens, int[] passageOf) {
    this.passages = passages;
    this.tokens = tokens;
    this.passageOf = passageOf;
  }

  static SourceText of(List<Passage> passages, PassageTokens normalized) {
    if (passages.size() == 1) {
      List<Token> tokens = normalized.of(passages.get(0));
      return new SourceText(List.copyOf(passages), tokens, new int[tokens.size()]);
    }
    List<Token> tokens = new ArrayList<>();
    List<Integer> owner = new ArrayList<>();
    for (int p = 0; p < passages.size(); p++) {
      for (Token t : normalized.of(passages.get(p))) {
        tokens.add(t);
        owner.add(p);
      }
    }
    int[] passageOf = owner.stream().mapToInt(Integer::intValue).toArray();
    return new SourceText(List.copyOf(passages), tokens, passageOf);
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Passage> passages() {
    return passages;
  }

  Passage passageOf(int token) {
    return passages.get(passageOf[token]);
  }

  /** Whether source tokens i and j lie in different passages. */
  boolean crossesPassage(int i, int j) {
    return passageOf[i] != passageOf[j];
  }

  /** The original words of source tokens {@code [from, to)}, passage by passage. */
  String display(int from, int to) {
    StringBuilder out = new StringBuilder();
    int i = from;
    while (i < to) {
      int p = passageOf[i];
      int end = i;
      while (end < to && passageOf[end] == p) {
        end++;
      }
      List<Token> own = ownTokens(p);
      int offset = firstTokenOf(p);
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Texts.display(passages.get(p).text(), own, i - offset, end - offset));
      i = end;
    }
    return out.toString();
  }

  /**
   * Where source tokens {@code [from, to)} stand in the corpus file: exact offsets and line when the
   * passage text is the file's text at its offsets, else the whole passage.
   */
  Located locate(int from, int to) {
    Passage first = passages.get(passageOf[from]);
    Passage last = passages.get(passageOf[to - 1]);
    Token a = tokens.get(from);
    Token b = tokens.get(to - 1);
    if (first != last) {
      return new Located(first, display(from, to), first.start() + a.start(), last.start() + b.end(), lineOf(first, a.start()));
    }
    if (first.text().length() != first.end() - first.start()) {
      return new Located(first, first.text(), first.start(), first.end(), first.line());
    }
    return new Located(
        first, first.text().substring(a.start(), b.end()), first.start() + a.start(), first.start() + b.end(), lineOf(first, a.start()));
  }

  private static int lineOf(Passage p, int offset) {
    if (p.text().length() != p.end() - p.start()) {
      return p.line();
    }
    int line = p.line();
    String t = p.text();
    for (int k = 0; k < offset && k < t.length(); k++) {
      if (t.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }

  private int firstTokenOf(int p) {
    int i = 0;
    while (i < passageOf.length && passageOf[i] != p) {
      i++;
    }
    return i;
  }

  private List<Token> ownTokens(int p) {
    int a = firstTokenOf(p);
    int b = a;
    while (b < passageOf.length && passageOf[b] == p) {
      b++;
    }
    return tokens.subList(a, b);
  }

  /** A located stretch of source words. */
  record Located(Passage passage, String text, int start, int end, int line) {}
}
