package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpeakerNamesTest {
  private final SpeakerNames names = SpeakerNames.standard();

  @Test
  void dropsRolesFromCanonicalName() {
    assertThat(names.canonical("Defense Minister Benny Gantz")).isEqualTo("Benny Gantz");
    assertThat(names.canonical("Major General Eyal Zamir")).isEqualTo("Eyal Zamir");
    assertThat(names.canonical("White House Press Secretary Jen Psaki")).isEqualTo("Jen Psaki");
    assertThat(names.canonical("Sen. Kamala Harris")).isEqualTo("Kamala Harris");
    assertThat(names.canonical("former Vice President Joe Biden")).isEqualTo("Joe Biden");
    assertThat(names.canonical("President")).isEqualTo("President");
  }

  @Test
  void comparesNamesAcrossTitlesInitialsAndSurnames() {
    assertThat(names.sameSpeaker("President Donald J. Trump", "Trump")).isTrue();
    assertThat(names.sameSpeaker("President Donald J. Trump", "President Donald Trump")).isTrue();
    assertThat(names.sameSpeaker("Vice President Joe Biden", "Donald Trump")).isFalse();
    assertThat(names.sameSpeaker("Jill Biden", "Joe Biden")).isFalse();
    assertThat(names.sameSpeaker(null, "Joe Biden")).isFalse();
    assertThat(names.surname("Vice President Joe Biden")).isEqualTo("biden");
  }
}
