package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleTokenizerTest {

  private static List<String> words(String s) {
    return RuleTokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
  }

  @Test
  void keepsAbbreviationsAndSplitsPossessives() {
    assertThat(words("Sen. Kamala Harris, the U.S. envoy, said")).containsExactly(
        "Sen.", "Kamala", "Harris", ",", "the", "U.S.", "envoy", ",", "said");
    assertThat(words("Gantz’s aide—and J. Smith.")).containsExactly(
        "Gantz", "’s", "aide", "—", "and", "J.", "Smith", ".");
  }

  @Test
  void offsetsPointIntoTheText() {
    String s = "x “Hi,” he\u00a0said";
    List<Token> t = RuleTokenizer.tokenize(s, 2, s.length());
    assertThat(t).extracting(Token::text).containsExactly("“", "Hi", ",", "”", "he", "said");
    for (Token k : t) {
      assertThat(s.substring(k.start(), k.end())).isEqualTo(k.text());
    }
  }
}
