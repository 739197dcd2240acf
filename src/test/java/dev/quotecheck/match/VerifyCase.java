package dev.quotecheck.match;

import java.util.Objects;

/**
 * One generated quotation with the verdict it must get.
 *
 * @param id stable id within a generated set
 * @param category how it was made (faithful-exact, altered-negation, ...)
 * @param quote the quotation as the draft writes it
 * @param speaker who the draft credits
 * @param status the expected status
 * @param severity the expected severity (none for verified, misattributed and unverified)
 * @param origin where the words come from (file:line), or "" for our own sentences
 */
record VerifyCase(String id, String category, String quote, String speaker, Status status, Severity severity, String origin) {
  VerifyCase {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
  }

  boolean faithful() {
    return category.startsWith("faithful");
  }

  boolean critical() {
    return severity == Severity.CRITICAL;
  }
}
