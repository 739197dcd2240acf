package dev.quotecheck.extract;

import java.util.Locale;

/** How a quotation sits in its sentence. */
public enum QuoteKind {
  /** The quotation is (nearly) the whole sentence, apart from the attribution. */
  SENTENCE,
  /** A fragment woven into the reporter's own sentence. */
  PARTIAL,
  /** One or two words with no speech cue: a scare quote, nickname or title. */
  SCARE;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
