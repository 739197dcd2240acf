package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotecheck.text.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceptedTest {
  private static final Accepted.Signature RITA =
      new Accepted.Signature("Rita Checker", "Checked against the recording", Instant.parse("2026-11-26T08:15:30.123Z"));

  @TempDir Path tmp;

  @Test
  void candidatesFromTheJsonReportFingerprintLikeTheReportItself() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportFixtures.DIR.resolve("sample-report.json").toFile());
    List<Accepted.Candidate> fromJson = Accepted.candidates(json, "sample-report.json");
    List<Accepted.Candidate> fromReport = Accepted.candidates(ReportFixtures.sample());
    assertThat(fromJson).extracting(Accepted.Candidate::status)
        .containsExactly("altered", "altered", "misattributed", "unverified");
    assertThat(fromJson).extracting(Accepted.Candidate::fingerprint)
        .containsExactlyElementsOf(fromReport.stream().map(Accepted.Candidate::fingerprint).toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void acceptFromAJsonReportThenSaveLoadAndFilter() throws Exception {
    JsonNode json = new ObjectMapper().readTree(ReportFixtures.DIR.resolve("sample-report.json").toFile());
    Accepted accepted = Accepted.EMPTY.with(Accepted.candidates(json, "r.json"),
        c -> c.isAt("testdata/report/draft.md", null) && !c.status().equals("misattributed"), RITA);
    assertThat(accepted.entries()).hasSize(3);
    // accepting again adds nothing
    assertThat(accepted.with(Accepted.candidates(json, "r.json"), c -> true, RITA).entries()).hasSize(4);
    assertThat(accepted.with(Accepted.candidates(json, "r.json"), c -> !c.status().equals("misattributed"), RITA)
        .entries()).hasSize(3);

    Path file = tmp.resolve(".quotecheck-accepted.yml");
    accepted.save(file);
    String yaml = Files.readString(file);
    assertThat(yaml).startsWith("# Quotations reviewed and signed off").contains("by: Rita Checker",
        "why: Checked against the recording", "when: 2026-11-26T08:15:30Z", "quote: a mistake we can still correct.");
    Accepted back = Accepted.load(file);
    assertThat(back.entries()).isEqualTo(accepted.entries());

    ReportFilter.Result r = ReportFilter.apply(ReportFixtures.sample(), back);
    assertThat(r.accepted()).isEqualTo(3);
    assertThat(r.report().documents().get(0).quotes()).extracting(q -> q.verdict().status().id())
        .containsExactly("verified", "misattributed");
  }

  @Test
  void missingFileIsEmptyAndBadFilesAreOneLineErrors() throws Exception {
    assertThat(Accepted.load(tmp.resolve("none.yml")).isEmpty()).isTrue();
    Path unknown = Files.writeString(tmp.resolve("a.yml"), "version: 1\naccepted:\n  - fingerprint: x\n    who: me\n");
    assertThatThrownBy(() -> Accepted.load(unknown)).isInstanceOf(InputException.class)
        .hasMessage(unknown + ":4: unknown key 'who'");
    Path noFp = Files.writeString(tmp.resolve("b.yml"), "accepted:\n  - by: me\n");
    assertThatThrownBy(() -> Accepted.load(noFp)).hasMessage(noFp + ": entry 1 has no fingerprint");
    assertThatThrownBy(() -> Accepted.candidates(new ObjectMapper().readTree("{\"version\":2}"), "x.json"))
        .hasMessage("x.json: not a quotecheck JSON report (version 1)");
    assertThatThrownBy(() -> new Accepted.Signature(" ", "why", Instant.now()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
