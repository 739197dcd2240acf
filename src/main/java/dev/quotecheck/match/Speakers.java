package dev.quotecheck.match;

import dev.quotecheck.attribute.SpeakerNames;
import java.util.Objects;
import java.util.function.UnaryOperator;

/** Speaker comparison after the alias mapping and title stripping. */
final class Speakers {

  private final SpeakerNames names;
  private final UnaryOperator<String> aliases;

  Speakers(SpeakerNames names, UnaryOperator<String> aliases) {
    this.names = Objects.requireNonNull(names, "names");
    this.aliases = Objects.requireNonNull(aliases, "aliases");
  }

  /** The name as the alias mapping and title list make it. */
  String canonical(String name) {
    String mapped = aliases.apply(name);
    return names.canonical(mapped == null ? name : mapped);
  }

  /** Whether two names denote the same person; false when either is null. */
  boolean same(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    return names.sameSpeaker(canonical(a), canonical(b));
  }
}
