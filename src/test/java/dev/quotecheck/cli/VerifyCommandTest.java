package dev.quotecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(IsolatedCorpusCache.class)
class VerifyCommandTest {
  @TempDir Path dir;
  private CliTesting cli;

  @BeforeEach
  void writeCorpus() throws Exception {
    cli = new CliTesting(dir);
    Files.createDirectories(dir.resolve("refs"));
    Files.writeString(
        dir.resolve("refs/hearing.txt"),
        "Ann Weller:\nWe will never cut the library budget while I chair this committee.\n\n"
            + "Tom Price:\nThe new depot will open in the spring with forty staff.\n");
  }

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(cli.out());
  }

  @Test
  void faithfulQuotationsExit0() throws Exception {
    Files.writeString(dir.resolve("ok.md"),
        "Weller said: \"We will never cut the library budget while I chair this committee.\"\n");
    assertThat(cli.run("", "verify", "ok.md", "--corpus", "refs", "--format", "json")).isZero();
    JsonNode q = json().get("documents").get(0).get("quotes").get(0);
    assertThat(q.get("status").asText()).isEqualTo("verified");
    assertThat(q.get("source").get("path").asText()).endsWith("hearing.txt");
    assertThat(q.get("source").get("line").asInt()).isEqualTo(2);
    assertThat(json().get("summary").get("verified").asInt()).isEqualTo(1);
  }

  @Test
  void criticalAlterationExits1UnlessFailOnNone() throws Exception {
    Files.writeString(dir.resolve("bad.md"),
        "\"The new depot will open in the spring with fifty staff,\" Price said.\n");
    assertThat(cli.run("", "verify", "bad.md", "--corpus", "refs")).isEqualTo(1);
    assertThat(cli.out()).contains("altered (critical)").contains("[-forty-]{+fifty+}");
    assertThat(cli.run("", "verify", "bad.md", "--corpus", "refs", "--fail-on", "none")).isZero();
  }

  @Test
  void unknownFailOnAndMissingCorpusAreUsageErrors() throws Exception {
    Files.writeString(dir.resolve("a.md"), "\"Hello,\" she said.\n");
    assertThat(cli.run("", "verify", "a.md", "--corpus", "refs", "--fail-on", "sometimes")).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.run("", "verify", "a.md")).isEqualTo(2);
    assertThat(cli.err()).contains("verify needs a corpus");
  }

  @Test
  void outputInsideTheCorpusIsRefused() throws Exception {
    Files.writeString(dir.resolve("a.md"), "\"Hello,\" she said.\n");
    assertThat(cli.run("", "verify", "a.md", "--corpus", "refs", "--output", "refs/report.txt")).isEqualTo(2);
    assertThat(cli.err()).contains("inside the corpus");
    assertThat(Files.exists(dir.resolve("refs/report.txt"))).isFalse();
  }

  @Test
  void indexThenVerifyAgainstTheIndex() throws Exception {
    assertThat(cli.run("", "index", "--corpus", "refs", "--index", "idx")).isZero();
    assertThat(cli.err()).contains("indexed 1 files");
    Files.writeString(dir.resolve("a.md"),
        "\"The new depot will open in the spring with forty staff,\" Price said.\n");
    assertThat(cli.run("", "verify", "a.md", "--corpus", "idx", "--format", "json")).isZero();
    assertThat(json().get("documents").get(0).get("quotes").get(0).get("status").asText()).isEqualTo("verified");

    assertThat(cli.run("", "index", "--corpus", "refs", "--index", "idx")).isZero();
    assertThat(cli.err()).contains("1 unchanged");
  }

  @Test
  void configFileSuppliesCorpusAndThreshold() throws Exception {
    Files.writeString(dir.resolve(".quotecheck.yml"), "corpus: [refs]\nfail-on: none\n");
    Files.writeString(dir.resolve("bad.md"),
        "\"The new depot will open in the spring with fifty staff,\" Price said.\n");
    assertThat(cli.run("", "verify", "bad.md")).isZero();
    assertThat(cli.run("", "verify", "bad.md", "--fail-on", "major")).isEqualTo(1);
    assertThat(cli.run("", "verify", "--print-config")).isZero();
    assertThat(cli.out()).contains("refs").contains("fail-on");
  }

  @Test
  void acceptedQuotationsStaySilentUntilTheyChange() throws Exception {
    Path draft = dir.resolve("bad.md");
    Files.writeString(draft, "\"The new depot will open in the spring with fifty staff,\" Price said.\n");
    assertThat(cli.run("", "verify", "bad.md", "--corpus", "refs", "--format", "json", "--output", "r.json")).isEqualTo(1);
    assertThat(cli.run("", "accept", "--from", "r.json", "--by", "Desk", "--reason", "correction printed")).isZero();
    assertThat(cli.err()).contains("accepted 1 quotation");
    assertThat(Files.readString(dir.resolve(".quotecheck-accepted.yml"))).contains("Desk").contains("correction printed");
    assertThat(cli.run("", "verify", "bad.md", "--corpus", "refs")).isZero();

    Files.writeString(draft, "\"The new depot will open in the spring with sixty staff,\" Price said.\n");
    assertThat(cli.run("", "verify", "bad.md", "--corpus", "refs")).isEqualTo(1);
  }

  @Test
  void aliasFileJoinsARoleToTheNameTheSourceUses() throws Exception {
    Files.writeString(dir.resolve("speakers.yml"), "Ann Weller: [the committee chair]\n");
    Files.writeString(dir.resolve("a.md"),
        "The committee chair said: \"We will never cut the library budget while I chair this committee.\"\n");
    assertThat(cli.run("", "verify", "a.md", "--corpus", "refs", "--speakers", "speakers.yml", "--format", "json")).isZero();
    JsonNode q = json().get("documents").get(0).get("quotes").get(0);
    assertThat(q.get("speaker").asText()).isEqualTo("Ann Weller");
    assertThat(q.get("status").asText()).isEqualTo("verified");

    Files.writeString(dir.resolve("broken.yml"), "Ann Weller: [unclosed\n");
    assertThat(cli.run("", "verify", "a.md", "--corpus", "refs", "--speakers", "broken.yml")).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(1).first().asString().contains("broken.yml");
  }
}
