package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.match.Status;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts over a report, as the summaries of every format show them.
 *
 * @param documents readable documents
 * @param quotes top-level quotations
 * @param byStatus quotations per status (verify reports only; empty maps to zeros)
 * @param failing quotations at or above the threshold
 */
public record Summary(int documents, int quotes, Map<Status, Integer> byStatus, int failing) {

  public Summary {
    EnumMap<Status, Integer> copy = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      copy.put(s, byStatus.getOrDefault(s, 0));
    }
    byStatus = Collections.unmodifiableMap(copy);
  }

  public static Summary of(Report report, FailOn failOn) {
    int quotes = 0;
    int failing = 0;
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (DocumentResult doc : report.documents()) {
      for (QuoteResult q : doc.quotes()) {
        quotes++;
        if (q.verdict() != null) {
          counts.merge(q.verdict().status(), 1, Integer::sum);
          if (failOn.fails(q.verdict())) {
            failing++;
          }
        }
      }
    }
    return new Summary(report.documents().size(), quotes, counts, failing);
  }

  public int count(Status status) {
    return byStatus.get(status);
  }

  /** Quotations that are not verified. */
  public int flagged() {
    return count(Status.ALTERED) + count(Status.MISATTRIBUTED) + count(Status.UNVERIFIED);
  }
}
