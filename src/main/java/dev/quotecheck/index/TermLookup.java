package dev.quotecheck.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Looks up the retrieval terms of one query with one terms enumeration per segment for all of
 * them. Lucene's {@code TermStates.build} opens one per term and segment: at 1 GB those
 * enumerations were 40% of the bytes a verification allocated, and the collections they caused
 * showed in the latency's 99th percentile (docs/benchmarks.md, Index). Not thread-safe: one per
 * query.
 */
final class TermLookup {
  /** A term with its statistics, looked up once and handed to the query. */
  record Looked(Term term, TermStates states) {}

  private final IndexReader reader;
  private final List<LeafReaderContext> leaves;
  private final TermsEnum[] enums;

  TermLookup(IndexReader reader) throws IOException {
    this.reader = reader;
    this.leaves = reader.leaves();
    this.enums = new TermsEnum[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      Terms terms = leaf.reader().terms(IndexSchema.TERMS);
      enums[leaf.ord] = terms == null ? null : terms.iterator();
    }
  }

  /** The bucket of {@code hash} with its statistics over every segment (document frequency 0: absent). */
  Looked of(long hash) throws IOException {
    BytesRef bytes = IndexTerms.toBytes(hash);
    TermStates states = new TermStates(reader.getContext());
    for (LeafReaderContext leaf : leaves) {
      TermsEnum te = enums[leaf.ord];
      if (te != null && te.seekExact(bytes)) {
        states.register(te.termState(), leaf.ord, te.docFreq(), te.totalTermFreq());
      }
    }
    return new Looked(new Term(IndexSchema.TERMS, bytes), states);
  }
}
