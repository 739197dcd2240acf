package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fuller name a surname is completed from is one name, never words across a sentence end. */
class DocumentEntitiesTest {
  @Test
  void aRunOfCapitalisedWordsEndsAtASentenceEnd() {
    List<Attribution> a = attribute("FULL TEXT. Ingrid Moe spoke at the harbor on Monday.\n\n"
        + "“We will rebuild the pier,” Ms. Moe said.\n\n"
        + "The board called the plan ''Harbor First.'' Mr. Berg, its chair, was not convinced.\n\n"
        + "“It is too late,” Mr. Berg said.\n\n"
        + "The Gazette’s Tove Hals asked about the ferry. “Who pays?” Hals said.");
    assertThat(a.get(0).speaker()).isEqualTo("Ingrid Moe");
    assertThat(a.get(2).speaker()).isEqualTo("Berg");
    assertThat(a.get(3).speaker()).isEqualTo("Tove Hals");
  }

  @Test
  void aShortTitleKeepsItsDot() {
    List<Attribution> a = attribute("Sen. Lars Aune spoke at the harbor on Monday.\n\n“We will rebuild the pier,” Aune said.");
    assertThat(a.get(0).speaker()).isEqualTo("Lars Aune");
  }

  @Test
  void aSentenceOpenerTheDocumentWritesInLowerCaseIsNoPartOfAName() {
    List<Attribution> a = attribute("The board met. See Lars Aune, who chairs it, for the details. We will see.\n\n"
        + "“The pier is a ruin,” Aune said.\n\n"
        + "Bill Berg arrived late. The bill was passed. Former mayor Bill Berg spoke.\n\n"
        + "“It is too late,” Berg said.");
    assertThat(a.get(0).speaker()).isEqualTo("Lars Aune");
    // a word the document also capitalises inside a sentence stays: "Bill"
    assertThat(a.get(1).speaker()).isEqualTo("Bill Berg");
  }
}
