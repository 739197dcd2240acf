package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteResult;
import dev.quotecheck.match.Severity;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import dev.quotecheck.text.Documents;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFilterTest {

  static Verdict verdict(Status status, Severity severity) {
    return new Verdict(status, severity, 0.8,
        status == Status.UNVERIFIED ? null : ReportFixtures.source("Someone", "some source words", 0, 1),
        List.of(), List.of());
  }

  static Report suppressedDraft() throws Exception {
    ReportFixtures.Builder b = new ReportFixtures.Builder(Documents.load(ReportFixtures.DIR.resolve("suppressed.md")));
    b.add("We will not let this threat grow unchecked,", "Dana Levi", verdict(Status.ALTERED, Severity.MAJOR));
    b.add("The government has no plan for the north.", "Amir Cohen", verdict(Status.MISATTRIBUTED, Severity.NONE));
    b.add("Our patience is long, but it has limits,", "Dana Levi", verdict(Status.ALTERED, Severity.CRITICAL));
    b.add("Nobody asked the farmers,", null, verdict(Status.UNVERIFIED, Severity.NONE));
    b.add("a mistake we can still correct,", "Dana Levi", verdict(Status.ALTERED, Severity.MAJOR));
    b.add("Close the border tonight,", "the minister", verdict(Status.ALTERED, Severity.MAJOR));
    return new Report(true, List.of(b.build()), List.of());
  }

  static List<String> texts(Report r) {
    return r.documents().get(0).quotes().stream().map(q -> q.quote().text()).toList();
  }

  @Test
  void commentsSilenceTheNextLineOrABlockForTheirRules() throws Exception {
    ReportFilter.Result result = ReportFilter.apply(suppressedDraft(), Accepted.EMPTY);
    assertThat(texts(result.report())).containsExactly(
        "Our patience is long, but it has limits,", "Nobody asked the farmers,", "a mistake we can still correct,");
    assertThat(result.suppressed()).isEqualTo(3);
    assertThat(result.accepted()).isZero();
  }

  @Test
  void unknownDirectivesAndRulesAreWarnedAboutWithFileAndLine() throws Exception {
    List<String> warnings = ReportFilter.apply(suppressedDraft(), Accepted.EMPTY).warnings();
    String file = ReportFixtures.DIR.resolve("suppressed.md").toString();
    assertThat(warnings).containsExactly(
        file + ":13: unknown quotecheck directive 'quotecheck-ignore' (known: quotecheck-disable-next-line,"
            + " quotecheck-disable, quotecheck-enable); ignored",
        file + ":14: unknown rule 'quote-alterd' in quotecheck-disable-next-line (known: quote-altered,"
            + " quote-misattributed, quote-unverified)",
        file + ":14: quotecheck-disable-next-line names no known rule; ignored");
  }

  @Test
  void verifiedAndExtractOnlyQuotationsAreNeverDropped() throws Exception {
    ReportFixtures.Builder b = new ReportFixtures.Builder(Documents.load(ReportFixtures.DIR.resolve("suppressed.md")));
    b.add("We will not let this threat grow unchecked,", "Dana Levi", verdict(Status.VERIFIED, Severity.NONE));
    b.add("Close the border tonight,", "the minister", null);
    Report report = new Report(true, List.of(b.build()), List.of());
    assertThat(ReportFilter.apply(report, Accepted.EMPTY).report()).isEqualTo(report);
  }

  @Test
  void acceptedQuotationsStaySilentUntilTheQuotationOrItsSourceChanges() throws Exception {
    Report report = ReportFixtures.sample();
    List<Accepted.Candidate> candidates = Accepted.candidates(report);
    assertThat(candidates).hasSize(4);
    Accepted accepted = Accepted.EMPTY.with(candidates, c -> c.isAt(null, 7),
        new Accepted.Signature("Rita Checker", "Confirmed against the recording", Instant.parse("2026-11-26T08:00:00Z")));
    assertThat(accepted.entries()).hasSize(1);

    ReportFilter.Result result = ReportFilter.apply(report, accepted);
    assertThat(result.accepted()).isEqualTo(1);
    assertThat(texts(result.report())).doesNotContain("a mistake we can still correct.").hasSize(4);

    // the same words against an edited source passage: no longer signed off
    QuoteResult q = report.documents().get(0).quotes().get(2);
    Verdict v = q.verdict();
    QuoteResult changedSource = new QuoteResult(q.quote(), q.attribution(), new Verdict(v.status(), v.severity(),
        v.similarity(), ReportFixtures.source("Dana Levi", "The agreement was a mistake that we must correct.", 310, 9),
        v.diff(), v.reasons()), List.of());
    assertThat(accepted.accepts(q)).isTrue();
    assertThat(accepted.accepts(changedSource)).isFalse();
  }
}
