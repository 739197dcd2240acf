package dev.quotecheck.index;

import dev.quotecheck.corpus.Passage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.util.BytesRef;

/**
 * The documents one indexing thread has read and not yet handed to Lucene: passages with their
 * retrieval buckets, and file records. Lucene would invert each passage through its in-memory
 * term hash, a few cache misses per term for about 40 terms per passage, which was half of the
 * build's time; a batch instead keeps each passage's buckets in one array and sorts them into
 * postings lists all at once (a counting sort over the 2^18 buckets), and {@link #reader} offers
 * the result to {@code IndexWriter.addIndexes}, which writes it as a segment through the
 * ordinary codec. Documents are numbered in the order they are added; a file's passages come
 * before its record, as {@link IndexSchema} lays them out. Not thread-safe: one per thread.
 */
final class PassageBatch {
  private static final int BUCKETS = 1 << IndexTerms.BUCKET_BITS;

  private int maxDoc;
  /** Every passage's distinct buckets, passage after passage. */
  private int[] buckets = new int[1 << 16];
  private int bucketCount;
  /** For each document, where its buckets end in {@link #buckets}. */
  private int[] bucketEnds = new int[1 << 10];
  private final Keywords paths = new Keywords();
  private final Keywords speakers = new Keywords();
  private final Keywords fileKeys = new Keywords();
  private final Keywords kinds = new Keywords();
  private int[] points = new int[3 << 10];
  private int pointCount;
  private int[] payloadDocs = new int[1 << 10];
  private BytesRef[] payloads = new BytesRef[1 << 10];
  private int payloadCount;
  private long payloadBytes;
  private final List<FileRecord> files = new ArrayList<>();
  private long[] seen = new long[512];

  /** A file's record, stored for incremental updates (see {@link IndexSchema#file}). */
  record FileRecord(int doc, String key, String display, long size, long modified, String hash, int passages) {}

  int maxDoc() {
    return maxDoc;
  }

  /** About how much heap the batch holds, counting the postings its reader will sort. */
  long ramBytes() {
    return 8L * bucketCount + payloadBytes + 64L * maxDoc;
  }

  void addPassage(Passage p, IndexSchema.Place place, List<String> speakerWords) {
    int doc = maxDoc;
    paths.add(p.path(), doc);
    for (String w : speakerWords) {
      speakers.add(w, doc);
    }
    addBuckets(p.text());
    if (pointCount + 3 > points.length) {
      points = Arrays.copyOf(points, points.length * 2);
    }
    points[pointCount++] = doc;
    points[pointCount++] = p.start();
    points[pointCount++] = place.seq();
    if (payloadCount == payloads.length) {
      payloads = Arrays.copyOf(payloads, payloadCount * 2);
      payloadDocs = Arrays.copyOf(payloadDocs, payloadCount * 2);
    }
    BytesRef payload = IndexSchema.encode(p, place);
    payloadDocs[payloadCount] = doc;
    payloads[payloadCount++] = payload;
    payloadBytes += payload.length + 32;
    endDocument();
  }

  void addFile(String key, String display, long size, long modified, String hash, int passages) {
    int doc = maxDoc;
    paths.add(display, doc);
    fileKeys.add(display, doc);
    kinds.add(IndexSchema.FILE, doc);
    files.add(new FileRecord(doc, key, display, size, modified, hash, passages));
    endDocument();
  }

  private void endDocument() {
    if (maxDoc == bucketEnds.length) {
      bucketEnds = Arrays.copyOf(bucketEnds, maxDoc * 2);
    }
    bucketEnds[maxDoc++] = bucketCount;
  }

  /** Appends a passage's buckets, each once: with docs-only postings a repeat says nothing. */
  private void addBuckets(CharSequence text) {
    int from = bucketCount;
    IndexTerms.forEach(text, h -> {
      if (bucketCount == buckets.length) {
        buckets = Arrays.copyOf(buckets, bucketCount * 2);
      }
      buckets[bucketCount++] = (int) IndexTerms.bucket(h);
    });
    int n = bucketCount - from;
    int size = Integer.highestOneBit(Math.max(16, n * 2)) << 1;
    if (seen.length < size) {
      seen = new long[size];
    } else {
      Arrays.fill(seen, 0, size, 0L);
    }
    int mask = size - 1;
    int kept = from;
    for (int i = from; i < bucketCount; i++) {
      long b = buckets[i] | 1L << 62; // never 0, the empty mark
      int slot = (int) (b ^ (b >>> 7)) & mask;
      while (seen[slot] != 0 && seen[slot] != b) {
        slot = (slot + 1) & mask;
      }
      if (seen[slot] == 0) {
        seen[slot] = b;
        buckets[kept++] = buckets[i];
      }
    }
    bucketCount = kept;
  }

