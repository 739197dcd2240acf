package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.corpus.Passage;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.extract.QuoteKind;
import dev.quotecheck.text.Span;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier against a tiny town-hall transcript of our own writing. */
class CorpusVerifierTest {

  static final String TOWN_HALL = """
      Moderator Ann Lee:
      Welcome to the town hall. Senator, the first question is yours.

      Senator Jane Doe:
      We will not raise taxes on working families. Our plan cuts costs for three million households and keeps every clinic open.

      Governor Sam Roe:
      The budget is balanced and the reserves are full. We never cut funding for schools, not once, and we always paid our teachers on time.

      Senator Jane Doe:
      Climate change is the defining challenge of our time, and we must act now before the floods reach our towns.

      Governor Sam Roe:
      We will not raise taxes on working families, and neither will my party.

      Senator Jane Doe:
      I sent the inspectors to the old mill to check the pumps and the valves, and they found nothing wrong with the pumps at all, nothing, so we waited and we waited for the spring rains to come back to the valley. I sent the inspectors back in March and they found the cracks in the dam that everyone had missed, and they'll be honored for it.
      """;

  static final List<Passage> PASSAGES = TranscriptPassages.parse("town-hall.txt", TOWN_HALL);

  private final CorpusVerifier verifier = CorpusVerifier.builder(new InMemoryPassageIndex(PASSAGES))
      .aliases(name -> Map.of("JD", "Jane Doe").getOrDefault(name, name))
      .build();

  @Test
  void exactQuotationIsVerifiedWithItsExactSource() {
    Verdict v = verifier.verify("Our plan cuts costs for three million households", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.VERIFIED);
    assertThat(v.severity()).isEqualTo(Severity.NONE);
    assertThat(v.similarity()).isEqualTo(1.0);
    assertThat(v.source().speaker()).isEqualTo("Jane Doe");
    assertThat(v.source().text()).isEqualTo("Our plan cuts costs for three million households");
    assertThat(TOWN_HALL.substring(v.source().start(), v.source().end())).isEqualTo(v.source().text());
    assertThat(v.source().line()).isEqualTo(5);
    assertThat(v.diff()).extracting(DiffOp::op).containsOnly(DiffOp.Op.EQUAL);
  }

  @Test
  void quotingConventionsStayVerified() {
    for (String quote : List.of(
        "we will NOT raise taxes on working-families!",
        "We will not raise taxes … our plan cuts costs for three million households",
        "We will not raise taxes . . . and keeps every clinic open",
        "[The senator's] plan cuts costs for 3 million households",
        "[She] will not raise taxes on working families",
        "and keeps every clinic open")) {
      Verdict v = verifier.verify(quote, "Senator Jane Doe");
      assertThat(v.status()).as(quote).isEqualTo(Status.VERIFIED);
      assertThat(v.reasons()).as(quote).isEmpty();
    }
  }

  @Test
  void aLongPassageIsSearchedWhereTheQuotationsWordsAre() {
    Verdict v = verifier.verify("back in March and they found the cracks", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.VERIFIED);
    assertThat(v.source().text()).isEqualTo("back in March and they found the cracks");
  }

  @Test
  void anEllipsisInsideAContractionIsNoDifference() {
    Verdict v = verifier.verify("they found the cracks in the dam that everyone had missed, and they … will be honored for it", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.VERIFIED);
    assertThat(v.reasons()).isEmpty();
  }

  @Test
  void verifiesAQuotationWithItsAttribution() {
    String text = "Climate change is the defining challenge of our time";
    Quotation q = new Quotation(new Span(1, 1 + text.length()), new Span(0, text.length() + 2), text, QuoteKind.SENTENCE,
        new Span(0, text.length() + 20), List.of(), List.of());
    Attribution a = new Attribution("Senator Jane Doe", new Span(40, 48), "Jane Doe", "said", "quote-said-x", 0.9);
    assertThat(verifier.verify(q, a).status()).isEqualTo(Status.VERIFIED);
    assertThat(verifier.verify(q, Attribution.none(0.5, "none")).reasons()).containsExactly("the source says Jane Doe said it");
  }

  @Test
  void ellipsisSegmentsMayComeFromTheSpeakersNeighbouringTurns() {
    Verdict v = verifier.verify("We will not raise taxes on working families … Climate change is the defining challenge of our time", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.VERIFIED);
    assertThat(v.diff()).extracting(DiffOp::op).containsOnly(DiffOp.Op.EQUAL);
    assertThat(v.source().line()).isEqualTo(5);
  }

  @Test
  void negationRemovedIsCritical() {
    Verdict v = verifier.verify("We will raise taxes on working families", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.ALTERED);
    assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(v.reasons()).contains("negation removed: \"not\"");
    assertThat(v.diff()).contains(new DiffOp(DiffOp.Op.DELETE, "", "not"));
    assertThat(InlineDiff.render(v.diff())).isEqualTo("We will [-not-] raise taxes on working families");
  }

  @Test
  void negationAddedIsCritical() {
    Verdict v = verifier.verify("Climate change is not the defining challenge of our time", "Jane Doe");
    assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(v.reasons()).containsExactly("negation added: \"not\"");
  }

  @Test
  void numberChangedIsCritical() {
    Verdict v = verifier.verify("Our plan cuts costs for four million households", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.ALTERED);
    assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(v.reasons()).containsExactly("number changed: \"four\" -> \"three\"");
  }

