package dev.quotecheck;

import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.match.Verdict;
import java.util.List;
import java.util.Objects;

/**
 * A quotation with its speaker and, when a corpus was given, its verdict.
 *
 * @param verdict null when the quotation was not verified (extract, or nested quotations)
 * @param nested results for the quotations nested inside this one
 */
public record QuoteResult(Quotation quote, Attribution attribution, Verdict verdict, List<QuoteResult> nested) {
  public QuoteResult {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(attribution, "attribution");
    nested = List.copyOf(nested);
  }
}
