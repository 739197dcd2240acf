package dev.quotecheck.attribute;

import java.util.Locale;

/** What a pronoun or a title says about a speaker. */
enum Gender {
  MALE,
  FEMALE,
  /** Plural or organisational: "they", "it". */
  GROUP,
  UNKNOWN;

  static Gender ofPronoun(String pronoun) {
    return switch (pronoun.toLowerCase(Locale.ROOT)) {
      case "he", "him", "his" -> MALE;
      case "she", "her", "hers" -> FEMALE;
      case "they", "them", "their", "it", "its" -> GROUP;
      default -> UNKNOWN;
    };
  }

  /** Whether a speaker of gender {@code known} can be referred to by a pronoun of this gender. */
  boolean admits(Gender known) {
    if (this == UNKNOWN || known == UNKNOWN) {
      return true;
    }
    return this == known;
  }
}
