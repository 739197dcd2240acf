package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WordTokenizerTest {

  @Test
  void foldsCaseQuotesApostrophesAndExpandsContractions() {
    assertThat(WordTokenizer.words("“We DON’T know,” she said—it's 1,000 people; can't, won't, I'm"))
        .containsExactly("we", "do", "not", "know", "she", "said", "it", "is", "1000", "people", "can", "not",
            "will", "not", "i", "am");
    assertThat(WordTokenizer.words("ﬁne ＴＥＳＴ")).containsExactly("fine", "test"); // NFKC
    assertThat(WordTokenizer.words("Trump's plan, 3.5%")).containsExactly("trump", "plan", "3.5", "percent");
    assertThat(WordTokenizer.words("cannot")).containsExactly("can", "not");
  }

  @Test
  void textThatSkipsTheNormaliserComesOutAsIfItHadBeenNormalised() {
    String[] texts = {
        "plain ascii, nothing to do", "“Curly” quotes — and dashes – and ’apostrophes‘", "Café, naïve, Æsir, × ÷ ÿ",
        "soft\u00ADhyphen", "e\u0301 combining mark after a letter", "ﬁ ligature and “quotes”", "\u2026 ellipsis",
        "Ｆullwidth “and” curly", "\u00A0no-break space and é", "two\u2024dots"};
    for (String t : texts) {
      assertThat(WordTokenizer.normalise(t)).as(t).isEqualTo(referenceNormalise(t));
    }
  }

  /** NFKC always, then the same apostrophe and invisible-character folding. */
  private static String referenceNormalise(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toCharArray()) {
      switch (c) {
        case '\u2019', '\u2018', '\u02BC', '\u2032', '\u0060', '\u00B4' -> b.append('\'');
        case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> { }
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Test
  void ellipsesBracketsAndParagraphsBreakRuns() {
    assertThat(WordTokenizer.words("we will … build [the] wall . . . now... ok\n\nnext"))
        .containsExactly("we", "will", null, "build", null, "wall", null, "now", null, "ok", null, "next");
    assertThat(WordTokenizer.words("Tell that to Nancy [crosstalk 00:08:48] Chuck."))
        .containsExactly("tell", "that", "to", "nancy", null, "chuck");
  }

  @Test
  void termsArePairsWithinRunsAndContentWords() {
    long we = IndexTerms.wordHash("we");
    long did = IndexTerms.wordHash("did");
    long not = IndexTerms.wordHash("not");
    long cut = IndexTerms.wordHash("cut");
    long a = IndexTerms.wordHash("a");
    long teacher = IndexTerms.wordHash("teacher");
    long didNot = IndexTerms.pairHash(did, not);
    long notCut = IndexTerms.pairHash(not, cut);
    // "we did": both function words, no pair; the ellipsis breaks "cut a"; a run shorter than the
    // winnowing window keeps its smallest pair
    assertThat(IndexTerms.distinct("We did not cut … a teacher")).containsExactlyInAnyOrder(
        not, cut, Math.min(didNot, notCut), teacher, IndexTerms.pairHash(a, teacher));
    assertThat(IndexTerms.queryTerms("We did not cut").pairs()).containsExactly(didNot, notCut);
    assertThat(IndexTerms.queryTerms("We did not cut").keptPairs()).containsExactly(Math.min(didNot, notCut));
    assertThat(IndexTerms.distinct("the")).isEmpty();
    assertThat(IndexTerms.distinct("“worrying”")).containsExactly(IndexTerms.wordHash("worrying"));
    assertThat(IndexTerms.distinct("We DIDN’T")).containsExactly(IndexTerms.distinct("we did not"));
    assertThat(IndexTerms.pairHash(we, did)).isNotEqualTo(IndexTerms.pairHash(did, we));
  }

  @Test
  void hostileInputStaysBounded() {
    char[] longWord = new char[10_000];
    Arrays.fill(longWord, 'x');
    assertThat(WordTokenizer.words(new String(longWord))).hasSize(1).allSatisfy(w -> assertThat(w.length()).isLessThanOrEqualTo(64));
    assertThat(WordTokenizer.words("[".repeat(5000) + "word")).containsExactly("word");
    assertThat(WordTokenizer.words("a\u200Bb \u202Ec")).isNotEmpty();
  }
}
