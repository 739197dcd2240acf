package dev.quotecheck.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class IgnoreGlobsTest {
  private final Path base = Path.of("/newsroom");

  @Test
  void namesMatchAtAnyDepthAndPathsFromTheBase() {
    IgnoreGlobs g = new IgnoreGlobs(base, List.of("*.bak.md", "archive", "drafts/old/**", "**/tmp/*.txt", "/top.md"));
    assertThat(g.ignores(base.resolve("x.bak.md"))).isTrue();
    assertThat(g.ignores(base.resolve("a/b/x.bak.md"))).isTrue();
    assertThat(g.ignores(base.resolve("a/archive/x.md"))).isTrue();
    assertThat(g.ignores(base.resolve("drafts/old/2019/x.md"))).isTrue();
    assertThat(g.ignores(base.resolve("drafts/new/x.md"))).isFalse();
    assertThat(g.ignores(base.resolve("tmp/a.txt"))).isTrue();
    assertThat(g.ignores(base.resolve("x/tmp/a.txt"))).isTrue();
    assertThat(g.ignores(base.resolve("top.md"))).isTrue();
    assertThat(g.ignores(base.resolve("sub/top.md"))).isFalse();
    assertThat(g.ignores(base.resolve("archived.md"))).isFalse();
  }

  @Test
  void noPatternsIgnoreNothing() {
    assertThat(new IgnoreGlobs(base, List.of()).ignores(base.resolve("a.md"))).isFalse();
  }
}
