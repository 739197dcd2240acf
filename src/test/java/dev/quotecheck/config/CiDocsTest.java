package dev.quotecheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.quotecheck.report.FailOn;
import dev.quotecheck.report.OutputTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The files in docs/ci are valid YAML of the right shape, and the example config loads. */
class CiDocsTest {
  private static final Path CI = Path.of("docs", "ci");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @Test
  void exampleConfigLoads() throws Exception {
    QuotecheckConfig c = ConfigLoader.load(CI.resolve("quotecheck.example.yml"));
    Path dir = CI.toAbsolutePath();
    assertThat(c.corpus()).containsExactly(dir.resolve("corpus/transcripts"), dir.resolve("corpus/speeches"));
    assertThat(c.failOn()).isEqualTo(FailOn.DEFAULT);
    assertThat(c.formats()).contains(new OutputTarget("html", dir.resolve("quotecheck.html")));
    assertThat(c.ignoreGlobs(dir).ignores(dir.resolve("archive/2019/a.md"))).isTrue();
  }

  @Test
  void githubWorkflowUploadsSarifFromTheVerifyStep() throws Exception {
    JsonNode wf = YAML.readTree(CI.resolve("github-actions.yml").toFile());
    assertThat(wf.at("/permissions/security-events").asText()).isEqualTo("write");
    List<String> uses = new ArrayList<>();
    String verify = null;
    for (JsonNode step : wf.at("/jobs/quotecheck/steps")) {
      uses.add(step.path("uses").asText());
      if ("verify".equals(step.path("id").asText())) {
        verify = step.path("run").asText();
      }
    }
    assertThat(uses).anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@"));
    assertThat(verify).contains("--format sarif=quotecheck.sarif", "--format github", "git diff --name-only");
  }

  @Test
  void gitlabJobAndPreCommitHookHaveTheirRequiredKeys() throws Exception {
    JsonNode job = YAML.readTree(CI.resolve("gitlab-ci.yml").toFile()).get("quotecheck");
    assertThat(job.at("/artifacts/reports/junit").asText()).isEqualTo("quotecheck-junit.xml");
    assertThat(job.get("script").toString()).contains("--format junit=quotecheck-junit.xml");

    JsonNode hooks = YAML.readTree(Files.readString(CI.resolve("pre-commit-hooks.yaml")));
    assertThat(hooks.isArray()).isTrue();
    JsonNode hook = hooks.get(0);
    for (String key : List.of("id", "name", "entry", "language")) {
      assertThat(hook.hasNonNull(key)).as(key).isTrue();
    }
    assertThat("drafts/a.md").matches(".*" + hook.get("files").asText());
    assertThat("src/Main.java").doesNotMatch(".*" + hook.get("files").asText());
  }
}
