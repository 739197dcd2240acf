package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputsTest {
  @TempDir Path tmp;

  @Test
  void formatsPairWithOutputsInOrder() throws Exception {
    List<OutputTarget> t = OutputTarget.pair(List.of("sarif", "html", "text"),
        List.of(Path.of("a.sarif"), Path.of("b.html")), "text");
    assertThat(t).containsExactly(new OutputTarget("sarif", Path.of("a.sarif")),
        new OutputTarget("html", Path.of("b.html")), new OutputTarget("text", null));
    assertThat(OutputTarget.pair(List.of("junit=r.xml", "JSON"), List.of(Path.of("r.json")), "text"))
        .containsExactly(new OutputTarget("junit", Path.of("r.xml")), new OutputTarget("json", Path.of("r.json")));
    assertThat(OutputTarget.pair(List.of(), List.of(Path.of("out.txt")), "text"))
        .containsExactly(new OutputTarget("text", Path.of("out.txt")));
  }

  @Test
  void pairingProblemsAreOneLineErrors() {
    assertThatThrownBy(() -> OutputTarget.pair(List.of("html", "sarif"), List.of(), "text"))
        .isInstanceOf(OutputException.class).hasMessageContaining("stdout");
    assertThatThrownBy(() -> OutputTarget.pair(List.of("html"), List.of(Path.of("a"), Path.of("b")), "text"))
        .isInstanceOf(OutputException.class).hasMessageContaining("--output b");
    assertThatThrownBy(() -> OutputTarget.pair(List.of("html="), List.of(), "text"))
        .isInstanceOf(OutputException.class).hasMessageContaining("no file");
  }

  @Test
  void refusesToOverwriteAnInputEvenThroughASymlinkOrDotDot() throws Exception {
    Path drafts = Files.createDirectories(tmp.resolve("drafts"));
    Path draft = Files.writeString(drafts.resolve("a.md"), "\"Hi,\" she said.");
    Path link = Files.createSymbolicLink(tmp.resolve("link.md"), draft);
    for (Path p : List.of(draft, link, drafts.resolve("../drafts/./a.md"))) {
      assertThatThrownBy(() -> ReportOutputs.check(List.of(new OutputTarget("html", p)), List.of(draft), List.of()))
          .isInstanceOf(OutputException.class)
          .hasMessage("cannot write the html report to " + p + ": that file is an input of this run");
    }
    ReportOutputs.check(List.of(new OutputTarget("html", tmp.resolve("report.html"))), List.of(drafts), List.of());
  }

  @Test
  void refusesToWriteInsideTheCorpusOrTwiceOrIntoNowhere() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus/deep"));
    assertThatThrownBy(() -> ReportOutputs.check(
        List.of(new OutputTarget("sarif", corpus.resolve("x.sarif"))), List.of(), List.of(tmp.resolve("corpus"))))
        .hasMessageContaining("inside the corpus");
    Path out = tmp.resolve("r.txt");
    assertThatThrownBy(() -> ReportOutputs.check(
        List.of(new OutputTarget("html", out), new OutputTarget("sarif", out)), List.of(), List.of()))
        .hasMessageContaining("the html report goes there too");
    assertThatThrownBy(() -> ReportOutputs.check(
        List.of(new OutputTarget("html", tmp.resolve("missing/r.html"))), List.of(), List.of()))
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> ReportOutputs.check(
        List.of(new OutputTarget("html", corpus)), List.of(), List.of()))
        .hasMessageContaining("is a directory");
  }

  @Test
  void writesEachFormatToItsOwnFileAtomicallyAndTheRestToStdout() throws Exception {
    Path sarif = tmp.resolve("r.sarif");
    Files.writeString(sarif, "old");
    Files.setPosixFilePermissions(sarif, PosixFilePermissions.fromString("rw-rw-r--"));
    StringWriter stdout = new StringWriter();
    Map<String, ReportWriter> writers = Map.of(
        "sarif", new SarifReportWriter(FailOn.DEFAULT), "github", new GithubReportWriter(FailOn.DEFAULT),
        "junit", new JunitReportWriter(FailOn.DEFAULT));
    ReportOutputs.write(ReportFixtures.sample(),
        List.of(new OutputTarget("sarif", sarif), new OutputTarget("junit", tmp.resolve("r.xml")),
            new OutputTarget("github", null)), writers::get, stdout);
    assertThat(Files.readString(sarif)).startsWith("{").contains("\"quote-altered\"");
    assertThat(Files.getPosixFilePermissions(sarif)).isEqualTo(PosixFilePermissions.fromString("rw-rw-r--"));
    assertThat(Files.readString(tmp.resolve("r.xml"))).contains("<testsuites");
    assertThat(stdout.toString()).startsWith("::error ");
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("r.sarif", "r.xml");
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path target = Files.writeString(tmp.resolve("report.html"), "previous report");
    assertThatThrownBy(() -> AtomicOutput.write(target, out -> {
      out.write("half a rep");
      throw new IOException("disk full");
    })).hasMessage("disk full");
    assertThat(Files.readString(target)).isEqualTo("previous report");
    try (var files = Files.list(tmp)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void unknownFormatIsAnOutputError() {
    assertThatThrownBy(() -> ReportOutputs.write(ReportFixtures.sample(), List.of(new OutputTarget("pdf", null)),
        f -> ReportWriters.create(f, FailOn.DEFAULT).orElse(null), new StringWriter()))
        .isInstanceOf(OutputException.class).hasMessage("unknown format 'pdf'");
  }
}
