package dev.quotecheck.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quotecheck.report.FailOn;
import dev.quotecheck.report.OutputTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path tmp;

  private Path write(String relative, String yaml) throws Exception {
    Path file = tmp.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, yaml);
  }

  @Test
  void foundByWalkingUpAndPathsResolveAgainstItsDirectory() throws Exception {
    Path config = write("newsroom/.quotecheck.yml", """
        # house settings
        corpus:
          - transcripts
          - ../shared/speeches
        index: .qc-index
        aliases: speakers.yml
        fail-on: minor, unverified
        formats: [text, sarif=out/quotecheck.sarif]
        ignore:
          - archive/
          - "*.bak.md"
        """);
    Path deep = Files.createDirectories(tmp.resolve("newsroom/desk/today"));
    assertThat(ConfigLoader.find(deep)).contains(config);

    QuotecheckConfig c = ConfigLoader.resolve(null, deep);
    Path dir = tmp.resolve("newsroom");
    assertThat(c.file()).isEqualTo(config);
    assertThat(c.corpus()).containsExactly(dir.resolve("transcripts"), tmp.resolve("shared/speeches"));
    assertThat(c.index()).isEqualTo(dir.resolve(".qc-index"));
    assertThat(c.aliases()).isEqualTo(dir.resolve("speakers.yml"));
    assertThat(c.failOn()).isEqualTo(FailOn.parse("minor,unverified"));
    assertThat(c.formats()).containsExactly(new OutputTarget("text", null),
        new OutputTarget("sarif", dir.resolve("out/quotecheck.sarif")));
    assertThat(c.acceptedOrDefault(deep)).isEqualTo(dir.resolve(".quotecheck-accepted.yml"));
    IgnoreGlobs globs = c.ignoreGlobs(deep);
    assertThat(globs.ignores(dir.resolve("archive/2020/a.md"))).isTrue();
    assertThat(globs.ignores(dir.resolve("desk/x.bak.md"))).isTrue();
    assertThat(globs.ignores(dir.resolve("desk/today/a.md"))).isFalse();
  }

  @Test
  void singleValuesStandForListsAndNoFileMeansDefaults(@TempDir Path elsewhere) throws Exception {
    write(".quotecheck.yml", "corpus: debates\nformats: html=report.html\n");
    QuotecheckConfig c = ConfigLoader.resolve(null, tmp);
    assertThat(c.corpus()).containsExactly(tmp.resolve("debates"));
    assertThat(c.formats()).containsExactly(new OutputTarget("html", tmp.resolve("report.html")));
    assertThat(c.failOnOrDefault()).isEqualTo(FailOn.DEFAULT);

    // a directory of its own, outside tmp and its .quotecheck.yml, removed after the test
    assertThat(ConfigLoader.resolve(null, elsewhere).file()).isNull();
    Files.writeString(tmp.resolve("empty.yml"), "# nothing yet\n");
    assertThat(ConfigLoader.load(tmp.resolve("empty.yml")).corpus()).isEmpty();
  }

  @Test
  void unknownKeyIsOneLineNamingFileAndLine() throws Exception {
    Path f = write(".quotecheck.yml", "corpus: a\nfail-on: major\ncorpra: b\n");
    assertThatThrownBy(() -> ConfigLoader.load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(f + ":3: unknown key 'corpra' (known: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void badValuesNameFileLineAndKey() throws Exception {
    Path threshold = write("a.yml", "corpus: a\n\nfail-on: severe\n");
    assertThatThrownBy(() -> ConfigLoader.load(threshold)).hasMessageStartingWith(threshold + ":3: fail-on: unknown value 'severe'");
    Path format = write("b.yml", "formats:\n  - pdf\n");
    assertThatThrownBy(() -> ConfigLoader.load(format)).hasMessageStartingWith(format + ":1: unknown format 'pdf'");
    Path shape = write("c.yml", "index:\n  a: b\n");
    assertThatThrownBy(() -> ConfigLoader.load(shape)).hasMessageStartingWith(shape + ":").hasMessageContaining("'index'");
    Path yaml = write("d.yml", "corpus: [a\nindex: b\n");
    assertThatThrownBy(() -> ConfigLoader.load(yaml)).hasMessageStartingWith(yaml + ":").hasMessageContaining("not valid YAML")
        .hasMessageNotContaining("\n");
    Path dup = write("e.yml", "index: a\nindex: b\n");
    assertThatThrownBy(() -> ConfigLoader.load(dup)).hasMessageStartingWith(dup + ":2:");
    Path list = write("f.yml", "- a\n- b\n");
    assertThatThrownBy(() -> ConfigLoader.load(list)).hasMessageStartingWith(list + ":1: expected keys");
    assertThatThrownBy(() -> ConfigLoader.resolve(Path.of("missing.yml"), tmp))
        .hasMessage(tmp.resolve("missing.yml") + ": no such file");
  }

  @Test
  void commandLineOverridesTheFileAndPrintConfigReadsBack() throws Exception {
    write(".quotecheck.yml", "corpus: [debates]\nindex: idx\nfail-on: critical\nignore: ['*.tmp.md']\n");
    QuotecheckConfig file = ConfigLoader.resolve(null, tmp);
    QuotecheckConfig cli = new QuotecheckConfig(null, List.of(tmp.resolve("other")), null, null, null,
        FailOn.parse("none"), List.of(new OutputTarget("json", null)), List.of());
    QuotecheckConfig merged = file.overriddenBy(cli);
    assertThat(merged.corpus()).containsExactly(tmp.resolve("other"));
    assertThat(merged.index()).isEqualTo(tmp.resolve("idx"));
    assertThat(merged.failOn()).isEqualTo(FailOn.NONE);
    assertThat(merged.ignore()).containsExactly("*.tmp.md");
    assertThat(merged.file()).isEqualTo(tmp.resolve(".quotecheck.yml"));

    String yaml = ConfigPrinter.toYaml(merged, tmp);
    assertThat(yaml).contains("fail-on: none", "- json", "index: " + tmp.resolve("idx"));
    Path printed = Files.writeString(tmp.resolve("printed.yml"), yaml);
    QuotecheckConfig back = ConfigLoader.load(printed);
    assertThat(back.corpus()).isEqualTo(merged.corpus());
    assertThat(back.index()).isEqualTo(merged.index());
    assertThat(back.failOn()).isEqualTo(merged.failOn());
    assertThat(back.formats()).isEqualTo(merged.formats());
    assertThat(back.ignore()).isEqualTo(merged.ignore());
    assertThat(back.accepted()).isEqualTo(merged.acceptedOrDefault(tmp));
  }
}
