package dev.quotecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's first command, on the bundled sample, gives the verdicts the sample was written for. */
@ExtendWith(IsolatedCorpusCache.class)
class SampleVerifyTest {

  @Test
  void sampleDraftComesOutAsWritten() throws Exception {
    CliTesting cli = new CliTesting(Path.of("").toAbsolutePath());
    int code = cli.run("", "verify", "testdata/sample/draft.md", "--corpus", "testdata/sample/corpus", "--format", "json");
    assertThat(code).as(cli.err()).isEqualTo(1);
    JsonNode quotes = new ObjectMapper().readTree(cli.out()).get("documents").get(0).get("quotes");
    List<String> got = new ArrayList<>();
    for (JsonNode q : quotes) {
      got.add(q.get("speaker").asText() + " | " + q.get("status").asText() + " | " + q.get("severity").asText());
    }
    assertThat(got).containsExactly(
        "Elena Marsh | verified | none",            // partial quotation
        "Elena Marsh | verified | none",
        "Elena Marsh | verified | none",            // short, checked against her own words
        "David Okafor | verified | none",           // partial
        "David Okafor | altered | minor",           // '. . .' is fine, while -> when is not
        "Elena Marsh | unverified | none",          // scare quote nobody said
        "Elena Marsh | verified | none",            // [of the east side] inserted by the editor
        "David Okafor | misattributed | none",      // Marsh said it
        "David Okafor | unverified | none",         // nobody said it
        "David Okafor | altered | major",           // sometimes -> always
        "Elena Marsh | altered | critical",         // negation added
        "harbour authority | altered | critical");  // 3.5 -> 7.5 tonnes
    JsonNode misattributed = quotes.get(7).get("source");
    assertThat(misattributed.get("speaker").asText()).isEqualTo("Elena Marsh");
    assertThat(misattributed.get("path").asText()).endsWith("council-2026-03-10.txt");
    assertThat(misattributed.get("line").asInt()).isEqualTo(5);
  }
}
