package dev.quotecheck.attribute;

import dev.quotecheck.text.Span;
import java.util.Objects;

/**
 * A phrase of the reporter's text that can denote a speaker.
 *
 * @param span reading-text offsets of the phrase as written (title and role included)
 * @param text the phrase as written
 * @param kind name, pronoun or description
 * @param name for a name, the name words without role ({@code Benny Gantz}); otherwise null
 * @param role lower-case role words before or around the name ({@code defense minister}), or ""
 */
record Mention(Span span, String text, Kind kind, String name, String role) {

  enum Kind {
    NAME,
    PRONOUN,
    DESCRIPTION
  }

  Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    role = role == null ? "" : role;
  }

  /**
   * "Donald Trump, who" (the subject of "who said …") as the mention of its antecedent alone, for
   * naming; other mentions unchanged.
   */
  Mention withoutRelative() {
    java.util.regex.Matcher m = RELATIVE.matcher(text);
    if (kind == Kind.PRONOUN || !m.find()) {
      return this;
    }
    String head = text.substring(0, m.start());
    return new Mention(new Span(span.start(), span.start() + head.length()), head, kind, name, role);
  }

  private static final java.util.regex.Pattern RELATIVE = java.util.regex.Pattern.compile(",?\\s+(who|which)$");

  boolean isPronoun() {
    return kind == Kind.PRONOUN;
  }
}
