package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Document;
import org.junit.jupiter.api.Test;

class ApproximateCountSubjectTest {
  @Test
  void anApproximateCountOpensTheSubjectAfterAnIntroduction() {
    Attribution a = QuoteChecker.builder().build()
        .check(Document.plain("t.txt", "The ferry was late again.\n\nOutside the town hall, about 40 fishermen "
            + "gathered by the gate, waving flags and chanting “Save the quay.”"))
        .quotes().get(0).attribution();
    assertThat(a.mentionText()).isEqualTo("about 40 fishermen");
    assertThat(a.construction()).isEqualTo("participle");
  }
}
