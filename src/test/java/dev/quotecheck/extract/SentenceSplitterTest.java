package dev.quotecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static final SentenceSplitter SPLITTER = new SentenceSplitter(SentenceModels::english, Abbreviations.defaults());

  private static List<String> sentences(String text) {
    return SPLITTER.split(text, List.of(new Span(0, text.length()))).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void newsAbbreviationsDoNotEndSentences() {
    assertThat(sentences("Gen. Mark Hale met Sen. Ada Park at 9 a.m. on Monday. They spoke in the U.S. Senate."))
        .containsExactly("Gen. Mark Hale met Sen. Ada Park at 9 a.m. on Monday.", "They spoke in the U.S. Senate.");
    assertThat(sentences("The vote is on Dec. 12 in the capital. Nobody expects a surprise."))
        .containsExactly("The vote is on Dec. 12 in the capital.", "Nobody expects a surprise.");
  }

  @Test
  void aPartyAndStateInParenthesesDoesNotEndTheSentence() {
    assertThat(sentences("Senator Ada Park (R-Wis.) said the vote was close. Nobody expected it."))
        .containsExactly("Senator Ada Park (R-Wis.) said the vote was close.", "Nobody expected it.");
  }

  @Test
  void abbreviationBeforeASentenceOpenerStillEndsTheSentence() {
    assertThat(sentences("The troops came home to the U.S. The families waited at the base."))
        .containsExactly("The troops came home to the U.S.", "The families waited at the base.");
  }

  @Test
  void aQuotationEndingInAnExclamationGoesOnWhenLowerCaseFollows() {
    assertThat(sentences("He was greeted with chants of “Bobby!” at a conference in May. Nobody left."))
        .containsExactly("He was greeted with chants of “Bobby!” at a conference in May.", "Nobody left.");
    assertThat(sentences("“Why not?” he asked the crowd. It cheered."))
        .containsExactly("“Why not?” he asked the crowd.", "It cheered.");
    assertThat(sentences("The crowd chanted “Bobby!” The mayor waved."))
        .containsExactly("The crowd chanted “Bobby!”", "The mayor waved.");
  }

  @Test
  void aFullStopInsideClosingMarksEndsTheSentenceBeforeACapital() {
    assertThat(sentences("The hall rang with ''Home, Sweet Home.'' Giant screens showed a banner: ''Onward.''"))
        .containsExactly("The hall rang with ''Home, Sweet Home.''", "Giant screens showed a banner: ''Onward.''");
    assertThat(sentences("She said he was \"not ready yet.\" But the mayor disagreed."))
        .containsExactly("She said he was \"not ready yet.\"", "But the mayor disagreed.");
    assertThat(sentences("They criticised the U.S.' Middle East policy at length."))
        .containsExactly("They criticised the U.S.' Middle East policy at length.");
  }

  @Test
  void aMiddleInitialDoesNotEndTheSentence() {
    assertThat(sentences("As Vera Lind put it to my colleague Tomas K. Berg in July, the port is closed. Nobody argued."))
        .containsExactly("As Vera Lind put it to my colleague Tomas K. Berg in July, the port is closed.", "Nobody argued.");
    assertThat(sentences("The fallback was called Plan B. The board never used it."))
        .containsExactly("The fallback was called Plan B.", "The board never used it.");
  }

  @Test
  void aDatelinesDashAfterAStateDoesNotOpenASentence() {
    assertThat(sentences("SALEM, Ore. - Judge Ada Park on Friday blocked the new law. It was to take effect today."))
        .containsExactly("SALEM, Ore. - Judge Ada Park on Friday blocked the new law.", "It was to take effect today.");
  }

  @Test
  void joinsSentencesAQuotationCrosses() {
    List<Span> sentences = List.of(new Span(0, 10), new Span(11, 20), new Span(21, 30), new Span(31, 40));
    assertThat(SentenceSplitter.joinAcross(sentences, List.of(new Span(5, 25))))
        .containsExactly(new Span(0, 30), new Span(31, 40));
    assertThat(SentenceSplitter.joinAcross(sentences, List.of())).isEqualTo(sentences);
  }

  @Test
  void abbreviationListIsData() {
    Abbreviations a = Abbreviations.defaults();
    assertThat(a.joins("Gen.", "The")).isTrue();
    assertThat(a.joins("U.S.", "Senate")).isTrue();
    assertThat(a.joins("U.S.", "The")).isFalse();
    assertThat(a.joins("house.", "Senate")).isFalse();
  }
}
