package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SuppressionsTest {

  @Test
  void htmlDraftsAreReadFromTheirOriginalText() throws Exception {
    String html = """
        <html><body>
        <!-- quotecheck-disable-next-line quote-unverified -->
        <p>"Nobody asked the farmers," a spokesman said.</p>
        <p>"Nor the fishermen," he added.</p>
        </body></html>
        """;
    Document doc = Documents.read("a.html", Format.HTML, html.getBytes(StandardCharsets.UTF_8));
    Suppressions s = Suppressions.parse(doc);
    int first = html.indexOf("Nobody");
    int second = html.indexOf("Nor the");
    assertThat(s.suppresses(first, Rule.UNVERIFIED)).isTrue();
    assertThat(s.suppresses(first, Rule.ALTERED)).isFalse();
    assertThat(s.suppresses(second, Rule.UNVERIFIED)).isFalse();
    assertThat(s.warnings()).isEmpty();
  }

  @Test
  void enableCanReopenOneRuleOfABlock() {
    String text = "<!-- quotecheck-disable -->\n\"a\" one\n<!-- quotecheck-enable quote-altered -->\n\"b\" two\n";
    Suppressions s = Suppressions.parse(Document.plain("t.txt", text));
    int a = text.indexOf("\"a\"");
    int b = text.indexOf("\"b\"");
    assertThat(s.suppresses(a, Rule.ALTERED)).isTrue();
    assertThat(s.suppresses(b, Rule.ALTERED)).isFalse();
    assertThat(s.suppresses(b, Rule.MISATTRIBUTED)).isTrue();
  }

  @Test
  void aDirectiveDoesNotReachBackwards() {
    String text = "\"a\" one\n<!-- quotecheck-disable -->\n";
    Suppressions s = Suppressions.parse(Document.plain("t.txt", text));
    assertThat(s.suppresses(0, Rule.ALTERED)).isFalse();
  }
}
