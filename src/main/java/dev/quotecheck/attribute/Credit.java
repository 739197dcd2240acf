package dev.quotecheck.attribute;

import java.util.Objects;

/**
 * A speaker credited somewhere in the document: by an attributed quotation or by a speech cue in
 * the reporter's text. Antecedents for pronouns and continuations are chosen among these.
 *
 * @param at reading-text offset of the credit (the mention)
 * @param speaker the canonical speaker, or null for a pronoun nobody could be found for
 * @param mention the phrase that names the speaker (may be a pronoun already resolved)
 */
record Credit(int at, String speaker, Mention mention, Gender gender) {
  Credit {
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(gender, "gender");
  }
}
