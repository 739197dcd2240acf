package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.first;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrowdsTest {
  @Test
  void coordinatedCrowdAfterWithIsTheParticiplesSubject() {
    Attribution a = first("The harbour was on everyone’s mind, with many sailors and onlookers chanting “Keep the quay.”");
    assertThat(a.mentionText()).isEqualTo("many sailors and onlookers");
  }

  @Test
  void aThingAfterWithIsNoSubject() {
    Attribution a = first("The harbour was on everyone’s mind, with the flags and the banners calling for “a new quay.”");
    assertThat(a.mentionText()).isNotEqualTo("the flags and the banners");
  }
}
