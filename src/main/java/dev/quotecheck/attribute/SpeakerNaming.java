package dev.quotecheck.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a mention into a canonical speaker: alias file first, then the document's own fuller
 * mentions ({@code Gantz} → {@code Benny Gantz}, {@code the defense minister} → {@code Benny
 * Gantz}), then the description itself without its article ({@code senior defense official}).
 * A definite description ({@code the official}) reuses an earlier description with the same head.
 */
final class SpeakerNaming {
  static final Set<String> PERSON_HEADS = Set.of("official", "source", "spokesman",
      "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "minister", "president",
      "senator", "governor", "candidate", "nominee", "secretary", "director", "chief", "leader",
      "officer", "man", "woman", "person", "diplomat", "analyst", "expert", "lawyer", "attorney",
      "mayor", "councillor", "councilman", "councilwoman", "chair", "chairman", "chairwoman", "judge",
      "general", "commander", "ambassador", "envoy", "negotiator", "prosecutor", "sheriff", "professor",
      "narrator", "writer", "reporter", "member", "voter", "resident", "executive", "founder", "owner",
      "worker", "employee", "staffer", "strategist", "researcher", "economist", "scientist", "activist",
      "supporter", "critic", "donor", "student", "teacher", "doctor", "host", "anchor", "correspondent",
      "editor", "columnist", "commentator", "pollster", "lawmaker", "legislator", "representative",
      "congressman", "congresswoman", "delegate", "organizer", "manager", "head", "fellow", "partner",
      "voice", "voice-over", "announcer");

  /** A person noun, singular or with a plural -s ("official", "officials"). */
  static boolean isPersonNoun(String lowerWord) {
    return PERSON_HEADS.contains(lowerWord) || lowerWord.endsWith("s")
        && PERSON_HEADS.contains(lowerWord.substring(0, lowerWord.length() - 1));
  }

  private final DocumentEntities entities;
  private final SpeakerAliases aliases;
  private final SpeakerNames names;
  private static final int RECENT_DESCRIPTIONS = 64;
  private final List<String> descriptions = new ArrayList<>();

  SpeakerNaming(DocumentEntities entities, SpeakerAliases aliases, SpeakerNames names) {
    this.entities = entities;
    this.aliases = aliases;
    this.names = names;
  }

  /** The canonical speaker of a name or description; null for a pronoun. */
  String speaker(Mention mention) {
    if (mention.isPronoun()) {
      return null;
    }
    Mention m = mention.withoutRelative();
    String alias = aliases.lookup(m.text()).orElse(null);
    if (alias != null) {
      return alias;
    }
    if (m.kind() == Mention.Kind.NAME) {
      return aliases.canonical(entities.canonicalName(m), names);
    }
    String person = entities.byRole(m);
    if (person != null) {
      return aliases.canonical(person, names);
    }
    String bare = DocumentEntities.stripArticle(m.text());
    String lower = m.text().strip().toLowerCase(Locale.ROOT);
    if (lower.startsWith("the ")) {
      String head = head(bare);
      for (int i = descriptions.size() - 1; i >= 0; i--) {
        if (head(descriptions.get(i)).equals(head)) {
          return descriptions.get(i);
        }
      }
    }
    descriptions.add(bare);
    if (descriptions.size() > RECENT_DESCRIPTIONS) {
      descriptions.remove(0);
    }
    return bare;
  }

  /** Gender evidence for a speaker: titles in the mention, pronouns in the document. */
  Gender gender(String speaker, Mention m) {
    if (m != null && m.kind() == Mention.Kind.DESCRIPTION) {
      // "the mayor" that stands for a named person has that person's gender, not a group's.
      String person = entities.byRole(m);
      if (person != null) {
        return entities.gender(person, m.role(), m.span().start());
      }
      String head = head(DocumentEntities.stripArticle(m.text()));
      return PERSON_HEADS.contains(head) ? Gender.UNKNOWN : Gender.GROUP;
    }
    return entities.gender(speaker, m == null ? "" : m.role(), m == null ? 0 : m.span().start());
  }

  private static String head(String description) {
    String[] w = description.toLowerCase(Locale.ROOT).split("\\s+");
    return w[w.length - 1];
  }
}
