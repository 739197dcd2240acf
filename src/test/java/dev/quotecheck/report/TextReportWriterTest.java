package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Document;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

  private static String report(String text) throws Exception {
    Report r = new Report(false, List.of(QuoteChecker.builder().build().check(Document.plain("d.txt", text))), List.of());
    StringWriter out = new StringWriter();
    new TextReportWriter(false).write(r, out);
    return out.toString();
  }

  @Test
  void eachSpeakerShowsTheMentionItRestsOnWithItsCueAndConfidence() throws Exception {
    // the confidence is the construction's measured precision, regenerated with the rules: its shape only
    String out = report("“We will build it this year,” Mayor Ana Ruiz said.\r\n\r\nShe added: “The rails arrive in May.”\n")
        .replaceAll("confidence 0\\.\\d\\d\\)", "confidence 0.NN)");
    assertThat(out.lines()).containsSubsequence(
        "d.txt:1:2  Ana Ruiz  “We will build it this year,”",
        "    by “Mayor Ana Ruiz” at 1:31 (cue “said”, quote-x-said, confidence 0.NN)",
        "d.txt:3:13  Ana Ruiz  “The rails arrive in May.”",
        "    by “She” at 3:1 (cue “added”, pronoun, confidence 0.NN)");
  }

  @Test
  void aQuotationWithNoSpeakerHasNoMentionLine() throws Exception {
    String out = report("The so-called “plan” failed.\n");
    assertThat(out.lines()).containsExactly("d.txt:1:16  (no speaker)  “plan”  [scare]", "1 quotation in 1 file");
  }
}
