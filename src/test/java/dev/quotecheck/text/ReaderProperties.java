package dev.quotecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.robust.HostileText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any string, read as Markdown or HTML, gives a reading text whose offsets map into the file. */
class ReaderProperties {

  @Property(tries = 3000)
  void markdownKeepsLengthAndLineBreaks(@ForAll("markup") String md) {
    Document doc = new MarkdownReader().read("p.md", md);
    assertThat(doc.text()).hasSize(md.length());
    for (int i = 0; i < md.length(); i++) {
      char c = md.charAt(i);
      if (c == '\n' || c == '\r') {
        assertThat(doc.text().charAt(i)).isEqualTo(c);
      } else if (doc.text().charAt(i) != ' ') {
        assertThat(doc.text().charAt(i)).isEqualTo(c);
      }
    }
  }

  @Property(tries = 3000)
  void htmlOffsetsAreMonotoneAndInBounds(@ForAll("markup") String html) {
    Document doc = new HtmlReader().read("p.html", html);
    int previous = 0;
    for (int i = 0; i < doc.text().length(); i++) {
      int o = doc.toOriginal(i);
      assertThat(o).isBetween(0, Math.max(0, html.length() - 1));
      assertThat(o).isGreaterThanOrEqualTo(previous);
      previous = o;
    }
    doc.lineMap().position(doc.toOriginal(doc.text().length()));
  }

  @Property(tries = 2000)
  void lineMapPositionsAreConsistent(@ForAll("markup") String text) {
    LineMap map = new LineMap(text);
    for (int i = 0; i <= text.length(); i++) {
      LineMap.Position p = map.position(i);
      assertThat(map.lineStart(p.line()) + p.column() - 1).isEqualTo(i);
    }
  }

  /** Every visible character of the reading text is the file's character there (or an entity's). */
  @Property(tries = 2000)
  void htmlReadingTextComesFromTheFile(@ForAll("hostile") String draft) {
    String html = HostileText.decodable(draft);
    Document doc = new HtmlReader().read("p.html", html);
    for (int i = 0; i < doc.text().length(); i++) {
      char c = doc.text().charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\ufffd') {
        char raw = html.charAt(doc.toOriginal(i));
        assertThat(raw == c || raw == '&').as("%s at %d from %s", c, i, raw).isTrue();
      }
    }
  }

  @Provide
  Arbitrary<String> hostile() {
    return HostileText.draft();
  }

  @Provide
  Arbitrary<String> markup() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->", "&amp;",
            "&ldquo;", "&#8221;", "&", ";", "\"", "“", "”", "‘", "’", "'", "«", "»", "`", "```", "~~~",
            "\n", "\r\n", "\r", "\n\n", "    ", "> ", "- ", "1. ", "# ", "[", "]", "(", ")", "](",
            "*", "_", "\\", "---", "😀", "e\u0301", "\u200b", "\u202e", "word", " ", "said", ".");
    return pieces.list().ofMaxSize(60).map(l -> String.join("", l));
  }
}
