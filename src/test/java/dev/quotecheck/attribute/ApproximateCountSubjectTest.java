package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApproximateCountSubjectTest {
  @Test
  void anApproximateCountOpensTheSubjectAfterAnIntroduction() {
    Attribution a = first("The ferry was late again.\n\nOutside the town hall, about 40 fishermen "
        + "gathered by the gate, waving flags and chanting “Save the quay.”");
    assertThat(a.mentionText()).isEqualTo("about 40 fishermen");
    assertThat(a.construction()).isEqualTo("participle");
  }
}
