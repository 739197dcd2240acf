package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignerTest {

  private final Normalizer n = Normalizer.standard();
  private final Aligner aligner = new Aligner();

  private static final String SOURCE = "we have to understand that the united states has broader priorities in the region";

  @Test
  void aPartialQuotationLandsInsideTheLongerPassage() {
    List<Token> q = n.draft("the united states has broader priorities");
    Alignment a = aligner.fit(q, n.source(SOURCE));
    assertThat(a.sourceOf()).containsExactly(5, 6, 7, 8, 9, 10);
    assertThat(a.estimate(q, n.source(SOURCE))).isEqualTo(1.0);
  }

  @Test
  void anEllipsisSkipsAnyStretchInOrder() {
    List<Token> q = n.draft("we have to … broader priorities");
    List<Token> s = n.source(SOURCE);
    Alignment a = aligner.fit(q, s);
    assertThat(a.from()[3]).isEqualTo(3);
    assertThat(a.to()[3]).isEqualTo(9);
    assertThat(a.sourceOf()[4]).isEqualTo(9);
    assertThat(a.estimate(q, s)).isEqualTo(1.0);
  }

  @Test
  void aBracketStandsForAsManyWordsAsItHolds() {
    List<Token> s = n.source(SOURCE);
    Alignment two = aligner.fit(n.draft("that [the US] has broader priorities"), s);
    assertThat(two.from()[1]).isEqualTo(5);
    assertThat(two.to()[1]).isEqualTo(8);
    Alignment one = aligner.fit(n.draft("that [he] has broader priorities"), s);
    // "the united states" is three words for a one-word bracket: it takes them, at a cost
    assertThat(one.to()[1] - one.from()[1]).isEqualTo(3);
    assertThat(one.score()).isLessThan(two.score());
  }

  @Test
  void aChangedWordIsASubstitutionNotAGap() {
    List<Token> q = n.draft("the united states has narrower priorities");
    List<Token> s = n.source(SOURCE);
    Alignment a = aligner.fit(q, s);
    assertThat(a.sourceOf()[4]).isEqualTo(9);
    assertThat(a.estimate(q, s)).isLessThan(1.0).isGreaterThan(0.8);
  }

  @Test
  void shiftMovesEveryPosition() {
    Alignment a = aligner.fit(n.draft("broader priorities"), n.source("has broader priorities"));
    Alignment b = a.shift(10);
    assertThat(b.sourceOf()).containsExactly(11, 12);
    assertThat(b.score()).isEqualTo(a.score());
  }

  @Test
  void localAlignmentFindsTheBestStretchOfTheQuotation() {
    Aligner.Local l = aligner.local(n.draft("bananas are yellow we have to understand that"), n.source(SOURCE));
    assertThat(l.queryFrom()).isEqualTo(3);
    assertThat(l.queryTo()).isEqualTo(8);
    assertThat(l.sourceFrom()).isEqualTo(0);
  }
}
