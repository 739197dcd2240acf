package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "has been called “…” by X": the agent of a passive naming verb coined the quoted words. */
class PassiveAgentTest {
  @Test
  void theAgentAfterByIsTheSpeakerNotTheClauseSubject() {
    Attribution a = first("This habit of the company has been called “quiet neglect” by Marta Lind, a member of"
        + " the harbor council, and it makes every crossing late.");
    assertThat(a.speaker()).isEqualTo("Marta Lind");
    assertThat(a.cue()).isEqualTo("called");
  }

  @Test
  void asDescribedByAfterTheQuotationCreditsTheAgent() {
    Attribution a = first("From its habit of “running late by design” in the winter months – as described by harbor"
        + " director Ingrid Voss – the company has learned nothing.");
    assertThat(a.speaker()).isEqualTo("Ingrid Voss");
  }

  @Test
  void anAgentNamingNoOneCreditsNobody() {
    Attribution a = first("The new timetable was called “a disaster” by any measure.");
    assertThat(a.mentionText()).isNull();
  }
}
