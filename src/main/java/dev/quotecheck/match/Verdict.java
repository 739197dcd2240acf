package dev.quotecheck.match;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one quotation against the corpus.
 *
 * @param source the best-matching passage, or null when unverified
 * @param diff word diff of the quotation against that passage (empty when unverified)
 * @param reasons plain-language reasons, e.g. {@code negation removed: "not"}
 */
public record Verdict(
    Status status,
    Severity severity,
    double similarity,
    SourceRef source,
    List<DiffOp> diff,
    List<String> reasons) {

  public Verdict {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(severity, "severity");
    if (similarity < 0 || similarity > 1 || Double.isNaN(similarity)) {
      throw new IllegalArgumentException("similarity outside 0..1: " + similarity);
    }
    if (status == Status.UNVERIFIED && source != null) {
      throw new IllegalArgumentException("an unverified quotation has no source");
    }
    diff = List.copyOf(diff);
    reasons = List.copyOf(reasons);
  }
}
