package dev.quotecheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.report.JsonReportWriter;
import dev.quotecheck.report.Report;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.Format;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

/**
 * A draft's bytes the way the CLI takes them: strict decoding, the format's reader, extraction
 * and attribution by the default {@link QuoteChecker}, and the JSON report. Either the input is
 * refused with a one-line {@link InputException}, or every invariant holds and the report parses.
 */
public final class DraftPipeline {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final QuoteChecker checker = QuoteChecker.builder().build();

  /** The outcome: the parsed JSON report, or the one-line message the input was refused with. */
  public record Outcome(JsonNode report, String refusal) {}

  public Outcome run(String name, byte[] bytes) throws IOException {
    Document doc;
    try {
      doc = Documents.read(name, Format.ofFileNameOrText(name), bytes);
    } catch (InputException e) {
      assertThat(e.getMessage()).startsWith(name + ": ").doesNotContain("\n").doesNotContain("\r");
      return new Outcome(null, e.getMessage());
    }
    DocumentResult result = checker.check(doc);
    ExtractionInvariants.check(doc, result.extraction());
    checkAttributions(doc, result.quotes());
    StringWriter out = new StringWriter();
    new JsonReportWriter().write(new Report(false, List.of(result), List.of()), out);
    JsonNode report = JSON.readTree(out.toString());
    checkReport(doc, report);
    return new Outcome(report, null);
  }

  /** Every quotation has an attribution whose mention lies in the reading text. */
  public static void checkAttributions(Document doc, List<QuoteResult> results) {
    for (QuoteResult r : results) {
      Attribution a = r.attribution();
      assertThat(a).isNotNull();
      assertThat(a.confidence()).isBetween(0.0, 1.0);
      if (a.mention() != null) {
        assertThat(a.mention().end()).isLessThanOrEqualTo(doc.text().length());
        assertThat(a.mentionText()).isNotNull();
      }
      checkAttributions(doc, r.nested());
    }
  }

  private static void checkReport(Document doc, JsonNode report) {
    assertThat(report.path("version").asInt()).isEqualTo(1);
    JsonNode quotes = report.path("documents").path(0).path("quotes");
    assertThat(quotes.isArray()).isTrue();
    for (JsonNode q : quotes) {
      int start = q.path("start").asInt(-1);
      int end = q.path("end").asInt(-1);
      assertThat(start).isBetween(0, end);
      assertThat(end).isLessThanOrEqualTo(doc.original().length());
      assertThat(q.path("line").asInt()).isPositive();
      assertThat(q.path("column").asInt()).isPositive();
      JsonNode mention = q.path("speakerMention");
      if (mention.isObject()) {
        assertThat(mention.path("start").asInt(-1)).isBetween(0, mention.path("end").asInt(-1));
        assertThat(mention.path("end").asInt()).isLessThanOrEqualTo(doc.original().length());
      }
    }
  }
}
