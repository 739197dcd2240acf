package dev.quotecheck.match;

import java.util.Locale;

/** A quotation's verdict against the corpus, as named in the contract. */
public enum Status {
  VERIFIED,
  ALTERED,
  MISATTRIBUTED,
  UNVERIFIED;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
