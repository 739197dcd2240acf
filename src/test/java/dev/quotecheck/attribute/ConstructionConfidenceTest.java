package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConstructionConfidenceTest {

  @Test
  void theBundledTableRanksTheCommonConstructionsByTheirMeasuredPrecision() {
    ConstructionConfidence c = ConstructionConfidence.standard();
    // a name right before or after "said" is surer than a participle's subject or a bare sentence subject
    assertThat(c.of("quote-x-said")).isGreaterThan(c.of("participle"));
    assertThat(c.of("quote-said-x")).isGreaterThan(c.of("subject"));
    for (String construction : new String[] {"quote-x-said", "x-said-quote", "pronoun", "continuation", "colon"}) {
      assertThat(c.of(construction)).as(construction).isBetween(0.5, 1.0);
    }
  }

  @Test
  void aConstructionNotMeasuredGetsTheDefault() {
    assertThat(ConstructionConfidence.standard().of("no-such-construction")).isEqualTo(0.75);
  }

  @Test
  void aBrokenTableIsRefusedWithItsLine() {
    assertThatThrownBy(() -> ConstructionConfidence.load("/dev/quotecheck/attribute/confidence-out-of-range.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(":2:");
    assertThatThrownBy(() -> ConstructionConfidence.load("/dev/quotecheck/attribute/confidence-no-default.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no default");
    assertThatThrownBy(() -> ConstructionConfidence.load("/dev/quotecheck/attribute/missing.txt"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing");
  }
}
