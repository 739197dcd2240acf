package dev.quotecheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Format;
import dev.quotecheck.text.Span;
import java.util.List;

/**
 * What must hold for any extraction of any document: spans in bounds, quotations ordered and
 * properly nested, content inside outer, and content that maps back to the same characters of
 * the input file.
 */
public final class ExtractionInvariants {

  private ExtractionInvariants() {}

  public static void check(Document doc, Extraction x) {
    int n = doc.text().length();
    for (Span s : x.sentences()) {
      assertThat(s.end()).isLessThanOrEqualTo(n);
    }
    for (Span p : x.paragraphs()) {
      assertThat(p.end()).isLessThanOrEqualTo(n);
    }
    checkLevel(doc, x.quotes(), new Span(0, n));
  }

  private static void checkLevel(Document doc, List<Quotation> quotes, Span within) {
    int previousEnd = within.start();
    for (Quotation q : quotes) {
      assertThat(within.contains(q.outer())).as("%s inside %s", q.outer(), within).isTrue();
      assertThat(q.outer().start()).as("ordered, not overlapping").isGreaterThanOrEqualTo(previousEnd);
      assertThat(q.outer().contains(q.content())).isTrue();
      assertThat(q.sentence().end()).isLessThanOrEqualTo(doc.text().length());
      assertThat(q.text()).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
      assertThat(q.text().codePoints().anyMatch(Character::isLetterOrDigit)).isTrue();
      mapsBack(doc, q.content());
      previousEnd = q.outer().end();
      checkLevel(doc, q.nested(), q.content());
    }
  }

  /** The content's original span is in the file, and its visible characters are the file's. */
  public static void mapsBack(Document doc, Span content) {
    String original = doc.original();
    Span o = doc.toOriginal(content);
    assertThat(o.end()).isLessThanOrEqualTo(original.length());
    doc.lineMap().position(o.start());
    doc.lineMap().position(o.end());
    int previous = -1;
    for (int i = content.start(); i < content.end(); i++) {
      char c = doc.text().charAt(i);
      int at = doc.toOriginal(i);
      assertThat(at).isBetween(o.start(), Math.max(o.start(), o.end() - 1)).isGreaterThanOrEqualTo(previous);
      previous = at;
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      char raw = original.charAt(at);
      // HTML: an entity decodes to other characters, and jsoup reads NUL as U+FFFD
      boolean html = doc.format() == Format.HTML && (raw == '&' || c == '\ufffd');
      assertThat(raw == c || html)
          .as("reading char %s at %d maps to file char %s at %d", c, i, raw, at)
          .isTrue();
    }
  }
}
