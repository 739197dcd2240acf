package dev.quotecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.attribute.SpeakerResolver;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.InputException;
import dev.quotecheck.text.Span;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** On a PolNeAR-format split of our own writing (src/test/resources/.../polnear-mini). */
class PolnearEvalTest {

  private static Path mini() throws URISyntaxException {
    return Path.of(PolnearEvalTest.class.getResource("polnear-mini").toURI());
  }

  @Test
  void readsOneAnnotatorPerArticleWithDiscontinuousSpans() throws Exception {
    List<PolnearArticle> articles = PolnearCorpus.load(mini());
    assertThat(articles).singleElement().extracting(PolnearArticle::name).isEqualTo("ruiz-tram");
    List<GoldAttribution> attributions = articles.get(0).attributions();
    assertThat(attributions).hasSize(3);
    assertThat(attributions.get(2).content()).hasSize(2);
    assertThat(attributions.get(0).sourceText(articles.get(0).text())).isEqualTo("Mayor Ana Ruiz");
  }

  @Test
  void goldQuotationsAreTheQuotedSegmentsWithPiecesOfOneQuotationJoined() throws Exception {
    PolnearArticle a = PolnearCorpus.load(mini()).get(0);
    assertThat(GoldQuotes.of(a))
        .extracting(g -> g.span().of(a.text()))
        .containsExactly(
            "We will build it this year,",
            "overdue",
            "wrong about the cost of waiting.",
            "The first rails arrive in May.\n\n“The stations follow in June,");
  }

  @Test
  void scoresExtractionAndReportsScareQuotesSeparately() throws Exception {
    PolnearEval.Result r = new PolnearEval().evaluate(mini());
    ExtractionScore e = r.extraction();
    assertThat(e.gold()).isEqualTo(4);
    assertThat(e.predicted()).isEqualTo(5);
    assertThat(e.predictedScare()).isEqualTo(1);
    assertThat(e.matched()).isEqualTo(4);
    assertThat(e.recall()).isEqualTo(1.0);
    assertThat(e.precision()).isEqualTo(1.0);
    assertThat(e.precisionAll()).isCloseTo(0.8, within(1e-9));
    assertThat(e.f1All()).isCloseTo(2 * 0.8 / 1.8, within(1e-9));
    assertThat(e.misses()).singleElement().satisfies(m -> {
      assertThat(m.type()).isEqualTo("spurious");
      assertThat(m.kind()).isEqualTo("scare");
      assertThat(m.text()).isEqualTo("savings");
    });
  }

  @Test
  void scoresSourcesByOverlapWithTheGoldSourceGroupedByConstruction() throws Exception {
    PolnearEval eval = new PolnearEval(QuoteChecker.builder().resolver(fixedMention("Mayor Ana Ruiz")).build());
    AttributionScore a = eval.evaluate(mini()).attribution();
    assertThat(a.scored()).isEqualTo(4);
    assertThat(a.right()).isEqualTo(1);
    assertThat(a.missesByConstruction()).containsOnlyKeys("fixed");
    assertThat(a.missesByConstruction().get("fixed")).extracting(AttributionScore.Miss::goldSource)
        .containsExactly("Ruiz", "Ruiz", "the engineer");
    // every speaker has confidence 0.5: all four fall in the 0.50-0.75 band
    assertThat(a.byConfidence()).extracting(AttributionScore.Band::floor).containsExactly(0.9, 0.75, 0.5, 0.0);
    assertThat(a.byConfidence()).extracting(AttributionScore.Band::scored).containsExactly(0, 0, 4, 0);
    assertThat(a.byConfidence()).extracting(AttributionScore.Band::right).containsExactly(0, 0, 1, 0);
    assertThat(a.scoredByConstruction()).containsExactly(Map.entry("fixed", 4));
  }

  @Test
  void confidenceBandsIncludeTheirFloor() {
    assertThat(AttributionScore.band(1.0)).isZero();
    assertThat(AttributionScore.band(0.9)).isZero();
    assertThat(AttributionScore.band(0.89)).isEqualTo(1);
    assertThat(AttributionScore.band(0.75)).isEqualTo(1);
    assertThat(AttributionScore.band(0.5)).isEqualTo(2);
    assertThat(AttributionScore.band(0.1)).isEqualTo(3);
    assertThat(AttributionScore.band(0.0)).isEqualTo(3);
    assertThatThrownBy(() -> new AttributionScore.Band(0.5, 1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void printsFiguresAndMisses() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // No speakers at all, so that the printed figures do not move with the default resolver.
    PolnearEval eval = new PolnearEval(QuoteChecker.builder().resolver((doc, extraction) -> java.util.Map.of()).build());
    int code = eval.run(mini(), new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).isZero();
    assertThat(out)
        .contains("4 gold quotations, 5 extracted (1 scare quotes)")
        .contains("extraction F1 1.000  precision 1.000  recall 1.000   (headline")
        .contains("extraction F1 0.889  precision 0.800")
        .contains("spurious ruiz-tram.txt:")
        .containsPattern("attribution source accuracy [01]\\.\\d{3}  \\(\\d of 4 matched quotations")
        .contains("confidence 0.90-1.00: accuracy");
  }

  @Test
  void notASplitDirectoryIsOneLineInputError(@org.junit.jupiter.api.io.TempDir Path dir) {
    assertThatThrownBy(() -> new PolnearEval().evaluate(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a PolNeAR split")
        .hasMessageNotContaining("\n");
  }

  @Test
  void matchingNeedsHalfOfTheLongerSpan() {
    assertThat(SpanMatcher.matches(new Span(0, 10), new Span(5, 10))).isTrue();
    assertThat(SpanMatcher.matches(new Span(0, 10), new Span(6, 10))).isFalse();
    assertThat(SpanMatcher.matches(new Span(0, 10), new Span(0, 21))).isFalse();
    assertThat(SpanMatcher.match(List.of(new Span(0, 10), new Span(20, 30)), List.of(new Span(1, 10), new Span(2, 9))))
        .containsExactly(0, -1);
  }

  /** Every quotation credited to the first occurrence of {@code name}. */
  private static SpeakerResolver fixedMention(String name) {
    return (doc, extraction) -> {
      int at = doc.text().indexOf(name);
      Map<Quotation, Attribution> out = new IdentityHashMap<>();
      for (Quotation q : extraction.quotes()) {
        out.put(q, new Attribution(name, new Span(at, at + name.length()), name, "said", "fixed", 0.5));
      }
      return out;
    };
  }
}
