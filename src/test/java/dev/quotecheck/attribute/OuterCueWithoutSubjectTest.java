package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An outer cue whose subject is not found does not discard a named subject nearer the quotation. */
class OuterCueWithoutSubjectTest {
  @Test
  void aNameAfterADashKeepsItsParticiple() {
    Attribution a = first("After the talks ended, both mayors issued a joint statement expressing hope about the river deal"
        + " – Lena Okafor saying she was “quite hopeful” about it.");
    assertThat(a.mentionText()).isEqualTo("Lena Okafor");
  }

  @Test
  void aNameInsideTheReportedClauseIsNotTheSpeaker() {
    Attribution a = first("Berg unleashed a string of messages early Friday saying that rival Omar Reyes had shown poor"
        + " judgment in using the plan “as a model for everyone.”");
    assertThat(a.mentionText()).isEqualTo("Berg");
  }
}
