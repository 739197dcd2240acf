package dev.quotecheck.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits text into normalised words for retrieval: NFKC, lower case, one apostrophe style,
 * contractions expanded ({@code don't} = {@code do not}), thousands separators dropped from
 * numbers. Both the corpus and the quotations go through this one class, so they always agree.
 *
 * <p>An ellipsis, a {@code [bracketed]} stretch (an editor's insertion, a {@code [crosstalk]}
 * marker) or a paragraph break ends a run: word pairs are never formed across it. Bracketed
 * words are dropped because they are not the speaker's.
 */
public final class WordTokenizer {

  /** Receives words and breaks between runs. */
  public interface Sink {
    /** A word; the sequence may be a reused buffer, valid only during the call. */
    void word(CharSequence word);

    void breakRun();
  }

  private static final int MAX_BRACKET = 120;
  private static final int MAX_WORD = 64;

  private static final Set<String> PRONOUN_IS =
      Set.of("it", "he", "she", "that", "what", "there", "here", "who", "where", "how", "this", "everybody",
          "everyone", "nobody", "somebody", "something", "nothing", "everything", "when", "why", "which");

  private WordTokenizer() {}

  /** The words of {@code text}, with {@code null} marking each break between runs. */
  public static List<String> words(CharSequence text) {
    List<String> out = new ArrayList<>();
    tokenize(text, new Sink() {
      @Override
      public void word(CharSequence word) {
        out.add(word.toString());
      }

      @Override
      public void breakRun() {
        if (!out.isEmpty() && out.get(out.size() - 1) != null) {
          out.add(null);
        }
      }
    });
    return out;
  }

  public static void tokenize(CharSequence input, Sink sink) {
    // One char array, scanned directly: String.charAt checks bounds and coder on every call.
    char[] text = normalise(input).toCharArray();
    int n = text.length;
    WordBuffer w = new WordBuffer();
    int i = 0;
    while (i < n) {
      char c = text[i];
      if (Character.isLetterOrDigit(c)) {
        w.clear();
        i = readWord(text, i, w);
        emit(w, sink);
        continue;
      }
      if (c == '[') {
        int close = indexOf(text, ']', i + 1, Math.min(n, i + MAX_BRACKET));
        if (close > 0) {
          sink.breakRun();
          i = close + 1;
          continue;
        }
      } else if (c == ']' || c == '…' || isEllipsisDots(text, i) || isParagraphBreak(text, i)) {
        sink.breakRun();
      } else if (c == '%') {
        sink.word("percent");
      } else if (c == '&') {
        sink.word("and");
      }
      i++;
    }
  }

  /** The word being read: a reused char buffer, cheaper than a StringBuilder per character. */
  private static final class WordBuffer implements CharSequence {
    private final char[] chars = new char[MAX_WORD + 1];
    private int length;

    void clear() {
      length = 0;
    }

    void append(char c) {
      chars[length++] = c;
    }

    char last() {
      return chars[length - 1];
    }

    @Override
    public int length() {
      return length;
    }

    @Override
    public char charAt(int index) {
      return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }

    boolean contentEquals(String s) {
      if (s.length() != length) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        if (chars[i] != s.charAt(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * NFKC only when needed, then one style of apostrophe and dash. Most corpus text is ASCII plus
   * curly quotes, dashes and accented Latin letters, which NFKC leaves as they are: such text
   * skips the normaliser, which otherwise costs more than the tokenising.
   */
  static String normalise(CharSequence input) {
    String s = input.toString();
    char[] chars = s.toCharArray();
    boolean ascii = true;
    boolean stable = true;
    for (char c : chars) {
      if (c >= 0x80) {
        ascii = false;
        if (!isNfkcStable(c)) {
          stable = false;
          break;
        }
      }
    }
    if (ascii) {
      return s;
    }
    if (!stable) {
      chars = Normalizer.normalize(s, Normalizer.Form.NFKC).toCharArray();
    }
    int n = 0;
    for (char c : chars) {
      switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u2032', '\u0060', '\u00B4' -> chars[n++] = '\'';
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { } // invisible
        default -> chars[n++] = c;
      }
    }
    return new String(chars, 0, n);
  }

  /**
   * Characters NFKC never changes whatever surrounds them (combining marks, which may compose
   * with a letter before them, are not among them): Latin-1 letters, curly quotes, en and em
   * dashes. The soft hyphen, dropped below, is here too: NFKC keeps it.
   */
  private static boolean isNfkcStable(char c) {
    return c >= 0xC0 && c <= 0xFF || c == 0xAD || c == 0x2013 || c == 0x2014 || c == 0x2018 || c == 0x2019
        || c == 0x201C || c == 0x201D;
  }

  /** Letters and digits, with inner apostrophes and digit separators, from {@code i}. */
  private static int readWord(char[] text, int i, WordBuffer w) {
    int n = text.length;
    while (i < n) {
      char c = text[i];
      if (c < 0x80 ? (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
          : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (w.length() < MAX_WORD) {
          w.append(c <= 'Z' && c >= 'A' ? (char) (c + ('a' - 'A')) : c < 0x80 ? c : Character.toLowerCase(c));
        }
        i++;
      } else if (c == '\'' && i + 1 < n && Character.isLetter(text[i + 1]) && w.length() > 0) {
        if (w.length() < MAX_WORD) {
          w.append('\'');
        }
        i++;
      } else if ((c == ',' || c == '.') && i + 1 < n && w.length() > 0
          && Character.isDigit(text[i + 1]) && Character.isDigit(w.last())) {
        if (c == '.' && w.length() < MAX_WORD) {
          w.append('.');
        }
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Emits a word, expanding contractions; the common case allocates nothing. */
  private static void emit(WordBuffer w, Sink sink) {
    if (!hasApostrophe(w)) {
      if (w.contentEquals("cannot")) {
        sink.word("can");
        sink.word("not");
      } else {
        sink.word(w);
      }
      return;
    }
    String word = w.toString();
    int apo = word.indexOf('\'');
    if (word.endsWith("n't")) {
      String base = word.substring(0, word.length() - 3);
      sink.word(switch (base) {
        case "wo" -> "will";
        case "ca" -> "can";
        case "sha" -> "shall";
        case "ai" -> "am";
        default -> base.isEmpty() ? "not" : base;
      });
      if (!base.isEmpty()) {
        sink.word("not");
      }
      return;
    }
    String base = word.substring(0, apo);
    String tail = word.substring(apo + 1);
    switch (tail) {
      case "re" -> pair(sink, base, "are");
      case "ve" -> pair(sink, base, "have");
      case "ll" -> pair(sink, base, "will");
      case "m" -> pair(sink, base, "am");
      case "d" -> pair(sink, base, "would");
      case "s" -> {
        if (base.equals("let")) {
          pair(sink, base, "us");
        } else if (PRONOUN_IS.contains(base)) {
          pair(sink, base, "is");
        } else {
          sink.word(base);
        }
      }
      default -> sink.word(word.replace("'", ""));
    }
  }

  private static boolean hasApostrophe(WordBuffer w) {
    for (int i = 0; i < w.length(); i++) {
      if (w.charAt(i) == '\'') {
        return true;
      }
    }
    return false;
  }

  private static void pair(Sink sink, String a, String b) {
    sink.word(a);
    sink.word(b);
  }

  private static boolean isEllipsisDots(char[] t, int i) {
    if (t[i] != '.' || i + 2 >= t.length) {
      return false;
    }
    if (t[i + 1] == '.' && t[i + 2] == '.') {
      return true;
    }
    return i + 4 < t.length && t[i + 1] == ' ' && t[i + 2] == '.' && t[i + 3] == ' ' && t[i + 4] == '.';
  }

  private static boolean isParagraphBreak(char[] t, int i) {
    if (t[i] != '\n') {
      return false;
    }
    for (int j = i + 1; j < t.length; j++) {
      char c = t[j];
      if (c == '\n') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return false;
  }

  private static int indexOf(char[] t, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      char x = t[i];
      if (x == c) {
        return i;
      }
      if (x == '[' || x == '\n') {
        return -1;
      }
    }
    return -1;
  }
}
