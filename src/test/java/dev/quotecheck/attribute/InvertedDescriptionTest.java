package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "“…,” apart from …, said the coast guard's commander, Nils Berg": a person description after a late verb. */
class InvertedDescriptionTest {
  @Test
  void aPersonDescriptionSetOffByACommaAfterALateVerbIsItsSubject() {
    List<Attribution> a = attribute("The coast guard searched the harbor in March and did not find “any trace of"
        + " the boat,” apart from a few planks washed up near the pier, said the coast guard's commander, Nils Berg,"
        + " on Monday.");
    assertThat(a.get(0).mentionText()).isEqualTo("the coast guard's commander, Nils Berg");
    assertThat(a.get(0).speaker()).isEqualTo("Nils Berg");
  }

  @Test
  void aDescriptionNamingNoPersonIsNot() {
    List<Attribution> a = attribute("Harbor director Ingrid Voss said the toll was “too high for anyone,”"
        + " and after the vote, said the new toll law would fail.");
    assertThat(a.get(0).speaker()).isEqualTo("Ingrid Voss");
  }
}
