package dev.quotecheck.match;

import dev.quotecheck.attribute.SpeakerNames;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Speaker comparison after the alias mapping and title stripping. Corpora name few speakers and
 * every candidate passage asks again, so answers are remembered (up to a bound). Thread-safe.
 */
final class Speakers {

  private static final int REMEMBERED = 10_000;

  private final SpeakerNames names;
  private final UnaryOperator<String> aliases;
  private final Map<String, String> canonical = new ConcurrentHashMap<>();
  private final Map<String, Boolean> same = new ConcurrentHashMap<>();

  Speakers(SpeakerNames names, UnaryOperator<String> aliases) {
    this.names = Objects.requireNonNull(names, "names");
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /** The name as the alias mapping and title list make it. */
  String canonical(String name) {
    String known = canonical.get(name);
    if (known != null) {
      return known;
    }
    String mapped = aliases.apply(name);
    String result = names.canonical(mapped == null ? name : mapped);
    remember(canonical, name, result);
    return result;
  }

  /** Whether two names denote the same person; false when either is null. */
  boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    String key = a + "\u0000" + b;
    Boolean known = same.get(key);
    if (known != null) {
      return known;
    }
    boolean result = names.sameSpeaker(canonical(a), canonical(b));
    remember(same, key, result);
    return result;
  }

  private static <V> void remember(Map<String, V> map, String key, V value) {
    if (map.size() >= REMEMBERED) {
      map.clear(); // a corpus with this many names gains little from remembering them
    }
    map.put(key, value);
  }
}
