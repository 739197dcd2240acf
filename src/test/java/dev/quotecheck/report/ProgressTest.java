package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void silentUnlessATerminalOutsideCi() {
    assertThat(Progress.forStderr("verify", false, Map.of())).isSameAs(Progress.NONE);
    assertThat(Progress.forStderr("verify", true, Map.of("CI", "true"))).isSameAs(Progress.NONE);
    assertThat(Progress.forStderr("verify", true, Map.of("TERM", "dumb"))).isSameAs(Progress.NONE);
    Progress p = Progress.forStderr("verify", true, Map.of("CI", "false"));
    assertThat(p).isInstanceOf(TerminalProgress.class);
    p.close();
  }

  @Test
  void barShowsTaskCountAndEta() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Progress p = new TerminalProgress("Verifying", err, false, false);
    p.step(); // before start: ignored, no crash
    p.start(4);
    for (int i = 0; i < 4; i++) {
      p.step();
    }
    p.close();
    p.step(); // after close: ignored
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("Verifying", "4/4").containsPattern("\\d+:\\d\\d:\\d\\d");
  }
}
