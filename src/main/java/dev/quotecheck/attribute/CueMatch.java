package dev.quotecheck.attribute;

import java.util.Objects;

/**
 * A speech cue found next to a quotation, with the phrase it credits.
 *
 * @param mention the subject of the cue; null for a participle whose subject is the main clause's
 * @param cue the cue as written ({@code said}, {@code according to}, {@code :}, {@code —})
 * @param construction the construction label
 * @param splitsNext whether the next quotation continues this one after the attribution
 */
record CueMatch(Mention mention, String cue, String construction, boolean splitsNext) {
  CueMatch {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(construction, "construction");
  }
}
