package dev.quotecheck.attribute;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The capitalised words a document writes inside its sentences ("said Diane Black", "Rep. Black",
 * "Maria Espinoza") or before another capitalised word ("Bernie Sanders said"): there a capital
 * marks a name. A word that is capitalised only where a
 * sentence, a line or a quotation's credit begins ("Contrary to …", "Talk compared to …",
 * "Hastily …") has no such evidence. Built lazily in one linear scan of the text.
 */
final class NameEvidence {
  /** Longest abbreviation whose dot does not end a sentence ("Sen.", "Gov.", "Rep.", "Mr."). */
  private static final int ABBREVIATION = 4;

  private final String text;
  private Set<String> inside;
  private Set<String> surnames;

  NameEvidence(String text) {
    this.text = text;
  }

  /**
   * Whether the document writes this capitalised word inside a sentence somewhere; a word in
   * capitals ("OK Gov Fallin:", a headline) always counts, its case says nothing.
   */
  boolean writtenAsName(Token k) {
    if (allCaps(k.text())) {
      return true;
    }
    if (inside == null) {
      inside = scan();
    }
    return inside.contains(key(k.text(), 0, k.text().length()));
  }

  /**
   * Whether the document writes this word as the last word of a name inside a sentence ("said Al
   * From, who …", "president Marty Small said"): a surname that is also a common word.
   */
  boolean writtenAsSurname(Token k) {
    if (surnames == null) {
      inside = inside == null ? scan() : inside;
    }
    return surnames.contains(key(k.text(), 0, k.text().length()));
  }

  private Set<String> scan() {
    Set<String> out = new HashSet<>();
    Set<String> lastWords = new HashSet<>();
    int n = text.length();
    int previousEnd = -2;
    boolean previousInside = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!Character.isUpperCase(c) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
        continue;
      }
      int end = i + 1;
      while (end < n && wordChar(text.charAt(end))) {
        end++;
      }
      boolean within = insideSentence(i);
      if (within || beforeCapital(end) && !participle(i, end)) {
        out.add(key(text, i, end));
      }
      if (previousInside && previousEnd == i - 1 && text.charAt(i - 1) == ' ' && !beforeCapital(end)) {
        lastWords.add(key(text, i, end));
      }
      previousInside = within;
      previousEnd = end;
      i = end - 1;
    }
    surnames = lastWords;
    return out;
  }

  /**
   * The character before the word (spaces skipped, not a line break) continues a sentence, or
   * closes a quotation or opens a credit ("“…,” Espinoza said", "― Krystal Correa"), where names
   * stand.
   */
  private boolean insideSentence(int wordStart) {
    int p = wordStart - 1;
    while (p >= 0 && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
      p--;
    }
    if (p < 0 || p == wordStart - 1) {
      return false;
    }
    char c = text.charAt(p);
    if (Character.isLetterOrDigit(c) || ",;&(”\"’'»—–―".indexOf(c) >= 0) {
      return true;
    }
    if (c != '.') {
      return false;
    }
    // "Sen. Black": a short capitalised abbreviation's dot continues the sentence
    int w = p;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
      w--;
    }
    return p - w >= 1 && p - w < ABBREVIATION && Character.isUpperCase(text.charAt(w));
  }

  private static boolean allCaps(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return w.length() > 1;
  }

  /** A capitalised word follows on the same line: "Bernie Sanders", "Ted Cruz" open sentences as names. */
  private boolean beforeCapital(int wordEnd) {
    int p = wordEnd;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p > wordEnd && p < text.length() && Character.isUpperCase(text.charAt(p));
  }

  /** "Celebrating Clinton’s …", "Judged Sanders …": a participle before a name is no first name. */
  private boolean participle(int from, int to) {
    return to - from >= 6 && (text.startsWith("ing", to - 3) || text.startsWith("ed", to - 2));
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
  }

  /** The word in lower case without a possessive ending ("Trump’s" → "trump"). */
  private static String key(String s, int from, int to) {
    int end = to;
    while (end > from && (s.charAt(end - 1) == '\'' || s.charAt(end - 1) == '’')) {
      end--;
    }
    if (end - from > 2 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
        && (s.charAt(end - 2) == '\'' || s.charAt(end - 2) == '’')) {
      end -= 2;
    }
    return s.substring(from, end).toLowerCase(Locale.ROOT);
  }
}
