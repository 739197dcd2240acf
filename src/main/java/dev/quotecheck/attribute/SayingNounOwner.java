package dev.quotecheck.attribute;

import java.util.List;
import java.util.Set;

/**
 * Word shapes around an owned noun of saying ("his statement", "her March comment") that
 * {@link AntecedentFinder} reads before a that-clause holding a quotation.
 */
final class SayingNounOwner {

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "my", "his", "her",
      "its", "our", "their", "your");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being");

  private SayingNounOwner() {
  }

  /** "his", "her" or a split-off possessive ending. */
  static boolean owner(Token k) {
    return k.is("his") || k.is("her") || k.possessive();
  }

  /**
   * The index of the owner of the noun of saying at {@code noun}: the word right before it, or one
   * before a month or day that dates it ("her March comment", "his Monday statement"); -1 when none.
   */
  static int ownerIndex(List<Token> words, int noun) {
    if (noun >= 1 && owner(words.get(noun - 1))) {
      return noun - 1;
    }
    boolean dated = noun >= 2 && TimePhrases.calendar(words.get(noun - 1)) && words.get(noun - 1).capitalized();
    return dated && owner(words.get(noun - 2)) ? noun - 2 : -1;
  }

  /** "during the debate", "after his remarks": a cue word after a determiner is a noun, no verb. */
  static boolean determined(List<Token> words, int i) {
    return i > 0 && (DETERMINERS.contains(words.get(i - 1).lower()) || words.get(i - 1).possessive());
  }

  /** "He was challenged over his statement": a cue in the passive is not the owner's own saying. */
  static boolean passive(List<Token> words, int i) {
    return i > 0 && BE.contains(words.get(i - 1).lower());
  }
}
