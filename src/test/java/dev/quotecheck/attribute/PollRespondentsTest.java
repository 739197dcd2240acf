package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PollRespondentsTest {
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
