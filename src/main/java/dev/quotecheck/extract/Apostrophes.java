package dev.quotecheck.extract;

import java.util.Set;

/** Word-initial apostrophes that are not opening quotation marks: 'n', 'em, 'til, '90s. */
final class Apostrophes {

  private static final Set<String> ELIDED =
      Set.of("em", "til", "tis", "twas", "cause", "bout", "round", "nuff", "cuz", "cos", "ol", "n");

  private Apostrophes() {}

  /**
   * If the mark just before {@code from} starts an elided word, the last offset that belongs to it
   * (the second mark of {@code 'n'}, else the mark itself, {@code from - 1}); otherwise -1.
   */
  static int elisionEnd(String text, int from, int limit) {
    int i = from;
    while (i < limit && i - from < 6 && Character.isLetter(text.charAt(i))) {
      i++;
    }
    if (i > from) {
      String word = text.substring(from, i).toLowerCase(java.util.Locale.ROOT);
      boolean wordEnds = i >= limit || !Character.isLetterOrDigit(text.charAt(i));
      if (word.equals("n") && i < limit && Marks.group(text.charAt(i)) == Marks.Group.SINGLE) {
        return i; // rock 'n' roll: both marks are apostrophes
      }
      if (wordEnds && ELIDED.contains(word) && !word.equals("n")) {
        return from - 1;
      }
      return -1;
    }
    int d = from;
    while (d < limit && Character.isDigit(text.charAt(d))) {
      d++;
    }
    boolean year = d - from == 2 && (d >= limit || !Character.isDigit(text.charAt(d)));
    return year ? from - 1 : -1; // '90s, '08
  }
}
