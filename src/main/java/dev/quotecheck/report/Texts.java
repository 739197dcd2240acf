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

  /**
   * Control characters and bidi embeddings, overrides and isolates made visible ({@code ␛},
   * {@code <U+202E>}), so a draft cannot send escape sequences to a terminal or reorder a report
   * line as it is displayed.
   */
  static String visible(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
      if (!bidi && Character.getType(c) != Character.CONTROL) {
        if (b != null) {
          b.append(c);
        }
        continue;
      }
      if (b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (c < 0x20) {
        b.append((char) (0x2400 + c));
      } else if (c == 0x7f) {
        b.append('\u2421');
      } else {
        b.append(String.format("<U+%04X>", (int) c));
      }
    }
    return b == null ? s : b.toString();
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
