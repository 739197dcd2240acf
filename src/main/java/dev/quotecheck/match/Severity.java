package dev.quotecheck.match;

import java.util.Locale;

/** How much a difference between draft and source matters, in increasing order. */
public enum Severity {
  NONE,
  MINOR,
  MAJOR,
  CRITICAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
