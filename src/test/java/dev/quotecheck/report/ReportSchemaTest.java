package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/schema/report-v1.schema.json accepts the contract's example report and rejects broken ones. */
class ReportSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void load() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("docs", "schema", "report-v1.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  static JsonNode sample() throws Exception {
    return JSON.readTree(ReportFixtures.DIR.resolve("sample-report.json").toFile());
  }

  @Test
  void acceptsTheSampleReport() throws Exception {
    assertThat(schema.validate(sample())).isEmpty();
  }

  @Test
  void theJsonWriterFollowsTheSchemaAndAcceptReadsIt() throws Exception {
    for (Report report : java.util.List.of(ReportFixtures.sample(), ReportFixtures.hostile(), ReportFixtures.withMinor())) {
      java.io.StringWriter out = new java.io.StringWriter();
      new JsonReportWriter().write(report, out);
      JsonNode json = JSON.readTree(out.toString());
      assertThat(schema.validate(json)).as(out.toString()).isEmpty();
      assertThat(Accepted.candidates(json, "report.json")).extracting(Accepted.Candidate::fingerprint)
          .containsExactlyElementsOf(Accepted.candidates(report).stream().map(Accepted.Candidate::fingerprint).toList());
    }
  }

  @Test
  void acceptsAnExtractReportWithoutVerdictFields() throws Exception {
    JsonNode report = sample();
    for (JsonNode q : report.at("/documents/0/quotes")) {
      ((ObjectNode) q).remove(java.util.List.of("status", "severity", "similarity", "source", "diff", "reasons"));
    }
    assertThat(schema.validate(report)).isEmpty();
  }

  @Test
  void rejectsWrongVersionsStatusesPositionsAndHalfVerdicts() throws Exception {
    JsonNode version = sample();
    ((ObjectNode) version).put("version", 2);
    assertThat(schema.validate(version)).isNotEmpty();

    JsonNode status = sample();
    ((ObjectNode) status.at("/documents/0/quotes/0")).put("status", "fine");
    assertThat(schema.validate(status)).isNotEmpty();

    JsonNode column = sample();
    ((ObjectNode) column.at("/documents/0/quotes/0")).put("column", 0);
    assertThat(schema.validate(column)).isNotEmpty();

    JsonNode half = sample();
    ((ObjectNode) half.at("/documents/0/quotes/1")).remove("diff");
    assertThat(schema.validate(half)).isNotEmpty();

    JsonNode unverifiedWithSource = sample();
    ((ObjectNode) unverifiedWithSource.at("/documents/0/quotes/4"))
        .set("source", unverifiedWithSource.at("/documents/0/quotes/0/source"));
    assertThat(schema.validate(unverifiedWithSource)).isNotEmpty();
  }
}
