package dev.quotecheck.index;

import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.index.BaseTermsEnum;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SlowImpactsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * One field's postings held in arrays, docs only: sorted distinct terms, and for term {@code i}
 * the ascending documents {@code docs[starts[i]] .. docs[starts[i + 1] - 1]}. What a {@link
 * BatchReader} hands Lucene to write a segment from.
 */
final class ArrayPostings extends Terms {
  private final BytesRef[] terms;
  private final int[] starts;
  private final int[] docs;
  private final int docCount;

  /**
   * @param terms distinct, in {@link BytesRef#compareTo} order
   * @param starts {@code terms.length + 1} ascending offsets into {@code docs}
   * @param docs each term's documents, ascending
   * @param docCount how many documents have at least one term
   */
  ArrayPostings(BytesRef[] terms, int[] starts, int[] docs, int docCount) {
    this.terms = Objects.requireNonNull(terms);
    this.starts = Objects.requireNonNull(starts);
    this.docs = Objects.requireNonNull(docs);
    if (starts.length != terms.length + 1 || starts[terms.length] > docs.length) {
      throw new IllegalArgumentException("starts must have one more entry than terms and end within docs");
    }
    this.docCount = docCount;
  }

  @Override
  public TermsEnum iterator() {
    return new Enum();
  }

  @Override
  public long size() {
    return terms.length;
  }

  @Override
  public long getSumTotalTermFreq() {
    return getSumDocFreq(); // docs only: every frequency counts as one
  }

  @Override
  public long getSumDocFreq() {
    return starts[terms.length];
  }

  @Override
  public int getDocCount() {
    return docCount;
  }

  @Override
  public boolean hasFreqs() {
    return false;
  }

  @Override
  public boolean hasOffsets() {
    return false;
  }

  @Override
  public boolean hasPositions() {
    return false;
  }

  @Override
  public boolean hasPayloads() {
    return false;
  }

  private final class Enum extends BaseTermsEnum {
    private int ord = -1;

    @Override
    public SeekStatus seekCeil(BytesRef text) {
      int i = Arrays.binarySearch(terms, text);
      if (i >= 0) {
        ord = i;
        return SeekStatus.FOUND;
      }
      ord = -i - 1;
      return ord == terms.length ? SeekStatus.END : SeekStatus.NOT_FOUND;
    }

    @Override
    public void seekExact(long ord) {
      this.ord = Math.toIntExact(ord);
    }

    @Override
    public BytesRef next() {
      if (ord + 1 >= terms.length) {
        ord = terms.length;
        return null;
      }
      return terms[++ord];
    }

    @Override
    public BytesRef term() {
      return terms[ord];
    }

    @Override
    public long ord() {
      return ord;
    }

    @Override
    public int docFreq() {
      return starts[ord + 1] - starts[ord];
    }

    @Override
    public long totalTermFreq() {
      return docFreq();
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) {
      return new Docs(docs, starts[ord], starts[ord + 1]);
    }

    @Override
    public ImpactsEnum impacts(int flags) {
      return new SlowImpactsEnum(postings(null, flags));
    }
  }

  /** The documents of one term. */
  private static final class Docs extends PostingsEnum {
    private final int[] docs;
    private final int from;
    private final int to;
    private int i;
    private int doc = -1;

    Docs(int[] docs, int from, int to) {
      this.docs = docs;
      this.from = from;
      this.to = to;
      this.i = from - 1;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      doc = ++i < to ? docs[i] : NO_MORE_DOCS;
      return doc;
    }

    @Override
    public int advance(int target) {
      if (i + 1 >= to) {
        i = to;
        doc = NO_MORE_DOCS;
        return doc;
      }
      int at = Arrays.binarySearch(docs, Math.max(i + 1, from), to, target);
      i = (at >= 0 ? at : -at - 1);
      doc = i < to ? docs[i] : NO_MORE_DOCS;
      return doc;
    }

    @Override
    public long cost() {
      return to - from;
    }

    @Override
    public int freq() {
      return 1;
    }

    @Override
    public int nextPosition() {
      return -1;
    }

    @Override
    public int startOffset() {
      return -1;
    }

    @Override
    public int endOffset() {
      return -1;
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }
  }
}