  /** The batch as a segment for {@code IndexWriter.addIndexes}; the batch may not change after. */
  CodecReader reader() throws java.io.IOException {
    Map<String, ArrayPostings> postings = new HashMap<>();
    postings.put(IndexSchema.TERMS, bucketPostings());
    postings.put(IndexSchema.PATH, paths.postings());
    postings.put(IndexSchema.SPEAKER, speakers.postings());
    postings.put(IndexSchema.FILE_KEY, fileKeys.postings());
    postings.put(IndexSchema.KIND, kinds.postings());
    return SlowCodecReaderWrapper.wrap(new BatchReader(maxDoc, postings,
        Arrays.copyOf(points, pointCount), Arrays.copyOf(payloadDocs, payloadCount),
        Arrays.copyOf(payloads, payloadCount), List.copyOf(files)));
  }

  /** The buckets' postings by a counting sort: one pass to count, one to place. */
  private ArrayPostings bucketPostings() {
    int[] starts = new int[BUCKETS + 1];
    for (int i = 0; i < bucketCount; i++) {
      starts[buckets[i] + 1]++;
    }
    int terms = 0;
    for (int b = 0; b < BUCKETS; b++) {
      if (starts[b + 1] != 0) {
        terms++;
      }
      starts[b + 1] += starts[b];
    }
    int[] docs = new int[bucketCount];
    int[] next = Arrays.copyOf(starts, BUCKETS);
    int docsWithTerms = 0;
    for (int d = 0, i = 0; d < maxDoc; d++) {
      int end = bucketEnds[d];
      if (end > i) {
        docsWithTerms++;
      }
      for (; i < end; i++) {
        docs[next[buckets[i]]++] = d;
      }
    }
    BytesRef[] termBytes = new BytesRef[terms];
    int[] termStarts = new int[terms + 1];
    int t = 0;
    for (int b = 0; b < BUCKETS; b++) {
      if (starts[b + 1] != starts[b]) {
        termBytes[t] = IndexTerms.toBytes(b); // big-endian bytes: numeric order is term order
        termStarts[t++] = starts[b];
      }
    }
    termStarts[terms] = bucketCount;
    return new ArrayPostings(termBytes, termStarts, docs, docsWithTerms);
  }

  /** A keyword field's terms and the documents of each, in the order documents arrive. */
  private static final class Keywords {
    private final Map<String, int[]> docs = new HashMap<>();
    private int postings;
    private int docCount;
    private int lastDoc = -1;

    void add(String term, int doc) {
      int[] list = docs.get(term);
      if (list == null) {
        list = new int[] {0, 0, 0, 0, 0, 0, 0, 0};
        docs.put(term, list);
      }
      int n = list[0];
      if (n > 0 && list[n] == doc) {
        return;
      }
      if (n + 1 == list.length) {
        list = Arrays.copyOf(list, list.length * 2);
        docs.put(term, list);
      }
      list[n + 1] = doc;
      list[0] = n + 1;
      postings++;
      if (doc != lastDoc) {
        docCount++; // documents arrive in order
        lastDoc = doc;
      }
    }

    /** Terms sorted as Lucene sorts them: by their UTF-8 bytes. */
    ArrayPostings postings() {
      BytesRef[] terms = new BytesRef[docs.size()];
      int t = 0;
      for (String term : docs.keySet()) {
        terms[t++] = new BytesRef(term);
      }
      Arrays.sort(terms);
      int[] starts = new int[terms.length + 1];
      int[] all = new int[postings];
      int at = 0;
      for (int i = 0; i < terms.length; i++) {
        int[] list = docs.get(terms[i].utf8ToString());
        starts[i] = at;
        System.arraycopy(list, 1, all, at, list[0]);
        at += list[0];
      }
      starts[terms.length] = at;
      return new ArrayPostings(terms, starts, all, docCount);
    }
  }
}
