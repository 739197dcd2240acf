package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * "the 34-year-old mother of three", "a father of two": a noun whose complement is a bare number
 * ends its phrase with that number, so the phrase before a cue ending in a number still has a head.
 */
final class CountComplement {
  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve");

  private CountComplement() {}

  /** The index of the noun heading the phrase that ends with the number at {@code j}, or -1. */
  static int headOf(List<Token> t, int j, int floor) {
    if (j - 2 < floor || !t.get(j - 1).is("of") || !number(t.get(j))) {
      return -1;
    }
    Token noun = t.get(j - 2);
    return noun.tagged("NOUN") && !noun.possessive() ? j - 2 : -1;
  }

  private static boolean number(Token k) {
    return NUMBER_WORDS.contains(k.lower()) || k.tagged("NUM") && k.text().chars().allMatch(Character::isDigit);
  }
}
