package dev.quotecheck.report;

import java.util.regex.Pattern;

/** Small text helpers shared by the writers. */
final class Texts {
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private Texts() {}

  /** White space, line breaks included, folded to single spaces. */
  static String oneLine(String s) {
    return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
  }

  /** Runs of white space, line breaks included, folded to one space; ends kept. */
  static String fold(String s) {
    return s == null ? "" : SPACE.matcher(s).replaceAll(" ");
  }

  /** At most {@code max} characters, cut at a word where possible, with an ellipsis. */
  static String ellipsize(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    if (Character.isLowSurrogate(s.charAt(cut))) {
      cut--;
    }
    return s.substring(0, cut).stripTrailing() + "\u2026";
  }
}
