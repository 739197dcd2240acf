package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Two pronoun subjects of cues before a quotation: the outer wins unless the nearer opens its own clause. */
class NearerPronounClauseTest {
  @Test
  void aNearerPronounAfterACommaAndAConjunctionIsTheMention() {
    Attribution a = first("Harbor director Nils Berg spoke on Monday. He said he had not seen the report, and when"
        + " asked whether he would close the pier, he said, “I hope not.”");
    assertThat(a.mentionText()).isEqualTo("he");
    assertThat(a.mention().start()).isGreaterThan(100);
    assertThat(a.speaker()).isEqualTo("Nils Berg");
  }

  @Test
  void aNearerPronounInARelativeClauseGivesWayToTheOuterOne() {
    Attribution a = first("Board chair Clara Voss spoke next. She said the board will pay for the ramp, which she"
        + " called “a fair deal.”");
    assertThat(a.mentionText()).isEqualTo("She");
  }
}
