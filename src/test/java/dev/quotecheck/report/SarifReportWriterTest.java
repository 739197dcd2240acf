package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.quotecheck.text.Document;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("testdata", "sarif-2.1.0-schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
  }

  static JsonNode sarif(Report report, FailOn failOn) throws Exception {
    StringWriter out = new StringWriter();
    new SarifReportWriter(failOn).write(report, out);
    return JSON.readTree(out.toString());
  }

  @Test
  void validatesAgainstTheSarifSchema() throws Exception {
    for (Report report : List.of(ReportFixtures.sample(), ReportFixtures.hostile(), ReportFixtures.withMinor(),
        new Report(true, List.of(), List.of()), new Report(false, List.of(), List.of("x.md: no such file")))) {
      JsonNode log = sarif(report, FailOn.DEFAULT);
      Set<ValidationMessage> errors = schema.validate(log);
      assertThat(errors).as(log.toPrettyString()).isEmpty();
    }
  }

  @Test
  void theSchemaRejectsWhatItShould() throws Exception {
    // guards the test above: a zero column and an unknown level must not pass
    JsonNode log = sarif(ReportFixtures.sample(), FailOn.DEFAULT);
    var region = (com.fasterxml.jackson.databind.node.ObjectNode)
        log.at("/runs/0/results/0/locations/0/physicalLocation/region");
    region.put("startColumn", 0);
    ((com.fasterxml.jackson.databind.node.ObjectNode) log.at("/runs/0/results/1")).put("level", "fatal");
    assertThat(schema.validate(log)).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void oneResultPerFlaggedQuotationWithStableRuleIdsAndHelp() throws Exception {
    JsonNode run = sarif(ReportFixtures.sample(), FailOn.DEFAULT).at("/runs/0");
    List<String> ruleIds = new ArrayList<>();
    run.at("/tool/driver/rules").forEach(r -> {
      ruleIds.add(r.get("id").asText());
      assertThat(r.get("helpUri").asText()).endsWith("docs/rules.md#" + r.get("id").asText());
    });
    assertThat(ruleIds).containsExactly("quote-altered", "quote-misattributed", "quote-unverified");
    List<String> results = new ArrayList<>();
    run.get("results").forEach(r -> results.add(r.get("ruleId").asText() + "/" + r.get("level").asText()));
    // verified is not a result; the threshold makes errors, the rest warnings and notes
    assertThat(results).containsExactly("quote-altered/error", "quote-altered/error",
        "quote-misattributed/error", "quote-unverified/note");
    JsonNode first = run.at("/results/0");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo("testdata/report/draft.md");
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(5);
    assertThat(first.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(59);
    assertThat(first.at("/relatedLocations/0/physicalLocation/artifactLocation/uri").asText())
        .isEqualTo(ReportFixtures.CORPUS);
  }

  @Test
  void levelsFollowTheThreshold() throws Exception {
    JsonNode results = sarif(ReportFixtures.withMinor(), FailOn.parse("none")).at("/runs/0/results");
    List<String> levels = new ArrayList<>();
    results.forEach(r -> levels.add(r.get("level").asText()));
    // below the threshold the severity decides: minor note, critical and major warnings, wrong speaker warning
    assertThat(levels).containsExactly("note", "warning", "warning", "warning", "note");
    List<Integer> ranks = new ArrayList<>();
    results.forEach(r -> ranks.add(r.get("rank").asInt()));
    assertThat(ranks).containsExactly(40, 90, 70, 80, 20);
  }

  @Test
  void fingerprintsSurviveLinesMovingAndChangeWithTheWords() throws Exception {
    Document original = dev.quotecheck.text.Documents.load(ReportFixtures.DIR.resolve("draft.md"));
    Document moved = Document.plain(original.path(), "An editor's note.\n\nAnother line.\n\n" + original.original());
    JsonNode before = sarif(ReportFixtures.sample(original), FailOn.DEFAULT).at("/runs/0/results");
    JsonNode after = sarif(ReportFixtures.sample(moved), FailOn.DEFAULT).at("/runs/0/results");
    assertThat(after.size()).isEqualTo(before.size());
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).at("/locations/0/physicalLocation/region/startLine").asInt())
          .isEqualTo(before.get(i).at("/locations/0/physicalLocation/region/startLine").asInt() + 4);
      assertThat(after.get(i).get("partialFingerprints")).isEqualTo(before.get(i).get("partialFingerprints"));
    }
    List<String> distinct = new ArrayList<>();
    before.forEach(r -> distinct.add(r.at("/partialFingerprints/" + SarifReportWriter.FINGERPRINT_KEY.replace("/", "~1")).asText()));
    assertThat(distinct).doesNotContain("").doesNotHaveDuplicates();
  }

  @Test
  void columnsAreOneBasedEvenAtTheStartOfALine() throws Exception {
    JsonNode results = sarif(ReportFixtures.sample(), FailOn.DEFAULT).at("/runs/0/results");
    results.forEach(r -> {
      JsonNode region = r.at("/locations/0/physicalLocation/region");
      assertThat(region.get("startColumn").asInt()).isGreaterThanOrEqualTo(1);
      assertThat(region.get("endColumn").asInt()).isGreaterThanOrEqualTo(1);
    });
  }

  @Test
  void pathsBecomeUriReferences() {
    assertThat(SarifReportWriter.uri("drafts/my draft.md")).isEqualTo("drafts/my%20draft.md");
    assertThat(SarifReportWriter.uri("drafts\\a.md")).isEqualTo("drafts/a.md");
    assertThat(SarifReportWriter.uri("/tmp/a.md")).isEqualTo("file:///tmp/a.md");
    assertThat(SarifReportWriter.uri("c:notes.md")).isEqualTo("./c:notes.md");
  }
}
