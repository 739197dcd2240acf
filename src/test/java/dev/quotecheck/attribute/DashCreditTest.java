package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A credit after a dash ("“…” — Jane Smith") and a cue before the quotation in its own sentence. */
class DashCreditTest {
  @Test
  void aBylineAfterTheSentenceGivesWayToTheCueBeforeTheQuotation() {
    List<Attribution> a = attribute("Mayor Tomas Lind said on Monday that the council will \"find the money\" and"
        + " insisted that the pier was \"still the heart of the island.\"--Nora Dahl.");
    assertThat(a.get(1).speaker()).isEqualTo("Tomas Lind");
  }

  @Test
  void aCreditLineAloneStillCredits() {
    List<Attribution> a = attribute("“Every vote is a promise kept.” — Governor Helen Park");
    assertThat(a.get(0).speaker()).isEqualTo("Helen Park");
    assertThat(a.get(0).construction()).isEqualTo("dash");
  }
}