  @Test
  void quantityWordsAndAddedNumbersAreCritical() {
    Verdict quantity = verifier.verify("Our plan cuts costs for three million households and keeps some clinics open", "Jane Doe");
    assertThat(quantity.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(quantity.reasons()).contains("quantity changed: \"some clinics\" -> \"every clinic\"");

    Verdict added = verifier.verify("The budget is balanced and the 2 reserves are full", "Sam Roe");
    assertThat(added.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(added.reasons()).containsExactly("number added: \"2\"");
  }

  @Test
  void verdictsAreTheSameFromManyThreads() {
    List<String> quotes = List.of(
        "We will raise taxes on working families", "The budget is balanced and the reserves are empty",
        "We never cut funding for schools, not once", "Our plan cuts costs for three million households");
    List<Verdict> sequential = quotes.stream().map(q -> verifier.verify(q, "Jane Doe")).toList();
    for (int round = 0; round < 20; round++) {
      List<Verdict> parallel = quotes.parallelStream().map(q -> verifier.verify(q, "Jane Doe")).toList();
      assertThat(parallel).isEqualTo(sequential);
    }
  }

  @Test
  void contentWordReplacedIsMajor() {
    Verdict v = verifier.verify("The budget is balanced and the reserves are empty", "Sam Roe");
    assertThat(v.status()).isEqualTo(Status.ALTERED);
    assertThat(v.severity()).isEqualTo(Severity.MAJOR);
    assertThat(v.reasons()).containsExactly("words replaced: \"empty\" -> \"full\"");
    assertThat(InlineDiff.render(v.diff())).isEqualTo("The budget is balanced and the reserves are [-full-]{+empty+}");
  }

  @Test
  void contentWordDroppedIsMajor() {
    Verdict v = verifier.verify("Our plan cuts costs for three million households and keeps every open", "Jane Doe");
    assertThat(v.severity()).isEqualTo(Severity.MAJOR);
    assertThat(v.reasons()).containsExactly("words dropped: \"clinic\"");
  }

  @Test
  void functionWordsAndContractionsAreMinor() {
    Verdict fn = verifier.verify("We will not raise the taxes on working families", "Jane Doe");
    assertThat(fn.status()).isEqualTo(Status.ALTERED);
    assertThat(fn.severity()).isEqualTo(Severity.MINOR);
    assertThat(fn.reasons()).containsExactly("function words added: \"the\"");

    Verdict contraction = verifier.verify("We won't raise taxes on working families", "Jane Doe");
    assertThat(contraction.severity()).isEqualTo(Severity.MINOR);
    assertThat(contraction.reasons()).containsExactly("contraction differs: \"won't\" -> \"will not\"");

    Verdict inflection = verifier.verify("The budget is balanced and the reserve is full", "Sam Roe");
    assertThat(inflection.severity()).isEqualTo(Severity.MINOR);
  }

  @Test
  void anotherSpeakersWordsAreMisattributed() {
    Verdict v = verifier.verify("We never cut funding for schools, not once", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.MISATTRIBUTED);
    assertThat(v.severity()).isEqualTo(Severity.NONE);
    assertThat(v.source().speaker()).isEqualTo("Sam Roe");
    assertThat(v.reasons().get(0)).isEqualTo("said by Sam Roe, not Jane Doe");
  }

  @Test
  void theAttributedSpeakersOwnPassageWinsWhenBothSaidIt() {
    assertThat(verifier.verify("We will not raise taxes on working families", "Sam Roe").source().speaker())
        .isEqualTo("Sam Roe");
    Verdict doe = verifier.verify("We will not raise taxes on working families", "JD");
    assertThat(doe.status()).isEqualTo(Status.VERIFIED);
    assertThat(doe.source().speaker()).isEqualTo("Jane Doe");
  }

  @Test
  void withoutASpeakerTheSourceSaysWhoSpoke() {
    Verdict v = verifier.verify("the defining challenge of our time", null);
    assertThat(v.status()).isEqualTo(Status.VERIFIED);
    assertThat(v.reasons()).containsExactly("the source says Jane Doe said it");
  }

  @Test
  void wordsNobodySaidAreUnverified() {
    Verdict v = verifier.verify("The new bridge over the river will open to traffic next summer", "Sam Roe");
    assertThat(v.status()).isEqualTo(Status.UNVERIFIED);
    assertThat(v.source()).isNull();
    assertThat(v.diff()).isEmpty();
  }

  @Test
  void twoPlacesJoinedWithoutAnEllipsisAreASplice() {
    Verdict v = verifier.verify("Climate change is the defining challenge of our time. We will not raise taxes on working families", "Jane Doe");
    assertThat(v.status()).isEqualTo(Status.ALTERED);
    assertThat(v.severity()).isEqualTo(Severity.CRITICAL);
    assertThat(v.reasons()).anyMatch(r -> r.startsWith("spliced from two places without an ellipsis"));
  }

  @Test
  void shortFragmentsAreCheckedOnlyAgainstTheSpeaker() {
    Verdict own = verifier.verify("defining challenge", "Jane Doe");
    assertThat(own.status()).isEqualTo(Status.VERIFIED);
    assertThat(own.reasons()).contains("short fragment: thin evidence");
    assertThat(verifier.verify("defining challenge", "Sam Roe").status()).isEqualTo(Status.UNVERIFIED);
    assertThat(verifier.verify("defining challenge", null).status()).isEqualTo(Status.UNVERIFIED);
  }
}
