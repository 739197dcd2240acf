package dev.quotecheck.extract;

/** What quotation-mark characters are and how they sit between their neighbours. */
final class Marks {

  /** Marks that pair with each other. */
  enum Group {
    DOUBLE,
    SINGLE,
    GUILLEMET,
    SINGLE_GUILLEMET,
    CORNER,
    WHITE_CORNER
  }

  private Marks() {}

  static boolean isMark(char c) {
    return group(c) != null;
  }

  static Group group(char c) {
    switch (c) {
      case '"', '“', '”', '„':
        return Group.DOUBLE;
      case '\'', '‘', '’':
        return Group.SINGLE;
      case '«', '»':
        return Group.GUILLEMET;
      case '‹', '›':
        return Group.SINGLE_GUILLEMET;
      case '「', '」':
        return Group.CORNER;
      case '『', '』':
        return Group.WHITE_CORNER;
      default:
        return null;
    }
  }

  /** Marks that can only open, whatever surrounds them. */
  static boolean onlyOpens(char c) {
    return c == '„' || c == '«' || c == '‹' || c == '「' || c == '『';
  }

  /** Marks that can only close. */
  static boolean onlyCloses(char c) {
    return c == '»' || c == '›' || c == '」' || c == '』';
  }

  /**
   * White space, the edge of the paragraph (passed as '\n'), or an invisible format character
   * (a direction mark or zero-width space pasted in front of a quotation mark).
   */
  static boolean space(char c) {
    if (c < 128) {
      return Character.isWhitespace(c); // the common case, without a Unicode table look-up
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
  }

  static boolean opensBefore(char c) {
    return switch (c) {
      case '(', '[', '{', '—', '–', '-', '/', '“', '‘', '«', '„', '‹', '「', '『', '"', '\'', '¿', '¡' -> true;
      default -> false;
    };
  }

  static boolean closesAfter(char c) {
    return switch (c) {
      case '.', ',', ';', ':', '!', '?', ')', ']', '}', '—', '–', '-', '…', '”', '’', '»', '›', '」', '』', '"', '\'', '/' -> true;
      default -> false;
    };
  }

  /** Could open: something follows, and white space or opening punctuation precedes. */
  static boolean leftFlanking(char prev, char next) {
    return !space(next) && (space(prev) || opensBefore(prev));
  }

  /** Could close: something precedes, and white space or closing punctuation follows. */
  static boolean rightFlanking(char prev, char next) {
    return !space(prev) && (space(next) || closesAfter(next));
  }
}
