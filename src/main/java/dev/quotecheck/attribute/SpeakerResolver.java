package dev.quotecheck.attribute;

import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Document;
import java.util.Map;

/** Pairs each quotation of a document with its speaker. */
public interface SpeakerResolver {

  /**
   * An attribution for every quotation of the extraction, nested ones included. The map is keyed
   * by identity of the {@link Quotation} objects in {@code extraction}.
   */
  Map<Quotation, Attribution> resolve(Document document, Extraction extraction);
}
