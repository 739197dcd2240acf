package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A participle hangs from the main clause, not from a cue inside the sentence's introduction. */
class IntroductionCueTest {
  @Test
  void aCueNounInsideTheIntroductionIsNotTheMainClauses() {
    Attribution a = first("Shortly after the budget call ended, the mayor’s office sent out a note saying the plan was “dead on arrival.”");
    assertThat(a.mentionText()).isEqualTo("the mayor’s office");
  }

  @Test
  void anAdverbBeforeBeforeOpensAnIntroduction() {
    Attribution a = first("Even before Ortiz took the stage on Friday to acknowledge her defeat, her campaign sent out an email saying: “Thank you for every vote.”");
    assertThat(a.mentionText()).isEqualTo("her campaign");
  }

  @Test
  void aCueInTheMainClauseStillCounts() {
    Attribution a = first("Shortly after the vote, Clara Voss told reporters the port was safe, adding that it was “in good hands.”");
    assertThat(a.mentionText()).isEqualTo("Clara Voss");
  }

  @Test
  void aYearAfterADatesCommaBelongsToTheIntroduction() {
    Attribution a = first("On March 3, 2019, Clara Voss closed the port, saying it was “not safe for anyone.”");
    assertThat(a.mentionText()).isEqualTo("Clara Voss");
  }

  @Test
  void aColonAfterACueWordThatIsNoVerbCreditsTheSentenceSubject() {
    Attribution a = first("On March 3, 2019, Ortiz made the following comment:\n\n“The port stays closed until the inspectors are done.”\n");
    assertThat(a.mentionText()).isEqualTo("Ortiz");
    assertThat(a.cue()).isEqualTo(":");
  }
}
