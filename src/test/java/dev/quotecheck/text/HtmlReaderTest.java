package dev.quotecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlReaderTest {

  private static Document read(String html) {
    return new HtmlReader().read("a.html", html);
  }

  @Test
  void keepsVisibleTextOnly() {
    Document doc =
        read("<html><head><title>T</title><style>p{}</style></head><body>"
            + "<p>“Visible,” she said.</p><script>var s = \"hidden\";</script></body></html>");
    assertThat(doc.text()).contains("“Visible,” she said.").doesNotContain("hidden").doesNotContain("p{}");
  }

  @Test
  void mapsOffsetsBackThroughEntities() {
    String html = "<p>Tom &amp; Jerry said &ldquo;it&rsquo;s fine&rdquo; today.</p>";
    Document doc = read(html);
    String text = doc.text();
    int open = text.indexOf('“');
    int inner = text.indexOf("s fine");
    assertThat(text).contains("Tom & Jerry said “it’s fine” today.");
    assertThat(doc.toOriginal(open)).isEqualTo(html.indexOf("&ldquo;"));
    assertThat(doc.toOriginal(inner)).isEqualTo(html.indexOf("s fine"));
    Span content = doc.toOriginal(new Span(open + 1, text.indexOf('”')));
    assertThat(content.of(html)).isEqualTo("it&rsquo;s fine");
  }

  @Test
  void separatesBlocksIntoParagraphs() {
    Document doc = read("<div><p>One.</p><p>Two.</p></div><h2>Three</h2>");
    assertThat(doc.text()).isEqualTo("One.\n\nTwo.\n\nThree\n\n");
  }

  @Test
  void mapsLinesOfCrlfFiles() {
    String html = "<p>\r\nfirst</p>\r\n<p>“second”</p>";
    Document doc = read(html);
    int q = doc.text().indexOf("second");
    assertThat(doc.position(q)).isEqualTo(new LineMap.Position(3, 5));
  }

  @Test
  void textMadeFromATagCutOffAtTheEndMapsToItsOwnCharacters() {
    // Found by ReaderProperties#htmlReadingTextComesFromTheFile (seed -5076843738299219982).
    String html = "<said\"\"\"\"\"\"\"\" \u2014 \uffff\"";
    Document doc = read(html);
    for (int i = 0; i < doc.text().length(); i++) {
      char c = doc.text().charAt(i);
      if (!Character.isWhitespace(c)) {
        assertThat(html.charAt(doc.toOriginal(i))).as("reading char %d", i).isEqualTo(c);
      }
    }
  }
}
