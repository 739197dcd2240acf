package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {

  private final Normalizer normalizer = Normalizer.standard();

  private List<String> norms(String s) {
    return normalizer.draft(s).stream().map(Token::norm).toList();
  }

  @Test
  void foldsCaseWidthQuotesAndDashes() {
    assertThat(norms("ＷＥ Won—the “Election”")).containsExactly("we", "won", "the", "election");
  }

  @Test
  void expandsContractionsKeepingTheirSpan() {
    String s = "We don’t know, and I'm sure it's over; they won't.";
    List<Token> tokens = normalizer.draft(s);
    assertThat(tokens.stream().map(Token::norm))
        .containsExactly("we", "do", "not", "know", "and", "i", "am", "sure", "it", "is", "over", "they", "will", "not");
    Token not = tokens.get(2);
    assertThat(s.substring(not.start(), not.end())).isEqualTo("don’t");
    assertThat(not.contracted()).isTrue();
    assertThat(tokens.get(0).contracted()).isFalse();
  }

  @Test
  void possessiveStaysOneWord() {
    assertThat(norms("Trump's plan")).containsExactly("trump's", "plan");
  }

  @Test
  void numberWordsAndDigitsAgree() {
    assertThat(norms("three people")).isEqualTo(norms("3 people"));
    assertThat(norms("two hundred fifty jobs")).containsExactly("250", "jobs");
    assertThat(norms("200,000 jobs")).containsExactly("200000", "jobs");
    assertThat(norms("twenty-seven million")).containsExactly("27", "million");
    assertThat(norms("27 million")).isEqualTo(norms("twenty seven million"));
    assertThat(norms("20% of them")).containsExactly("20", "percent", "of", "them");
  }

  @Test
  void ellipsesAndBracketsInDrafts() {
    for (String e : List.of("...", "…", ". . .")) {
      List<Token> t = normalizer.draft("we won " + e + " [the] election");
      assertThat(t.stream().map(Token::kind))
          .containsExactly(Token.Kind.WORD, Token.Kind.WORD, Token.Kind.ELLIPSIS, Token.Kind.WILDCARD, Token.Kind.WORD);
    }
  }

  @Test
  void bracketedLetterIsPartOfTheWord() {
    assertThat(norms("[w]e will [s]ee it[s] end")).containsExactly("we", "will", "see", "its", "end");
    assertThat(normalizer.draft("[the US] said").get(0).kind()).isEqualTo(Token.Kind.WILDCARD);
  }

  @Test
  void sourceSkipsBracketedNotes() {
    assertThat(normalizer.source("No, no [crosstalk 00:08:48] listen.").stream().map(Token::norm))
        .containsExactly("no", "no", "listen");
  }

  @Test
  void offsetsPointIntoTheOriginal() {
    String s = "  “Top,   top academic”";
    for (Token t : normalizer.draft(s)) {
      assertThat(s.substring(t.start(), t.end()).toLowerCase()).isEqualTo(t.norm());
    }
  }

  @Test
  void sentenceEndIsNotADigitSeparator() {
    assertThat(norms("It was 3. Then 4.5 more.")).containsExactly("it", "was", "3", "then", "4.5", "more");
  }

  @Test
  void numberWordsJoinOnlyAcrossSpaceOrHyphen() {
    // Found by AlignmentProperties#identicalQuotationIsVerified: in source text an ellipsis is
    // dropped, and "four ... four" used to fold into 8.
    assertThat(normalizer.source("four ... four").stream().map(Token::norm)).containsExactly("4", "4");
    assertThat(norms("one, two, three")).containsExactly("1", "2", "3");
    assertThat(norms("twenty-four hours")).containsExactly("24", "hours");
    assertThat(norms("twenty four hours")).containsExactly("24", "hours");
  }
}
