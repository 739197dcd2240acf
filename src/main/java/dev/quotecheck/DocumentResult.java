package dev.quotecheck;

import dev.quotecheck.extract.Extraction;
import dev.quotecheck.text.Document;
import java.util.List;
import java.util.Objects;

/** Everything quotecheck found in one document. */
public record DocumentResult(Document document, Extraction extraction, List<QuoteResult> quotes) {
  public DocumentResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(extraction, "extraction");
    quotes = List.copyOf(quotes);
  }
}
