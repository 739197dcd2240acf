package dev.quotecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    Io io =
        new Io(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            Map.of(),
            dir,
            false,
            false);
    return new Main(io).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private JsonNode json() throws Exception {
    return new ObjectMapper().readTree(out());
  }

  @Test
  void extractsToJsonWithContractFields() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "Intro.\n\n“We will win,” she said.\n");
    assertThat(run("", "extract", "--format", "json", "a.txt")).isZero();
    JsonNode doc = json().get("documents").get(0);
    assertThat(json().get("version").asInt()).isEqualTo(1);
    assertThat(doc.get("path").asText()).isEqualTo("a.txt");
    JsonNode q = doc.get("quotes").get(0);
    assertThat(q.get("text").asText()).isEqualTo("We will win,");
    assertThat(q.get("start").asInt()).isEqualTo(9);
    assertThat(q.get("end").asInt()).isEqualTo(21);
    assertThat(q.get("line").asInt()).isEqualTo(3);
    assertThat(q.get("column").asInt()).isEqualTo(2);
    assertThat(q.has("speaker")).isTrue();
    assertThat(q.has("speakerMention")).isTrue();
    assertThat(q.has("confidence")).isTrue();
    assertThat(json().get("summary").get("quotes").asInt()).isEqualTo(1);
    assertThat(err()).isEmpty();
  }

  @Test
  void textFormatShowsFileLineColumnAndQuotation() throws Exception {
    Files.writeString(dir.resolve("a.md"), "# Head\n\nHe said “yes” loudly.\n");
    assertThat(run("", "extract", "a.md")).isZero();
    assertThat(out()).contains("a.md:3:10").contains("“yes”").contains("1 quotation in 1 file");
  }

  @Test
  void readsDirectoriesRecursivelyAndStdin() throws Exception {
    Files.createDirectories(dir.resolve("d/sub"));
    Files.writeString(dir.resolve("d/one.md"), "“One.”\n");
    Files.writeString(dir.resolve("d/sub/two.html"), "<p>“Two.”</p>");
    Files.writeString(dir.resolve("d/skip.json"), "{\"x\": \"“no”\"}");
    assertThat(run("“Three.”", "extract", "--format", "json", "d", "-")).isZero();
    JsonNode docs = json().get("documents");
    assertThat(docs).hasSize(3);
    assertThat(docs.get(0).get("path").asText()).isEqualTo(Path.of("d", "one.md").toString());
    assertThat(docs.get(1).get("path").asText()).isEqualTo(Path.of("d", "sub", "two.html").toString());
    assertThat(docs.get(2).get("path").asText()).isEqualTo("<stdin>");
  }

  @Test
  void badInputsGiveOneLineEachAndExit2WhileOthersAreStillReported() throws Exception {
    Files.writeString(dir.resolve("good.txt"), "“Fine,” he said.\n");
    Files.write(dir.resolve("bad.txt"), new byte[] {'a', '\n', (byte) 0xFF, 'b'});
    Files.write(dir.resolve("bin.txt"), new byte[] {1, 2, 0, 3});
    int code = run("", "extract", "--format", "json", "missing.txt", "bad.txt", "bin.txt", "good.txt");
    assertThat(code).isEqualTo(2);
    assertThat(err().lines())
        .containsExactly(
            "quotecheck: missing.txt: no such file or directory",
            "quotecheck: bad.txt: invalid UTF-8 at byte offset 2 (line 2)",
            "quotecheck: bin.txt: not a text document (binary content)");
    assertThat(json().get("documents")).hasSize(1);
    assertThat(json().get("errors")).hasSize(3);
  }

  @Test
  void refusesDraftsOverTheSizeLimit() throws Exception {
    Files.writeString(dir.resolve("big.txt"), "“x”".repeat(600));
    assertThat(run("", "extract", "--max-input-size", "1K", "big.txt")).isEqualTo(2);
    assertThat(err().lines()).containsExactly(
        "quotecheck: big.txt: 4200 bytes is over the input limit of 1024 bytes (raise it with --max-input-size)");
    assertThat(run("", "extract", "--max-input-size", "lots", "big.txt")).isEqualTo(2);
    assertThat(err()).contains("not a size: 'lots'");
  }

  @Test
  void emptyFileGivesNoQuotationsAndExit0() throws Exception {
    Files.writeString(dir.resolve("empty.txt"), "");
    assertThat(run("", "extract", "--format", "json", "empty.txt")).isZero();
    assertThat(json().get("documents").get(0).get("quotes")).isEmpty();
  }

  @Test
  void writesOutputFileAndRefusesToOverwriteAnInput() throws Exception {
    Path draft = dir.resolve("a.txt");
    Files.writeString(draft, "“Keep me,” she said.\n");
    assertThat(run("", "extract", "--format", "json", "--output", "report.json", "a.txt")).isZero();
    assertThat(out()).isEmpty();
    assertThat(Files.readString(dir.resolve("report.json"))).contains("\"Keep me,\"");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.txt", "report.json");
    }

    assertThat(run("", "extract", "--output", "a.txt", "a.txt")).isEqualTo(2);
    assertThat(err()).contains("that file is an input of this run");
    assertThat(Files.readString(draft)).isEqualTo("“Keep me,” she said.\n");
  }

  @Test
  void severalFormatsEachWithItsOutput() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "“Two ways,” she said.\n");
    assertThat(run("", "extract", "--format", "json,text", "--output", "r.json", "a.txt")).isZero();
    assertThat(Files.readString(dir.resolve("r.json"))).contains("\"Two ways,\"");
    assertThat(out()).contains("a.txt:1:2");
  }

  @Test
  void usageErrorsExit2WithOneLine() {
    assertThat(run("", "extract", "--format", "yaml", "a.txt")).isEqualTo(2);
    assertThat(err().lines()).hasSize(1).first().asString().contains("unknown format 'yaml'");
  }

  @Test
  void missingCommandAndUnknownOptionExit2() {
    assertThat(run("")).isEqualTo(2);
    assertThat(run("", "extract", "--bogus", "a.txt")).isEqualTo(2);
    assertThat(err()).contains("Unknown option: '--bogus'");
  }

  @Test
  void helpAndVersionExit0() {
    assertThat(run("", "--help")).isZero();
    assertThat(out()).contains("extract");
    assertThat(run("", "--version")).isZero();
    assertThat(out()).contains("quotecheck ");
  }

  private void git(String... args) throws Exception {
    java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of("git", "-C", dir.toString()));
    cmd.addAll(java.util.List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).as(String.join(" ", args)).isZero();
  }

  @Test
  void changedSinceReadsOnlyDraftsGitReportsChanged() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(new java.io.File("/usr/bin/git").canExecute(), "git absent");
    git("init", "-q");
    git("config", "user.email", "t@example.org");
    git("config", "user.name", "T");
    Files.writeString(dir.resolve("a.md"), "“A,” she said.\n");
    Files.writeString(dir.resolve("c.md"), "“C,” she said.\n");
    git("add", ".");
    git("commit", "-qm", "drafts");
    Files.writeString(dir.resolve("a.md"), "“A again,” she said.\n");
    Files.writeString(dir.resolve("b.md"), "“B,” he said.\n");
    Files.writeString(dir.resolve("notes.json"), "{}");
    assertThat(run("", "extract", "--changed-since", "HEAD", "--format", "json")).isZero();
    assertThat(json().get("documents")).extracting(d -> d.get("path").asText())
        .containsExactlyInAnyOrder("a.md", "b.md");
    assertThat(run("", "extract", "--changed-since", "no-such-rev")).isEqualTo(2);
    assertThat(err()).contains("--changed-since").contains("failed");
  }

  @Test
  void filesFromReadsNamesFromStdin() throws Exception {
    Files.writeString(dir.resolve("a.md"), "“A,” she said.\n");
    Files.writeString(dir.resolve("b.md"), "“B,” he said.\n");
    assertThat(run("b.md\n\na.md\n", "extract", "--files-from", "-", "--format", "json")).isZero();
    assertThat(json().get("documents")).extracting(d -> d.get("path").asText()).containsExactly("b.md", "a.md");
    assertThat(run("", "extract")).isEqualTo(2);
    assertThat(err()).contains("no INPUT given");
  }
}
