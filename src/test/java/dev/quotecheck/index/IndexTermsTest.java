package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.corpus.Passage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexTermsTest {
  @TempDir Path tmp;

  @Test
  void aTermIsItsHashsBucketInThreeBytes() {
    long h = 0xABCD_EF12_3456L;
    long sameBucket = h ^ (1L << 40);
    assertThat(IndexTerms.bucket(h)).isEqualTo(h & 0x3FFFF).isEqualTo(IndexTerms.bucket(sameBucket));
    BytesRef b = IndexTerms.toBytes(h);
    assertThat(b.length).isEqualTo(3);
    assertThat(b).isEqualTo(IndexTerms.toBytes(sameBucket)).isNotEqualTo(IndexTerms.toBytes(h + 1));
    assertThat(((b.bytes[0] & 0xFF) << 16) | ((b.bytes[1] & 0xFF) << 8) | (b.bytes[2] & 0xFF))
        .isEqualTo((int) (h & 0x3FFFF));
  }

  @Test
  void functionWordsOnlyJoinPairsAndTwoFunctionWordsMakeNoPair() {
    assertThat(IndexTerms.distinct("of the")).isEmpty();
    long[] terms = IndexTerms.distinct("the budget");
    assertThat(terms).containsExactlyInAnyOrder(IndexTerms.wordHash("budget"),
        IndexTerms.pairHash(IndexTerms.wordHash("the"), IndexTerms.wordHash("budget")));
  }

  /**
   * A passage whose words fall in the same buckets as a quotation's (but are other words) is a
   * candidate, yet the quotation's own source, which also holds its word pairs, ranks above it.
   */
  @Test
  void aPassageSharingOnlyBucketsRanksBelowTheSource() throws Exception {
    String[] source = {"zarquon", "blenvik", "mortaly", "quistrel", "dovanek"};
    List<String> decoys = new ArrayList<>();
    for (String w : source) {
      decoys.add(wordInSameBucket(w));
    }
    String quote = String.join(" ", source);
    Path corpus = Files.createDirectories(tmp.resolve("refs"));
    Files.writeString(corpus.resolve("t.txt"), "Ann Lee:\n" + String.join(" ", decoys)
        + "\n\nBob Ray:\nSomething else entirely about rivers.\n\nCal Fox:\n" + quote + ".\n");
    Path index = tmp.resolve("index");
    new IndexBuilder(IndexTestSupport.settings()).build(List.of(corpus), index, ProgressListener.NONE);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      List<Passage> found = idx.candidates(quote, null, 5);
      assertThat(found).extracting(Passage::speaker).containsExactly("Cal Fox", "Ann Lee");
    }
  }

  /** A made-up lower-case word, other than {@code word}, whose hash shares its bucket. */
  private static String wordInSameBucket(String word) {
    long bucket = IndexTerms.bucket(IndexTerms.wordHash(word));
    for (long i = 0; ; i++) {
      StringBuilder letters = new StringBuilder("x");
      for (long n = i; n > 0; n /= 26) {
        letters.append((char) ('a' + n % 26));
      }
      String candidate = letters.toString();
      if (!candidate.equals(word) && IndexTerms.bucket(IndexTerms.wordHash(candidate)) == bucket
          && !IndexTerms.STOPWORDS.contains(candidate)) {
        return candidate;
      }
    }
  }
}
