package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The step between checking and reporting: drops flagged quotations that a suppression comment in
 * the draft or an entry in the accepted file silences, and collects the warnings about unknown
 * directives. Reports and the exit code are then computed from the filtered report.
 */
public final class ReportFilter {

  /**
   * @param report the report without the silenced quotations
   * @param warnings one line each (file:line: what), for stderr
   * @param suppressed quotations silenced by comments in the drafts
   * @param accepted quotations silenced by the accepted file
   */
  public record Result(Report report, List<String> warnings, int suppressed, int accepted) {
    public Result {
      Objects.requireNonNull(report, "report");
      warnings = List.copyOf(warnings);
    }
  }

  private ReportFilter() {}

  public static Result apply(Report report, Accepted accepted) {
    List<DocumentResult> documents = new ArrayList<>(report.documents().size());
    List<String> warnings = new ArrayList<>();
    int suppressed = 0;
    int signedOff = 0;
    for (DocumentResult doc : report.documents()) {
      Suppressions suppressions = Suppressions.parse(doc.document());
      warnings.addAll(suppressions.warnings());
      List<QuoteResult> kept = new ArrayList<>(doc.quotes().size());
      for (QuoteResult q : doc.quotes()) {
        Optional<Rule> rule = Rule.of(q.verdict());
        if (rule.isEmpty()) {
          kept.add(q);
        } else if (suppressions.suppresses(doc.document().toOriginal(q.quote().content()).start(), rule.get())) {
          suppressed++;
        } else if (accepted.accepts(q)) {
          signedOff++;
        } else {
          kept.add(q);
        }
      }
      documents.add(kept.size() == doc.quotes().size() ? doc : new DocumentResult(doc.document(), doc.extraction(), kept));
    }
    return new Result(new Report(report.verify(), documents, report.errors()), warnings, suppressed, signedOff);
  }
}
