package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.corpus.Passage;
import dev.quotecheck.robust.HostileText;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Word alignment and verdicts on any text: alignments stay inside both token lists and in
 * order; a verdict against any passage has its similarity in 0..1 and a source inside the
 * passage; and a quotation identical to its source, by the same speaker, is verified.
 * 3,000 + 3,000 + 4,000 generated pairs.
 */
class AlignmentProperties {
  private static final Normalizer NORMALIZER = Normalizer.standard();
  private static final String SPEAKER = "Maria Lopez";

  @Property(tries = 3000)
  void alignmentStaysInBoundsAndInOrder(@ForAll("prose") String quotation, @ForAll("prose") String source) {
    List<Token> q = NORMALIZER.draft(quotation);
    List<Token> s = NORMALIZER.source(source);
    Alignment a = new Aligner().fit(q, s);
    assertThat(a.sourceOf()).hasSize(q.size());
    int previous = -1;
    for (int i = 0; i < q.size(); i++) {
      assertThat(a.sourceOf()[i]).isBetween(-1, s.size() - 1);
      assertThat(a.from()[i]).isBetween(-1, s.size());
      assertThat(a.to()[i]).isBetween(-1, s.size());
      if (a.from()[i] >= 0) {
        assertThat(a.to()[i]).isGreaterThanOrEqualTo(a.from()[i]);
      }
      if (a.sourceOf()[i] >= 0) {
        assertThat(a.sourceOf()[i]).as("aligned words keep their order").isGreaterThan(previous);
        previous = a.sourceOf()[i];
      }
    }
    Aligner.Local local = new Aligner().local(q, s);
    assertThat(local.queryFrom()).isBetween(0, local.queryTo());
    assertThat(local.queryTo()).isLessThanOrEqualTo(q.size());
    assertThat(local.sourceFrom()).isBetween(0, local.sourceTo());
    assertThat(local.sourceTo()).isLessThanOrEqualTo(s.size());
  }

  @Property(tries = 3000)
  void anyQuotationAgainstAnyPassageGivesAVerdictInBounds(
      @ForAll("prose") String quotation, @ForAll("prose") String source, @ForAll boolean credited) {
    Verdict v = verifierOver(source).verify(quotation, credited ? SPEAKER : null);
    assertThat(v.similarity()).isBetween(0.0, 1.0);
    if (v.source() != null) {
      assertThat(v.source().end()).isLessThanOrEqualTo(source.length());
      assertThat(v.source().start()).isLessThanOrEqualTo(v.source().end());
    }
    if (v.status() == Status.VERIFIED) {
      assertThat(v.severity()).isEqualTo(Severity.NONE);
      assertThat(v.source()).isNotNull();
    }
  }

  @Property(tries = 4000)
  void identicalQuotationIsVerified(@ForAll("prose") String prose) {
    // brackets are the draft's editorial marks, not words a source says
    String text = prose.replace('[', '(').replace(']', ')');
    Assume.that(NORMALIZER.draft(text).stream().anyMatch(Token::isWord));
    Verdict v = verifierOver(text).verify(text, SPEAKER);
    assertThat(v.status()).as("%s", v).isEqualTo(Status.VERIFIED);
    assertThat(v.similarity()).isEqualTo(1.0);
    assertThat(text).contains(v.source().text());
  }

  private static CorpusVerifier verifierOver(String source) {
    Passage p = new Passage("ref.txt", SPEAKER, source, 0, source.length(), 1, null, null, null);
    return CorpusVerifier.builder(new InMemoryPassageIndex(List.of(p))).build();
  }

  /** Prose-like text: words, marks, punctuation, brackets, ellipses and odd characters, no markup. */
  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, HostileText.piece().filter(p -> !p.startsWith("<") && !p.startsWith("&"))
            .list().ofMaxSize(40).map(l -> String.join(" ", l))),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(60)));
  }
}
