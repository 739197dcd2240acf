package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long subjects around a quotation's verb: the phrase before the verb, the phrase after it. */
class LongSubjectTest {
  @Test
  void aLongSubjectAfterAQuotationOpeningItsSentenceIsTheSpeaker() {
    List<Attribution> a = attribute("The harbor board met on Tuesday.\n\n"
        + "“The repairs cannot wait,” a spokesman for council Liberals said.\n\n"
        + "“They have to choose,” Pier Action Network organizing director Marta Lund told the Brekkvik Post.\n\n"
        + "“Nobody will forget the storm,” harbor engineer Ole Berg of the Brekkvik Institute for Coastal"
        + " Safety wrote in his report.");
    assertThat(a.get(0).mentionText()).isEqualTo("a spokesman");
    assertThat(a.get(0).construction()).isEqualTo("quote-x-said");
    assertThat(a.get(1).speaker()).isEqualTo("Marta Lund");
    assertThat(a.get(2).speaker()).isEqualTo("Ole Berg");
  }

  @Test
  void aTitlesDotInsideALongSubjectEndsNoSentence() {
    List<Attribution> a = attribute("The allies urged critics to pipe down.\n\n"
        + "“Sooner or later, positions will soften,” Nordland Rep. Tove Hals’s chief of staff, Per Aune,"
        + " told the Brekkvik Post on Monday.");
    assertThat(a.get(0).speaker()).isEqualTo("Per Aune");
    assertThat(a.get(0).construction()).isEqualTo("quote-x-said");
  }

  @Test
  void aPartialQuotationInsideItsSentenceDoesNotHandOverToTheNextClause() {
    List<Attribution> a = attribute("The harbor board met on Tuesday.\n\n"
        + "But even as Mayor Tomas Lind claimed on Tuesday that “the pier got in trouble for far less,”"
        + " one of the former engineers for the pier said the two cases were quite different.\n\n"
        + "“We will rebuild,” engineers who worked on the pier said.");
    assertThat(a.get(0).speaker()).isEqualTo("Tomas Lind");
    // a subject with a verb of its own ("who worked") is not read whole
    assertThat(a.get(1).construction()).isNotEqualTo("quote-x-said");
  }

  @Test
  void aCapitalisedAdjectiveAfterOneIsTheNounOfAnInvertedSubject() {
    List<Attribution> a = attribute("The allies have been trying to shore up support.\n\n"
        + "“We will win,” said one Republican involved in the planning, who asked not to be named.\n\n"
        + "“It was unseemly and it was awful,” said one of two witnesses who saw the quarrel.");
    assertThat(a.get(0).mentionText()).isEqualTo("one Republican");
    assertThat(a.get(0).construction()).isEqualTo("quote-said-x");
    assertThat(a.get(1).mentionText()).isEqualTo("one of two witnesses");
  }
}
