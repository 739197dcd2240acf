package dev.quotecheck.match;

import dev.quotecheck.corpus.Passage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Normalised tokens of candidate passages, kept for the most recently used ones: the quotations
 * of one draft keep meeting the same passages, and one verification meets a passage several
 * times (the speaker's own candidates, everyone's, a splice's second piece). Thread-safe.
 */
final class PassageTokens {

  private record Key(String path, int start, int end) {}

  private final Normalizer normalizer;
  private final int capacity;
  private final Map<Key, List<Token>> recent;

  PassageTokens(Normalizer normalizer, int capacity) {
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.capacity = capacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, List<Token>> eldest) {
        return size() > PassageTokens.this.capacity;
      }
    };
  }

  List<Token> of(Passage p) {
    Key key = new Key(p.path(), p.start(), p.end());
    synchronized (recent) {
      List<Token> known = recent.get(key);
      if (known != null) {
        return known;
      }
    }
    List<Token> tokens = List.copyOf(normalizer.source(p.text()));
    if (capacity > 0) {
      synchronized (recent) {
        recent.put(key, tokens);
      }
    }
    return tokens;
  }
}
