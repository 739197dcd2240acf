package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.corpus.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator on the town-hall transcript of our own: reproducible, and changes what it says. */
class VerifyTestSetGeneratorTest {

  private static final List<Passage> PASSAGES = TranscriptPassages.parse("debate.txt", """
      President Donald J. Trump:
      We built the greatest economy in the history of our country, and we will build it again.
      Nobody has ever seen numbers like we had before the plague came in from China.

      Vice President Joe Biden:
      He has no plan for the pandemic and he never had a plan for the economy either.
      Two hundred thousand people have died and he still does not take it seriously.
      """);

  @Test
  void sameSeedSameSet() {
    List<VerifyCase> a = new VerifyTestSetGenerator(PASSAGES, 7).generate();
    List<VerifyCase> b = new VerifyTestSetGenerator(PASSAGES, 7).generate();
    assertThat(a).isEqualTo(b).isNotEmpty();
  }

  @Test
  void casesCarryTheirExpectedVerdicts() {
    List<VerifyCase> cases = new VerifyTestSetGenerator(PASSAGES, 7).generate();
    for (VerifyCase c : cases) {
      switch (c.category()) {
        case "faithful-exact" -> assertThat(c.status()).isEqualTo(Status.VERIFIED);
        case "misattributed" -> {
          assertThat(c.status()).isEqualTo(Status.MISATTRIBUTED);
          String realSpeaker = c.speaker().equals("Biden") ? "President Donald J. Trump" : "Vice President Joe Biden";
          assertThat(PASSAGES).anyMatch(p -> p.speaker().equals(realSpeaker) && p.text().contains(c.quote()));
        }
        case "critical-negation" -> {
          assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
          assertThat(PASSAGES).noneMatch(p -> p.text().contains(c.quote()));
        }
        case "unverified" -> assertThat(VerifyTestSetGenerator.NOBODY_SAID).contains(c.quote());
        default -> assertThat(c.quote()).isNotBlank();
      }
    }
    assertThat(cases).extracting(VerifyCase::category).contains("faithful-exact", "misattributed", "critical-negation", "unverified");
  }
}
