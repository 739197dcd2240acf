package dev.quotecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.quotecheck.text.Document;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotationExtractorTest {

  private static final QuotationExtractor EXTRACTOR = new QuotationExtractor();

  private static List<Quotation> quotes(String text) {
    return EXTRACTOR.extract(Document.plain("t.txt", text)).quotes();
  }

  private static List<String> texts(String text) {
    return quotes(text).stream().map(Quotation::text).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "He said \"we will win the vote\" on Monday.|we will win the vote",
        "He said “we will win the vote” on Monday.|we will win the vote",
        "He said ‘we will win the vote’ on Monday.|we will win the vote",
        "He said 'we will win the vote' on Monday.|we will win the vote",
        "Il a dit « nous allons gagner » lundi.|nous allons gagner",
        "Il a dit ‹ nous allons gagner › lundi.|nous allons gagner",
        "Er sagte „wir werden gewinnen“ am Montag.|wir werden gewinnen",
        "Powiedział „wygramy to głosowanie” w poniedziałek.|wygramy to głosowanie",
        "彼は「私たちは勝つ」と言った。|私たちは勝つ",
        "He said ''we will win the vote'' on Monday.|we will win the vote",
      })
  void everyKindOfMark(String text, String expected) {
    assertThat(texts(text)).containsExactly(expected);
  }

  @Test
  void contentSpanLeavesOutTheMarks() {
    String text = "She said “not today” again.";
    Quotation q = quotes(text).get(0);
    assertThat(q.content().of(text)).isEqualTo("not today");
    assertThat(q.outer().of(text)).isEqualTo("“not today”");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "I don't know why Iran’s envoy left, and the students' union agreed.",
        "Back in the '90s they loved rock 'n' roll and rock ‘n’ roll.",
        "We met at the Smiths' house and later at the Joneses’ farm.",
        "They were rockin' all night long, ’til dawn, singin’ and dancin’.",
      })
  void apostrophesAreNotQuotationMarks(String text) {
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void possessiveInsideASingleQuotationDoesNotCloseIt() {
    assertThat(texts("He wrote: ‘We slept at the Smiths’ house that night,’ and left."))
        .containsExactly("We slept at the Smiths’ house that night,");
  }

  @Test
  void singleInsideDoubleIsNested() {
    List<Quotation> q = quotes("“They told me ‘never again’ last year,” she said.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("They told me ‘never again’ last year,");
    assertThat(q.get(0).nested()).extracting(Quotation::text).containsExactly("never again");
  }

  @Test
  void sameMarkNestingResolvedByFlanking() {
    List<Quotation> q = quotes("\"He shouted \"stop the count\" twice,\" the clerk said.");
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("He shouted \"stop the count\" twice,");
    assertThat(q.get(0).nested()).extracting(Quotation::text).containsExactly("stop the count");
  }

  @Test
  void multiParagraphQuotationIsOne() {
    String text = "The mayor spoke at length.\n\n“We will rebuild the bridge.\n\n“We will rebuild it better,” she said.";
    List<Quotation> q = quotes(text);
    assertThat(q).hasSize(1);
    assertThat(q.get(0).text()).isEqualTo("We will rebuild the bridge. We will rebuild it better,");
    assertThat(q.get(0).warnings()).isEmpty();
  }

  @Test
  void multiParagraphQuotationWithDoubledApostrophes() {
    String text = "''We will rebuild the bridge.\n\n''We will rebuild it better,'' she said.";
    assertThat(texts(text)).containsExactly("We will rebuild the bridge. We will rebuild it better,");
  }

  @Test
  void neverClosedQuotationEndsAtTheAttribution() {
    String text = "“We must act before winter, Governor Ana Ruiz said on Tuesday in the capital.\n\nNext paragraph.";
    Quotation q = quotes(text).get(0);
    assertThat(q.text()).isEqualTo("We must act before winter,");
    assertThat(q.warnings()).singleElement().asString().contains("no closing quotation mark");
  }

  @Test
  void neverClosedQuotationWithoutAttributionEndsWithTheParagraph() {
    String text = "“We must act before winter and spring.\n\nThe council met later.";
    Quotation q = quotes(text).get(0);
    assertThat(q.text()).isEqualTo("We must act before winter and spring.");
    assertThat(q.warnings()).singleElement().asString().contains("end of the paragraph");
  }

  @Test
  void wrongDirectionClosingMark() {
    String text = "The minister agreed. “There is much left to do this year. “\n\nThe talks go on.";
    Quotation q = quotes(text).get(0);
    assertThat(q.text()).isEqualTo("There is much left to do this year.");
    assertThat(q.warnings()).singleElement().asString().contains("wrong-direction");
  }

  @Test
  void missingOpeningMarkRecoveredAfterTheCue() {
    String text = "Listing the closures, she added, The harbor will not survive another winter.”\n\nNext.";
    Quotation q = quotes(text).get(0);
    assertThat(q.text()).isEqualTo("The harbor will not survive another winter.");
    assertThat(q.outer().of(text)).isEqualTo("The harbor will not survive another winter.”");
    assertThat(q.warnings()).singleElement().asString().contains("no opening quotation mark");
    assertThat(quotes("The harbor, he thinks, is fine.” Then nothing.")).isEmpty();
  }

  @Test
  void strayMarkDoesNotSwallowTheNextParagraphsQuotation() {
    String text = "\"The crowd was loud.\n\n“Here we go,” she said.";
    assertThat(texts(text)).containsExactly("The crowd was loud.", "Here we go,");
  }

  @Test
  void paragraphOpeningMarkOpensWhateverItsShapeOrSpacing() {
    String text = "Readers wrote in.\n\n\u202a”Thanks for the update!” wrote one.\n\n” … the best part was the map,” wrote another.";
    assertThat(texts(text)).containsExactly("Thanks for the update!", "… the best part was the map,");
    assertThat(quotes(text).get(0).warnings()).singleElement().asString().contains("opened by a closing mark");
  }

  @Test
  void embedDebrisMakesNoQuotation() {
    String text = ": -. , /,, / – pic.twitter.com/HfhskDQT7i\n\n<tweet author=\"someone\" id=\"123\">Nice day</tweet> \" \" ,\n";
    assertThat(quotes(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "“We will not raise taxes,” the governor said.|SENTENCE",
        "The governor said: “We will not raise taxes.”|SENTENCE",
        "The governor said taxes would stay “where they are for now” this year.|PARTIAL",
        "The so-called “reform” passed on Monday.|SCARE",
        "He appeared on “Face the Nation” on Sunday.|SCARE",
        "The governor said the plan was “cruel” and left.|PARTIAL",
        "Senator Calls Harbor Budget ‘A Disgrace’ In Floor Speech|PARTIAL",
        "Senator Sees ‘Personal Insult’ In Harbor Budget|PARTIAL",
        "Harbor Board Backs New Ferry Plan, Calls Old Route ‘Morning Harbor Run’ Obsolete|PARTIAL",
        "He watched “Morning Harbor Run” every day.|SCARE",
      })
  void kinds(String text, QuoteKind kind) {
    assertThat(quotes(text)).singleElement().extracting(Quotation::kind).isEqualTo(kind);
  }

  @Test
  void splitQuotationAroundAttributionIsTwoWholeSentenceParts() {
    List<Quotation> q = quotes("“I am not leaving,” he said, “not now and not ever.”");
    assertThat(q).extracting(Quotation::kind).containsExactly(QuoteKind.SENTENCE, QuoteKind.SENTENCE);
    assertThat(q.get(0).sentence()).isEqualTo(q.get(1).sentence());
  }

  @Test
  void shortQuotationThatIsAWholeSentenceIsNoScareQuote() {
    assertThat(quotes("“I am not sure,” said Sen. Ada Park, D-Ore. “We’ll see.”"))
        .extracting(Quotation::kind)
        .containsExactly(QuoteKind.SENTENCE, QuoteKind.SENTENCE);
  }

  @Test
  void neverClosedQuotationEndsAtAnAttributionAfterANestedClosingMark() {
    assertThat(texts("“They called it ‘the Smiths’ house,’ the neighbor said on Monday.\n\nMore."))
        .containsExactly("They called it ‘the Smiths’ house,’");
  }

  @Test
  void titleAfterAWholeSentenceQuotationIsNoContinuation() {
    assertThat(quotes("“We were wrong,” the mayor said on Channel Nine’s “Morning Harbor.”"))
        .extracting(Quotation::kind)
        .containsExactly(QuoteKind.SENTENCE, QuoteKind.SCARE);
  }

  @Test
  void capitalisedQuotationStandingAloneIsASubhead() {
    assertThat(quotes("The mine closed in May.\n\n‘Legend in the Coal Fields.’\n\nThe miners left."))
        .singleElement()
        .extracting(Quotation::kind)
        .isEqualTo(QuoteKind.SCARE);
  }

  @Test
  void sentenceNeverSplitsInsideAQuotation() {
    String text = "“It rained. Then it poured. We stayed,” the farmer said. The end came later.";
    Extraction e = EXTRACTOR.extract(Document.plain("t.txt", text));
    Quotation q = e.quotes().get(0);
    assertThat(q.sentence().of(text)).isEqualTo("“It rained. Then it poured. We stayed,” the farmer said.");
    assertThat(e.sentences()).noneMatch(s -> s.contains(q.outer().start()) && !s.contains(q.outer()));
  }

  @Test
  void neverThrowsOnRandomInput() {
    Random random = new Random(42);
    String alphabet = "ab \n\"'“”‘’«»‹›„「」.,:;!?-=<>";
    for (int round = 0; round < 2000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(60);
      for (int i = 0; i < n; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      assertThatCode(() -> EXTRACTOR.extract(Document.plain("r.txt", text))).as(text).doesNotThrowAnyException();
    }
  }

  @Test
  void oneExtractorServesManyThreads() throws Exception {
    String text = "“We will win,” she said. He called it “a long shot” in the U.S. Senate.\n\n‘Fine,’ he said.";
    List<Quotation> expected = quotes(text);
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<Quotation>>> futures = new java.util.ArrayList<>();
      for (int i = 0; i < 64; i++) {
        futures.add(pool.submit(() -> quotes(text)));
      }
      for (java.util.concurrent.Future<List<Quotation>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
    assertThat(expected).hasSize(3);
  }

  @Test
  void emptyAndBlankTextsHaveNoQuotations() {
    assertThat(quotes("")).isEmpty();
    assertThat(quotes(" \n\n \t")).isEmpty();
    assertThat(quotes("\"")).isEmpty();
  }

  @Test
  void aMillionMarksAndDeepNestingStayBounded() {
    String marks = "\"a\" ".repeat(250_000);
    assertThat(quotes(marks)).hasSize(250_000);
    String deep = "“x ".repeat(10_000) + "y" + " z”".repeat(10_000);
    List<Quotation> q = quotes(deep);
    assertThat(q).hasSize(1);
    int depth = 0;
    for (Quotation at = q.get(0); !at.nested().isEmpty(); at = at.nested().get(0)) {
      depth++;
    }
    assertThat(depth).isEqualTo(QuotationTree.MAX_DEPTH - 1);
    assertThat(q.get(0).warnings()).anyMatch(w -> w.contains("nested deeper"));
  }

  @Test
  void pathologicalShapesStayLinear() {
    // each of these once took time quadratic in its length
    assertThat(quotes("“".repeat(50_000) + "”".repeat(50_000))).isEmpty(); // marks only: no words
    List<Quotation> continued = quotes("“x\n\n".repeat(100_000));
    assertThat(continued).singleElement().satisfies(q -> assertThat(q.text()).hasSize(2 * 100_000 - 1));
    assertThat(quotes("a=\"b ".repeat(100_000))).isEmpty();
  }
}
