package dev.quotecheck.index;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ByteVectorValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.LeafMetaData;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.TermVectors;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.KnnCollector;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.Version;

/**
 * A {@link PassageBatch} seen as a Lucene segment, for {@code IndexWriter.addIndexes}: its
 * postings, positions (points), passage records (binary doc values) and stored file records,
 * with the schema {@link IndexSchema#fieldInfos()} takes from Lucene itself. Only what writing a
 * segment reads is offered: no norms, vectors or deletions, which the schema does not have.
 */
final class BatchReader extends LeafReader {
  private final int maxDoc;
  private final FieldInfos fieldInfos = IndexSchema.fieldInfos();
  private final Map<String, ArrayPostings> postings;
  /** Triples: document, start offset, sequence number. */
  private final int[] points;
  private final int[] payloadDocs;
  private final BytesRef[] payloads;
  private final List<PassageBatch.FileRecord> files;
  private final int[] fileDocs;

  BatchReader(int maxDoc, Map<String, ArrayPostings> postings, int[] points, int[] payloadDocs, BytesRef[] payloads,
      List<PassageBatch.FileRecord> files) {
    this.maxDoc = maxDoc;
    this.postings = Map.copyOf(postings);
    this.points = points;
    this.payloadDocs = payloadDocs;
    this.payloads = payloads;
    this.files = files;
    this.fileDocs = files.stream().mapToInt(PassageBatch.FileRecord::doc).toArray();
  }

  @Override
  public Terms terms(String field) {
    ArrayPostings p = postings.get(field);
    return p == null || p.size() == 0 ? null : p;
  }

  @Override
  public BinaryDocValues getBinaryDocValues(String field) {
    if (!field.equals(IndexSchema.PAYLOAD) || payloadDocs.length == 0) {
      return null;
    }
    return new BinaryDocValues() {
      private int i = -1;

      @Override
      public BytesRef binaryValue() {
        return payloads[i];
      }

      @Override
      public boolean advanceExact(int target) {
        advance(target);
        return docID() == target;
      }

      @Override
      public int docID() {
        return i < 0 ? -1 : i < payloadDocs.length ? payloadDocs[i] : NO_MORE_DOCS;
      }

      @Override
      public int nextDoc() {
        i++;
        return docID();
      }

      @Override
      public int advance(int target) {
        while (docID() < target) {
          i++;
        }
        return docID();
      }

      @Override
      public long cost() {
        return payloadDocs.length;
      }
    };
  }

  @Override
  public PointValues getPointValues(String field) {
    return field.equals(IndexSchema.POSITION) && points.length > 0 ? new Positions(points) : null;
  }

  @Override
  public StoredFields storedFields() {
    return new StoredFields() {
      @Override
      public void document(int docID, StoredFieldVisitor visitor) throws IOException {
        BatchReader.this.document(docID, visitor);
      }
    };
  }

  @Override
  @SuppressWarnings("deprecation") // still abstract in Lucene 9
  public void document(int docID, StoredFieldVisitor visitor) throws IOException {
    int i = java.util.Arrays.binarySearch(fileDocs, docID); // passages store nothing
    if (i >= 0) {
      visitFile(files.get(i), visitor);
    }
  }

  /** The stored fields of a file record, in {@link IndexSchema#file} order. */
  private void visitFile(PassageBatch.FileRecord f, StoredFieldVisitor visitor) throws IOException {
    FieldInfo key = fieldInfos.fieldInfo(IndexSchema.STORED_KEY);
    if (visitor.needsField(key) == StoredFieldVisitor.Status.YES) {
      visitor.stringField(key, f.key());
    }
    FieldInfo display = fieldInfos.fieldInfo(IndexSchema.DISPLAY);
    if (visitor.needsField(display) == StoredFieldVisitor.Status.YES) {
      visitor.stringField(display, f.display());
    }
    FieldInfo size = fieldInfos.fieldInfo(IndexSchema.SIZE);
    if (visitor.needsField(size) == StoredFieldVisitor.Status.YES) {
      visitor.longField(size, f.size());
    }
    FieldInfo modified = fieldInfos.fieldInfo(IndexSchema.MODIFIED);
    if (visitor.needsField(modified) == StoredFieldVisitor.Status.YES) {
      visitor.longField(modified, f.modified());
    }
    FieldInfo hash = fieldInfos.fieldInfo(IndexSchema.HASH);
    if (visitor.needsField(hash) == StoredFieldVisitor.Status.YES) {
      visitor.stringField(hash, f.hash());
    }
    FieldInfo passages = fieldInfos.fieldInfo(IndexSchema.PASSAGES);
    if (visitor.needsField(passages) == StoredFieldVisitor.Status.YES) {
      visitor.intField(passages, f.passages());
    }
  }

