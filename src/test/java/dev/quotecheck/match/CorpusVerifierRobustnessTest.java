package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.corpus.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Odd quotations and odd passages give a verdict, never an exception. */
class CorpusVerifierRobustnessTest {

  private static final List<Passage> ODD = List.of(
      new Passage("odd.txt", "Ann Lee", "", 0, 0, 1, null, null, null),
      new Passage("odd.txt", "Ann Lee", "[crosstalk 00:01:02] … ... [inaudible]", 0, 40, 1, null, null, null),
      new Passage("odd.jsonl", null, "We don't, won't and can't — “ever” — stop; it's 3.5% or three-point-five percent.", 0, 5, 1, null, null, null),
      new Passage("odd.txt", "Ann Lee", "ﬁne ＷＯＲＤＳ in ｆｕｌｌ width, e\u0301te\u0301, 𝔪𝔞𝔱𝔥 and emoji 😀 too", 50, 120, 2, null, null, null));

  private final CorpusVerifier verifier = CorpusVerifier.builder(new InMemoryPassageIndex(ODD)).build();

  @Test
  void edgeQuotations() {
    for (String q : List.of("", "…", "[sic]", ". . . [he] ...", "we do not, will not and can not ever stop",
        "fine words in full width", "It's 3.5 percent", "😀", "[", "]", "a]b[c", "... ... ...", "won't won't won't")) {
      Verdict v = verifier.verify(q, q.length() % 2 == 0 ? "Ann Lee" : null);
      assertThat(v.status()).as(q).isNotNull();
      assertThat(v.similarity()).as(q).isBetween(0.0, 1.0);
    }
    assertThat(verifier.verify("fine words in full width", "Ann Lee").status()).isEqualTo(Status.VERIFIED);
  }

  @Test
  void randomQuotationsAgainstRandomPassages() {
    Random r = new Random(42);
    String alphabet = "ab cd ef . … [ ] ' ’ - — 3 three not n't “ ” é \u0301 😀";
    String[] parts = alphabet.split(" ");
    List<Passage> passages = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = random(r, parts, 1 + r.nextInt(60));
      passages.add(new Passage("r.txt", r.nextBoolean() ? "Sam Roe" : null, text, i * 1000, i * 1000 + text.length(), i + 1, null, null, null));
    }
    CorpusVerifier v = CorpusVerifier.builder(new InMemoryPassageIndex(passages)).build();
    for (int i = 0; i < 500; i++) {
      String q = random(r, parts, r.nextInt(40));
      Verdict verdict = v.verify(q, r.nextBoolean() ? "Sam Roe" : null);
      if (verdict.source() != null) {
        assertThat(verdict.source().start()).isLessThanOrEqualTo(verdict.source().end());
        assertThat(InlineDiff.render(verdict.diff())).isNotNull();
      }
    }
  }

  private static String random(Random r, String[] parts, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(parts[r.nextInt(parts.length)]).append(r.nextInt(4) == 0 ? "" : " ");
    }
    return b.toString();
  }
}
