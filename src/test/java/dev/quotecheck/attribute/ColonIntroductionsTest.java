package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The speaker of a quotation a colon introduces. */
class ColonIntroductionsTest {
  @Test
  void theSubjectOfAResultClauseBeforeTheColon() {
    Attribution a = first("The timetable was so odd that a spokesman for the ferry line could only quip: “I guess Sunday was booked.”");
    assertThat(a.mentionText()).isEqualTo("a spokesman");
  }

  @Test
  void aPronounSubjectOfAResultClause() {
    Attribution a = first("My aunt got so upset, and drove so erratically, that I had to change my answer: “Of course I believe in ghosts.”");
    assertThat(a.mentionText()).isEqualTo("I");
  }

  @Test
  void aThatClauseWithoutSoIsNoResultClause() {
    Attribution a = first("Mayor Ana Ruiz argued that the council had lost its way: “Nobody reads the budget.”");
    assertThat(a.mentionText()).isEqualTo("Mayor Ana Ruiz");
  }

  @Test
  void aNameAloneBetweenADashAndTheColonOutranksAHeadlinesVerb() {
    Attribution a = first("Council shares blame for ferry delays - HarborWatch: “Nobody on the council read the report.”");
    assertThat(a.mentionText()).isEqualTo("HarborWatch");
  }
}
