package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "The volunteers had “…” at the levee, she said in a radio message …": an attribution closing the sentence. */
class ClosingAttributionTest {
  @Test
  void aPrepositionalPhraseAfterTheClosingCueKeepsItTheSentencesAttribution() {
    List<Attribution> a = attribute("Mayor Lise Varga spoke on Sunday.\n\nThe volunteers had “held the line for three"
        + " nights” at the old levee, she said in a radio message to the county board on Sunday.");
    assertThat(a.get(0).mentionText()).isEqualTo("she");
    assertThat(a.get(0).speaker()).isEqualTo("Lise Varga");
  }

  @Test
  void aReportedClauseAfterTheCueIsNotAClosingAttribution() {
    List<Attribution> a = attribute("Mayor Lise Varga spoke on Sunday.\n\nThe volunteers had “held the line for three"
        + " nights” at the old levee, she said in a message that the board read aloud to the county on Sunday.");
    assertThat(a.get(0).mentionText()).isNotEqualTo("she");
  }
}
