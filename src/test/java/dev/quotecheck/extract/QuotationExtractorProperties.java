package dev.quotecheck.extract;

import dev.quotecheck.robust.ExtractionInvariants;
import dev.quotecheck.robust.HostileText;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.Format;
import dev.quotecheck.text.InputException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Extraction on any string, read as plain text, Markdown or HTML: no exception; every span in
 * bounds, quotations ordered and properly nested, content inside outer; and every content span
 * maps back through the {@link Document} to the same characters of the input file.
 * 4,000 + 3,000 + 3,000 generated drafts.
 */
class QuotationExtractorProperties {

  private static final QuotationExtractor EXTRACTOR = new QuotationExtractor();

  @Property(tries = 4000)
  void plainText(@ForAll("drafts") String draft) {
    Document doc = Document.plain("p.txt", draft);
    ExtractionInvariants.check(doc, EXTRACTOR.extract(doc));
  }

  @Property(tries = 3000)
  void markdown(@ForAll("drafts") String draft) throws InputException {
    Document doc = load("p.md", draft);
    ExtractionInvariants.check(doc, EXTRACTOR.extract(doc));
  }

  @Property(tries = 3000)
  void html(@ForAll("drafts") String draft) throws InputException {
    Document doc = load("p.html", draft);
    ExtractionInvariants.check(doc, EXTRACTOR.extract(doc));
  }

  @Provide
  Arbitrary<String> drafts() {
    return HostileText.draft();
  }

  /** Through the file path a draft really takes: UTF-8 bytes, strict decoding, the format's reader. */
  private static Document load(String name, String draft) throws InputException {
    byte[] bytes = HostileText.decodable(draft).getBytes(StandardCharsets.UTF_8);
    try {
      return Documents.read(name, Format.ofFileNameOrText(name), bytes);
    } catch (InputException e) {
      Assume.that(!e.getMessage().contains("binary")); // many control characters: refused, rightly
      throw e;
    }
  }
}
