package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Document;
import org.junit.jupiter.api.Test;

class CrowdsTest {
  private static Attribution first(String text) {
    return QuoteChecker.builder().build().check(Document.plain("t.txt", text)).quotes().get(0).attribution();
  }

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
