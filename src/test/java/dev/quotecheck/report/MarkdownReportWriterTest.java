package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

  static String markdown(Report report) throws Exception {
    StringWriter out = new StringWriter();
    new MarkdownReportWriter(FailOn.DEFAULT).write(report, out);
    return out.toString();
  }

  @Test
  void summaryTableThenFlaggedQuotationsWithDiffs() throws Exception {
    String md = markdown(ReportFixtures.sample());
    assertThat(md).contains("| 1 | 5 | 1 | 2 | 1 | 1 |");
    assertThat(md).contains("\u274c **3 quotations at or above the threshold** (`major`)");
    assertThat(md).contains("### testdata/report/draft\\.md");
    // the verified quotation is not listed; the four flagged ones are
    assertThat(md).doesNotContain("We will not let");
    assertThat(md.split("\n- ", -1)).hasSize(5);
    assertThat(md).contains("```diff\n  - a mistake [-that-] we can \u2038 correct\n  + a mistake \u2038 we can {+still+} correct\n  ```");
    assertThat(md).contains("\u2139\ufe0f **unverified** line 11, column 2");
  }

  @Test
  void markupInDraftsCannotInjectHtmlOrMarkdown() throws Exception {
    String md = markdown(ReportFixtures.hostile());
    String outsideFences = md.replaceAll("(?s)```.*?```", "");
    assertThat(outsideFences).doesNotContain("<script", "<img", "</textarea", "<b>");
    assertThat(outsideFences).contains("&lt;script&gt;");
    assertThat(MarkdownReportWriter.inline("*bold* [x](http://e) `c`")).isEqualTo("\\*bold\\* \\[x\\]\\(http://e\\) \\`c\\`");
    assertThat(MarkdownReportWriter.fence("a ```` b")).isEqualTo("`````");
  }
}
