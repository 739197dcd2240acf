package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A quoted title ending an appositive, its comma inside the closing marks. */
class TitleCommaTest {
  @Test
  void aTitleClosingAnAppositiveLeavesTheNameBeforeItTheSubject() {
    List<Attribution> a = attribute("The harbor board met on Tuesday.\n\n"
        + "As Ingrid Moe, professor of law at Brekkvik and author of ''The Unwritten Charter,'' put it,"
        + " ''The board should remember that a compromise today may be far better for it.''");
    assertThat(a.get(1).speaker()).isEqualTo("Ingrid Moe");
    assertThat(a.get(1).cue()).isEqualTo("put it");
  }

  @Test
  void aQuotationEndingWithACommaAfterAVerbIsNoTitle() {
    List<Attribution> a = attribute("The harbor board met on Tuesday.\n\n"
        + "Moe said the pier was “falling apart,” and Berg, the mayor, called it “a disgrace.”");
    assertThat(a.get(1).speaker()).isEqualTo("Berg");
  }
}
