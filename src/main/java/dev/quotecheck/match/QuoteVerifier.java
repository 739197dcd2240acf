package dev.quotecheck.match;

import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.extract.Quotation;

/** Checks one quotation, with its attribution, against a reference corpus. */
public interface QuoteVerifier {

  Verdict verify(Quotation quotation, Attribution attribution);
}
