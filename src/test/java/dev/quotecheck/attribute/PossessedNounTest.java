package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An -s cue word after a possessive and a modifier is a plural noun ("his scathing remarks"). */
class PossessedNounTest {
  @Test
  void aPossessedCueNounCarriesNoQuotationOn() {
    List<Attribution> a = attribute("“The pier is a ruin,” Lars Aune said on Friday.\n\n"
        + "Aune continued his scathing remarks.\n\n“The ferry is worse. It leaks.”");
    assertThat(a.get(1).speaker()).isEqualTo("Lars Aune");
    assertThat(a.get(1).mentionText()).isEqualTo("Aune");
  }

  @Test
  void aPossessedCueNounIsNoVerbInItsOwnSentence() {
    List<Attribution> a = attribute("The harbor board met.\n\n"
        + "The mayor, her aides and her fundraising emails have all used the term “sinking ship” this week.");
    assertThat(a.get(0).mentionText()).isNotEqualTo("her fundraising");
  }

  @Test
  void aPossessedNounBeforeAVerbStillSpeaks() {
    List<Attribution> a = attribute("The harbor board met.\n\nHis spokesman says the pier is “a ruin.”");
    assertThat(a.get(0).mentionText()).isEqualTo("His spokesman");
  }
}
