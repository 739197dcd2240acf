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

  @Test
  void aQuotationRightAfterThatIsTheOwnersOverAParticiplesSubject() {
    Attribution a = Pipeline.attribute("“We sail at dawn,” Eva Holm said.\n\n"
        + "Even as the mayor was thanking the crews, Councilwoman Eva Holm came under fire from the unions "
        + "over her assertion during the hearing that “the ferry pays for itself.”").get(1);
    assertThat(a.mentionText()).isEqualTo("her");
    assertThat(a.construction()).isEqualTo("possessive-saying");
  }

  @Test
  void aPassiveCueBeforeTheOwnerLeavesTheClauseToTheOwner() {
    Attribution a = first("Tomas Lind was challenged over his statement on Friday that “nobody was paid overtime,” but he kept calm.");
    assertThat(a.mentionText()).isEqualTo("his");
    assertThat(a.construction()).isEqualTo("possessive-saying");
  }

  @Test
  void aDatedNounOfSayingHasItsOwner() {
    Attribution a = Pipeline.attribute("“We sail at dawn,” Eva Holm said.\n\n"
        + "The dockworkers may sit out the vote after her March comment that “some harbor jobs will have to go.”").get(1);
    assertThat(a.speaker()).isEqualTo("Eva Holm");
    assertThat(a.mentionText()).isEqualTo("her");
  }
}
