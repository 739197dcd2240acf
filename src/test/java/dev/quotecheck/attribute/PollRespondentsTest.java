package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Document;
import org.junit.jupiter.api.Test;

class PollRespondentsTest {
  private static Attribution first(String text) {
    DocumentResult r = QuoteChecker.builder().build().check(Document.plain("t.txt", text));
    return r.quotes().get(0).attribution();
  }

  @Test
  void aShareOfRespondentsGivesWayToThePollBeforeTheQuotation() {
    Attribution a = first("In a state poll released Friday, 31% of teachers said the plan was “badly rushed.”");
    assertThat(a.mentionText()).isEqualTo("a state poll");
    assertThat(a.cue()).isEqualTo("said");
  }

  @Test
  void aShareOfRespondentsGivesWayToThePollAfterTheQuotation() {
    Attribution a = first("Six in 10 drivers say the toll is “simply too high” in a Metro Times survey released Sunday.");
    assertThat(a.mentionText()).isEqualTo("a Metro Times survey");
  }

  @Test
  void respondentsWithoutAPollKeepTheirWords() {
    Attribution a = first("About 40 percent of the crew said the ship was “ready to sail.”");
    assertThat(a.mentionText()).isEqualTo("40 percent of the crew");
  }

  @Test
  void aPersonNearAPollKeepsTheWords() {
    Attribution a = first("After a state poll, Governor Ana Lund said the plan was “badly rushed.”");
    assertThat(a.mentionText()).isEqualTo("Governor Ana Lund");
  }
}
