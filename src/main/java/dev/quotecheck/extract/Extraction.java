package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.List;

/**
 * What extraction found in one document: its sentences and paragraphs (reading-text spans, in
 * order) and its top-level quotations (nested ones hang below their parents).
 */
public record Extraction(List<Span> paragraphs, List<Span> sentences, List<Quotation> quotes) {
  public Extraction {
    paragraphs = List.copyOf(paragraphs);
    sentences = List.copyOf(sentences);
    quotes = List.copyOf(quotes);
  }
}
