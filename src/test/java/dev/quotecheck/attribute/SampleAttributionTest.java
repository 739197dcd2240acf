package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.text.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared sample draft: every quotation with its speaker. Skipped when ../shared is absent. */
class SampleAttributionTest {

  @Test
  void allTenQuotationsHaveTheRightSpeaker() throws Exception {
    Path sample = Path.of(System.getProperty("quotecheck.shared", "../shared"), "samples", "gantz-iran-2021-12-12.txt");
    assumeTrue(Files.isRegularFile(sample), "no shared sample at " + sample);

    DocumentResult r = QuoteChecker.builder().build().check(Documents.load(sample));

    List<String> speakers = r.quotes().stream().map(q -> q.attribution().speaker()).toList();
    String g = "Benny Gantz";
    String z = "Eyal Zamir";
    assertThat(speakers).containsExactly(g, g, g, g, g, g, g, z, z, z);
    // The two pronouns the peer gets wrong: "” he said" after a photo caption, "He noted … “worrying”".
    QuoteResult afterCaption = r.quotes().get(6);
    assertThat(afterCaption.attribution().mentionText()).isEqualTo("he");
    assertThat(afterCaption.attribution().construction()).isEqualTo("pronoun");
    QuoteResult worrying = r.quotes().get(9);
    assertThat(worrying.quote().text()).isEqualTo("worrying");
    assertThat(worrying.attribution().mentionText()).isEqualTo("He");
    assertThat(worrying.attribution().cue()).isEqualTo("noted");
    // Mentions point at the words in the draft.
    for (QuoteResult q : r.quotes()) {
      Attribution a = q.attribution();
      assertThat(a.mention().of(r.document().text())).isEqualTo(a.mentionText());
    }
  }
}
