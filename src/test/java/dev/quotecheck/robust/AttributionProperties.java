package dev.quotecheck.robust;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Document;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Attribution through the default {@link QuoteChecker} pipeline on any draft: no exception, an
 * attribution for every quotation (nested ones too), confidence in 0..1 and every speaker
 * mention inside the reading text.
 */
class AttributionProperties {

  private static final QuoteChecker CHECKER = QuoteChecker.builder().build();

  @Property(tries = 10000)
  void everyQuotationGetsAnAttributionWithAMentionInBounds(@ForAll("drafts") String draft) {
    Document doc = Document.plain("p.txt", draft);
    DocumentResult result = CHECKER.check(doc);
    ExtractionInvariants.check(doc, result.extraction());
    DraftPipeline.checkAttributions(doc, result.quotes());
  }

  /**
   * Found by the property above: a capital dotted I lower-cases to two chars, which once shifted
   * the offsets of the gender evidence looked up around a surname past the end of the text.
   */
  @org.junit.jupiter.api.Test
  void aCharacterThatGrowsWhenLowerCasedDoesNotShiftOffsets() {
    String draft = "İİİİ Mary Ekwueme spoke. İİİİ Ekwueme said she was ready. \u201cWe go,\u201d she said. İİ Ekwueme";
    Document doc = Document.plain("p.txt", draft);
    DocumentResult result = CHECKER.check(doc);
    org.assertj.core.api.Assertions.assertThat(result.quotes()).hasSize(1);
    DraftPipeline.checkAttributions(doc, result.quotes());
  }

  @Provide
  Arbitrary<String> drafts() {
    return HostileText.draft();
  }
}
