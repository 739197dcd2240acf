package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A quotation in the that-clause of an owned noun of saying ("Lind’s claim that …") is the owner's. */
class SayingNounClauseTest {
  @Test
  void theOwnerBeatsTheSentencesSubject() {
    Attribution a = first("The auditors seized on Mayor Tomas Lind’s claim that there had been “no overtime at all” last year.");
    assertThat(a.mentionText()).isEqualTo("Mayor Tomas Lind");
    assertThat(a.construction()).isEqualTo("possessive-saying");
  }

  @Test
  void theOwnerBeatsACueAfterTheQuotation() {
    Attribution a = first("Mayor Ines Varga blamed the press for the fuss over Tomas Lind’s claim that the port “never closed,” saying reporters were nitpicking.");
    assertThat(a.speaker()).isEqualTo("Tomas Lind");
  }

  @Test
  void aVerbBetweenTheNounAndThatLeavesTheCue() {
    Attribution a = first("Clerk Ana Ruiz later said her figures were misread and that she was “only counting the weekdays.”");
    assertThat(a.mentionText()).isEqualTo("Clerk Ana Ruiz");
  }

  @Test
  void aCueBeforeTheNounPhraseKeepsItsClause() {
    Attribution a = first("The clerk gave no details, saying in her statement only that she was “counting the weekdays.”");
    assertThat(a.construction()).isNotEqualTo("possessive-saying");
  }
}
