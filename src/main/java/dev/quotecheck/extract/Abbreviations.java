package dev.quotecheck.extract;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * News abbreviations that OpenNLP's model may take for a sentence end (resource {@code
 * abbreviations.txt}). A title (Gen., Sen.) never ends a sentence; another abbreviation (U.S.,
 * Dec., a.m.) ends one only when a usual sentence opener follows it.
 */
final class Abbreviations {

  enum Kind {
    TITLE,
    OTHER
  }

  private final Map<String, Kind> kinds;
  private final Set<String> openers;

  Abbreviations(Map<String, Kind> kinds, Set<String> openers) {
    this.kinds = Map.copyOf(kinds);
    this.openers = Set.copyOf(openers);
  }

  static Abbreviations defaults() {
    return Defaults.INSTANCE;
  }

  /** Whether a boundary after {@code lastWord} and before {@code nextWord} is no sentence end. */
  boolean joins(String lastWord, String nextWord) {
    Kind kind = kinds.get(lastWord);
    if (kind == null) {
      return false;
    }
    if (kind == Kind.TITLE || nextWord.isEmpty()) {
      return kind == Kind.TITLE;
    }
    char first = nextWord.charAt(0);
    if (!Character.isUpperCase(first)) {
      return true; // Dec. 12, 9 a.m. on Friday
    }
    return !openers.contains(nextWord);
  }

  /** Whether {@code word} usually opens a sentence ("The", "He", "But"). */
  boolean opener(String word) {
    return openers.contains(word);
  }

  /** Whether a sentence ends after {@code word} (U.S., a.m.) when {@code nextWord} follows. */
  boolean ends(String word, String nextWord) {
    return kinds.get(word) == Kind.OTHER && openers.contains(nextWord);
  }

  private static final class Defaults {
    static final Abbreviations INSTANCE = load();

    private static Abbreviations load() {
      Map<String, Kind> kinds = new HashMap<>();
      for (String line : Lexicon.lines("/dev/quotecheck/extract/abbreviations.txt")) {
        String[] parts = line.split("\\s+");
        kinds.put(parts[0], parts.length > 1 && parts[1].equals("title") ? Kind.TITLE : Kind.OTHER);
      }
      return new Abbreviations(kinds, Set.copyOf(Lexicon.lines("/dev/quotecheck/extract/sentence-openers.txt")));
    }
  }
}