  @Override
  public FieldInfos getFieldInfos() {
    return fieldInfos;
  }

  @Override
  public int numDocs() {
    return maxDoc;
  }

  @Override
  public int maxDoc() {
    return maxDoc;
  }

  @Override
  public Bits getLiveDocs() {
    return null;
  }

  @Override
  public LeafMetaData getMetaData() {
    return new LeafMetaData(Version.LATEST.major, Version.LATEST, null, false);
  }

  @Override
  @SuppressWarnings("deprecation") // still abstract in Lucene 9
  public org.apache.lucene.index.Fields getTermVectors(int docID) {
    return null;
  }

  @Override
  public TermVectors termVectors() {
    return TermVectors.EMPTY;
  }

  @Override
  public NumericDocValues getNumericDocValues(String field) {
    return null;
  }

  @Override
  public SortedDocValues getSortedDocValues(String field) {
    return null;
  }

  @Override
  public SortedNumericDocValues getSortedNumericDocValues(String field) {
    return null;
  }

  @Override
  public SortedSetDocValues getSortedSetDocValues(String field) {
    return null;
  }

  @Override
  public NumericDocValues getNormValues(String field) {
    return null;
  }

  @Override
  public FloatVectorValues getFloatVectorValues(String field) {
    return null;
  }

  @Override
  public ByteVectorValues getByteVectorValues(String field) {
    return null;
  }

  @Override
  public void searchNearestVectors(String field, float[] target, KnnCollector collector, Bits acceptDocs) {
    // the schema has no vectors
  }

  @Override
  public void searchNearestVectors(String field, byte[] target, KnnCollector collector, Bits acceptDocs) {
    // the schema has no vectors
  }

  @Override
  public void checkIntegrity() {
    // held in memory, never read from a file
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  @Override
  protected void doClose() {
    // nothing to release
  }

  /**
   * The two-dimensional positions as one leaf: writing a segment visits every point once and
   * builds its own tree.
   */
  private static final class Positions extends PointValues {
    private static final int BYTES = Integer.BYTES;
    private final int[] points;
    private final byte[] min = new byte[2 * BYTES];
    private final byte[] max = new byte[2 * BYTES];

    Positions(int[] points) {
      this.points = points;
      int minStart = Integer.MAX_VALUE;
      int minSeq = Integer.MAX_VALUE;
      int maxStart = Integer.MIN_VALUE;
      int maxSeq = Integer.MIN_VALUE;
      for (int i = 0; i < points.length; i += 3) {
        minStart = Math.min(minStart, points[i + 1]);
        maxStart = Math.max(maxStart, points[i + 1]);
        minSeq = Math.min(minSeq, points[i + 2]);
        maxSeq = Math.max(maxSeq, points[i + 2]);
      }
      IntPoint.encodeDimension(minStart, min, 0);
      IntPoint.encodeDimension(minSeq, min, BYTES);
      IntPoint.encodeDimension(maxStart, max, 0);
      IntPoint.encodeDimension(maxSeq, max, BYTES);
    }

    @Override
    public PointTree getPointTree() {
      return new Leaf();
    }

    @Override
    public byte[] getMinPackedValue() {
      return min.clone();
    }

    @Override
    public byte[] getMaxPackedValue() {
      return max.clone();
    }

    @Override
    public int getNumDimensions() {
      return 2;
    }

    @Override
    public int getNumIndexDimensions() {
      return 2;
    }

    @Override
    public int getBytesPerDimension() {
      return BYTES;
    }

    @Override
    public long size() {
      return points.length / 3;
    }

    @Override
    public int getDocCount() {
      return points.length / 3;
    }

    private final class Leaf implements PointTree {
      @Override
      public PointTree clone() {
        return new Leaf();
      }

      @Override
      public boolean moveToChild() {
        return false;
      }

      @Override
      public boolean moveToSibling() {
        return false;
      }

      @Override
      public boolean moveToParent() {
        return false;
      }

      @Override
      public byte[] getMinPackedValue() {
        return min.clone();
      }

      @Override
      public byte[] getMaxPackedValue() {
        return max.clone();
      }

      @Override
      public long size() {
        return points.length / 3;
      }

      @Override
      public void visitDocIDs(IntersectVisitor visitor) throws IOException {
        visitor.grow((int) size());
        for (int i = 0; i < points.length; i += 3) {
          visitor.visit(points[i]);
        }
      }

      @Override
      public void visitDocValues(IntersectVisitor visitor) throws IOException {
        visitor.grow((int) size());
        byte[] packed = new byte[2 * BYTES];
        for (int i = 0; i < points.length; i += 3) {
          IntPoint.encodeDimension(points[i + 1], packed, 0);
          IntPoint.encodeDimension(points[i + 2], packed, BYTES);
          visitor.visit(points[i], packed);
        }
      }
    }
  }
}
