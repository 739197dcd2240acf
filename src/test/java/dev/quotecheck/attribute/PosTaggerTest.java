package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PosTaggerTest {
  private static List<String> tokens(String text) {
    return new PosTagger().tag(text, 0, text.length()).stream().map(Token::text).toList();
  }

  @Test
  void aPossessiveSIsItsOwnTokenEvenWhereTheModelLeavesItJoined() {
    // OpenNLP's UD tokenizer leaves about one possessive in seven joined ("Reagan's", "Trump’s")
    assertThat(tokens("many followed President Reagan's dictum")).containsSubsequence("Reagan", "'s", "dictum");
    assertThat(tokens("many followed President Reagan’s dictum")).containsSubsequence("Reagan", "’s", "dictum");
  }

  @Test
  void offsetsStayOnTheOriginalText() {
    String text = "the senator’s claim";
    for (Token k : new PosTagger().tag(text, 0, text.length())) {
      assertThat(text.substring(k.start(), k.end())).isEqualTo(k.text());
    }
  }
}
