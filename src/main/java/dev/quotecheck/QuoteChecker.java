package dev.quotecheck;

import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.attribute.CueSpeakerResolver;
import dev.quotecheck.attribute.SpeakerResolver;
import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.QuotationExtractor;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.match.QuoteVerifier;
import dev.quotecheck.text.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The library's front door: extract the quotations of a document, attribute them and, with a
 * corpus, verify them. Instances are immutable and safe to share between threads as long as the
 * strategies given to the builder are.
 */
public final class QuoteChecker {
  private final QuotationExtractor extractor;
  private final SpeakerResolver resolver;
  private final QuoteVerifier verifier;

  private QuoteChecker(Builder b) {
    this.extractor = Objects.requireNonNull(b.extractor, "extractor");
    this.resolver = Objects.requireNonNull(b.resolver, "resolver");
    this.verifier = b.verifier;
  }

  public static Builder builder() {
    return new Builder();
  }

  public DocumentResult check(Document document) {
    Extraction extraction = extractor.extract(document);
    Map<Quotation, Attribution> speakers = resolver.resolve(document, extraction);
    List<QuoteResult> results = new ArrayList<>(extraction.quotes().size());
    for (Quotation q : extraction.quotes()) {
      results.add(result(q, speakers, true));
    }
    return new DocumentResult(document, extraction, results);
  }

  private QuoteResult result(Quotation q, Map<Quotation, Attribution> speakers, boolean topLevel) {
    Attribution a = speakers.getOrDefault(q, Attribution.none(0, "none"));
    List<QuoteResult> nested = new ArrayList<>();
    for (Quotation child : q.nested()) {
      nested.add(result(child, speakers, false));
    }
    return new QuoteResult(q, a, topLevel && verifier != null ? verifier.verify(q, a) : null, nested);
  }

  public boolean verifies() {
    return verifier != null;
  }

  /** Options for a {@link QuoteChecker}; the extractor and resolver have working defaults. */
  public static final class Builder {
    private QuotationExtractor extractor;
    private SpeakerResolver resolver;
    private QuoteVerifier verifier;

    public Builder extractor(QuotationExtractor extractor) {
      this.extractor = extractor;
      return this;
    }

    public Builder resolver(SpeakerResolver resolver) {
      this.resolver = resolver;
      return this;
    }

    public Builder verifier(QuoteVerifier verifier) {
      this.verifier = verifier;
      return this;
    }

    public QuoteChecker build() {
      if (extractor == null) {
        extractor = new QuotationExtractor();
      }
      if (resolver == null) {
        resolver = new CueSpeakerResolver();
      }
      return new QuoteChecker(this);
    }
  }
}
