package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportWritersTest {

  @Test
  void everyFormatNameHasAWriterThatCallsItselfSo() {
    for (String name : ReportWriters.ALL_FORMATS) {
      ReportWriter w = ReportWriters.create(name, FailOn.DEFAULT, false).orElseThrow();
      assertThat(w.format()).isEqualTo(name);
    }
    assertThat(ReportWriters.create("md", FailOn.DEFAULT).orElseThrow().format()).isEqualTo("markdown");
    assertThat(ReportWriters.create("SARIF", FailOn.DEFAULT)).isPresent();
    assertThat(ReportWriters.create("pdf", FailOn.DEFAULT, true)).isEmpty();
    assertThat(ReportWriters.create("text", FailOn.DEFAULT)).isEmpty();
  }
}
