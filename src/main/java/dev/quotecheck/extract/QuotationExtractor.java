package dev.quotecheck.extract;

import dev.quotecheck.text.Document;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the quotations of a document. SKELETON: pairs double marks within a paragraph only. */
public class QuotationExtractor {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\r]*\\n");
  private static final Pattern QUOTE = Pattern.compile("[\"“]([^\"“”\\n]+)[\"”]");

  public Extraction extract(Document document) {
    String text = document.text();
    List<Span> paragraphs = new ArrayList<>();
    Matcher br = PARAGRAPH_BREAK.matcher(text);
    int from = 0;
    while (br.find()) {
      paragraphs.add(new Span(from, br.start()));
      from = br.end();
    }
    paragraphs.add(new Span(from, text.length()));
    List<Quotation> quotes = new ArrayList<>();
    for (Span p : paragraphs) {
      Matcher m = QUOTE.matcher(text).region(p.start(), p.end());
      while (m.find()) {
        quotes.add(
            new Quotation(
                new Span(m.start(1), m.end(1)),
                new Span(m.start(), m.end()),
                m.group(1),
                QuoteKind.SENTENCE,
                p,
                List.of(),
                List.of()));
      }
    }
    return new Extraction(paragraphs, paragraphs, quotes);
  }
}
