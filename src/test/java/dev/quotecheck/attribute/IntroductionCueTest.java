package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Document;
import org.junit.jupiter.api.Test;

/** A participle hangs from the main clause, not from a cue inside the sentence's introduction. */
class IntroductionCueTest {
  private static Attribution first(String text) {
    return QuoteChecker.builder().build().check(Document.plain("t.txt", text)).quotes().get(0).attribution();
  }

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
}
