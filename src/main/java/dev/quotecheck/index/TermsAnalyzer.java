package dev.quotecheck.index;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.util.BytesRef;

/** Feeds {@link IndexTerms} buckets to Lucene as binary terms: one token per bucket, no positions. */
final class TermsAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new TermsTokenizer());
  }

  private static final class TermsTokenizer extends Tokenizer {
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final BytesRef bytes = new BytesRef(new byte[IndexTerms.TERM_BYTES]);
    private final StringBuilder buffer = new StringBuilder(4096);
    private final char[] chunk = new char[4096];
    private long[] hashes = new long[256];
    private long[] seen = new long[512];
    private int count;
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= count) {
        return false;
      }
      clearAttributes();
      term.setBytesRef(IndexTerms.toBytes(hashes[next++], bytes));
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      buffer.setLength(0);
      for (int n; (n = input.read(chunk)) > 0; ) {
        buffer.append(chunk, 0, n);
      }
      count = 0;
      next = 0;
      IndexTerms.forEach(buffer, h -> {
        if (count == hashes.length) {
          hashes = Arrays.copyOf(hashes, count * 2);
        }
        hashes[count++] = IndexTerms.bucket(h);
      });
      dedupe();
    }

    /** Each bucket once per passage: with docs-only postings, repeats are wasted hash lookups. */
    private void dedupe() {
      int size = Integer.highestOneBit(Math.max(16, count * 2)) << 1;
      if (seen.length < size) {
        seen = new long[size];
      } else {
        Arrays.fill(seen, 0, size, 0L);
      }
      int mask = size - 1;
      int kept = 0;
      for (int i = 0; i < count; i++) {
        long h = hashes[i] | 1L << 62; // never 0, the empty mark
        int slot = (int) (h ^ (h >>> 29)) & mask;
        while (seen[slot] != 0 && seen[slot] != h) {
          slot = (slot + 1) & mask;
        }
        if (seen[slot] == 0) {
          seen[slot] = h;
          hashes[kept++] = hashes[i];
        }
      }
      count = kept;
    }
  }
}
