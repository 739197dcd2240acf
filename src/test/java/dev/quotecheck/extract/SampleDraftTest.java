package dev.quotecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The project's first real draft (../shared/samples), skipped when ../shared is absent. */
class SampleDraftTest {

  /** Content starts and texts, read off the file by hand (offsets just after each opening mark). */
  private static final List<Object[]> EXPECTED =
      List.of(
          new Object[] {378, "prepare for the Iranian challenge at the operational level.", QuoteKind.PARTIAL},
          new Object[] {791, "are losing patience", QuoteKind.PARTIAL},
          new Object[] {879, "a bad hand", QuoteKind.PARTIAL},
          new Object[] {1132, "There is room for international pressure – political, economic and also military – to"
              + " convince Iran to stop its fantasies about a nuclear program,", QuoteKind.SENTENCE},
          new Object[] {1969, "There are many steps that we have discussed that will affect Israel’s ability to be the"
              + " strongest state in the region for many years to come.", QuoteKind.SENTENCE},
          new Object[] {2800, "The Americans are always with us, but at the same time, we Israelis have to understand"
              + " that the United States has broader priorities,", QuoteKind.SENTENCE},
          new Object[] {3113, "America is the strongest country in the world, and it is precisely for this reason that it"
              + " does not rush to use force. That usually leaves it to the later stages of the case,", QuoteKind.SENTENCE},
          new Object[] {3943, "The will is always to coordinate with [the US] what we do, but ultimately Israel is"
              + " responsible for its own fate and will protect the security of its citizens,", QuoteKind.SENTENCE},
          new Object[] {4574, "it would be a challenge to launch such an operation without coordination with the"
              + " Americans.", QuoteKind.PARTIAL},
          new Object[] {4958, "worrying", QuoteKind.PARTIAL});

  @Test
  void allTenQuotationsWithTheirSpans() throws Exception {
    Path sample = Path.of(System.getProperty("quotecheck.shared", "../shared"), "samples", "gantz-iran-2021-12-12.txt");
    assumeTrue(Files.isRegularFile(sample), "no shared sample at " + sample);
    Document doc = Documents.load(sample);
    List<Quotation> quotes = new QuotationExtractor().extract(doc).quotes();

    assertThat(quotes).hasSize(EXPECTED.size());
    for (int i = 0; i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      int start = (Integer) EXPECTED.get(i)[0];
      String text = (String) EXPECTED.get(i)[1];
      Span original = doc.toOriginal(q.content());
      assertThat(q.text()).as("quote %d text", i).isEqualTo(text);
      assertThat(original).as("quote %d span", i).isEqualTo(new Span(start, start + text.length()));
      assertThat(q.kind()).as("quote %d kind", i).isEqualTo(EXPECTED.get(i)[2]);
    }
    assertThat(quotes.get(4).warnings()).singleElement().asString().contains("wrong-direction");
    assertThat(quotes.get(7).warnings()).singleElement().asString().contains("no closing quotation mark");
    assertThat(quotes.stream().filter(q -> !q.warnings().isEmpty())).hasSize(2);
  }
}
