package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReportWriterTest {

  static List<String> lines(Report report, FailOn failOn) throws Exception {
    StringWriter out = new StringWriter();
    new GithubReportWriter(failOn).write(report, out);
    return out.toString().lines().toList();
  }

  @Test
  void oneAnnotationPerFlaggedQuotationLevelledByTheThreshold() throws Exception {
    List<String> lines = lines(ReportFixtures.sample(), FailOn.DEFAULT);
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).startsWith("::error file=testdata/report/draft.md,line=5,col=59,endLine=5,endColumn=99,"
        + "title=Altered quotation (quote-altered)::Altered quotation (critical) of Dana Levi");
    assertThat(lines.get(3)).startsWith("::notice file=testdata/report/draft.md,line=11,col=2,");
    assertThat(lines(ReportFixtures.sample(), FailOn.NONE)).allMatch(l -> !l.startsWith("::error"));
  }

  @Test
  void dataAndPropertiesAreEscapedAsTheRunnerExpects() {
    assertThat(GithubReportWriter.data("50% off\r\nnow: a, b")).isEqualTo("50%25 off%0D%0Anow: a, b");
    assertThat(GithubReportWriter.property("dir,x/a:b%.md")).isEqualTo("dir%2Cx/a%3Ab%25.md");
  }

  @Test
  void aNewlineInTheTextCannotStartAnotherCommand() throws Exception {
    Report report = ReportFixtures.hostile();
    List<String> lines = lines(report, FailOn.DEFAULT);
    // one error line for the unreadable input, two annotations, nothing else
    assertThat(lines).hasSize(3).allMatch(l -> l.startsWith("::"));
  }
}
