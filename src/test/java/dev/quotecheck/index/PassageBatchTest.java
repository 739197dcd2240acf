package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.corpus.Passage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

/**
 * A batch written through {@code addIndexes} is a sound Lucene segment (CheckIndex) holding what
 * {@link IndexSchema} says a passage and a file record hold, and it agrees with documents that
 * went through Lucene's own indexing chain in the same index.
 */
class PassageBatchTest {
  private static final List<Passage> PASSAGES = List.of(
      new Passage("refs/a.txt", "Ann Lee", "We will not raise taxes on working families.", 0, 45, 2, null, null, null),
      new Passage("refs/a.txt", "Ann Lee", "The ferry to Harbour Point runs late, and taxes rise.", 46, 99, 4, null, null, null),
      new Passage("refs/a.txt", null, "Applause.", 100, 109, 6, "2024-01-01", "town hall", "https://example.org/a"));

  private static PassageBatch batch() {
    PassageBatch batch = new PassageBatch();
    for (int i = 0; i < PASSAGES.size(); i++) {
      Passage p = PASSAGES.get(i);
      batch.addPassage(p, new IndexSchema.Place(i, i < 2 ? 0 : 2, i < 2 ? 1 : 2), IndexSchema.speakerWords(p.speaker()));
    }
    batch.addFile("key-a", "refs/a.txt", 110, 1234L, "hash-a", PASSAGES.size());
    return batch;
  }

  @Test
  void aBatchBecomesASoundSegmentWithEveryField() throws Exception {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        PassageBatch batch = batch();
        assertThat(batch.maxDoc()).isEqualTo(4);
        w.addIndexes(batch.reader());
        // a file record through Lucene's own chain, as an unchanged file's refresh writes it
        w.addDocument(IndexSchema.file("key-b", "refs/b.txt", 5, 6L, "hash-b", 0));
        w.commit();
      }
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex check = new CheckIndex(dir)) {
        check.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
        assertThat(check.checkIndex().clean).as(log.toString(StandardCharsets.UTF_8)).isTrue();
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        assertThat(s.count(new TermQuery(new Term(IndexSchema.PATH, "refs/a.txt")))).isEqualTo(4);
        assertThat(s.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.FILE)))).isEqualTo(2);
        assertThat(s.count(new TermQuery(new Term(IndexSchema.SPEAKER, "lee")))).isEqualTo(2);
        assertThat(s.count(new TermQuery(new Term(IndexSchema.FILE_KEY, "refs/a.txt")))).isEqualTo(1);
        assertThat(s.count(IntPoint.newRangeQuery(IndexSchema.POSITION, new int[] {40, 1}, new int[] {100, 2})))
            .isEqualTo(2);
        // every bucket of a passage finds it, and no passage lacking the bucket
        for (int i = 0; i < PASSAGES.size(); i++) {
          for (long h : IndexTerms.distinct(PASSAGES.get(i).text())) {
            List<Integer> expected = new ArrayList<>();
            for (int j = 0; j < PASSAGES.size(); j++) {
              if (hasBucket(PASSAGES.get(j).text(), h)) {
                expected.add(j);
              }
            }
            List<Integer> found = new ArrayList<>();
            for (ScoreDoc d : s.search(new TermQuery(new Term(IndexSchema.TERMS, IndexTerms.toBytes(h))), 10).scoreDocs) {
              found.add(d.doc);
            }
            assertThat(found).as("bucket of %x", h).containsExactlyInAnyOrderElementsOf(expected);
          }
        }
        LeafReader leaf = r.leaves().get(0).reader();
        BinaryDocValues payloads = leaf.getBinaryDocValues(IndexSchema.PAYLOAD);
        for (int i = 0; i < PASSAGES.size(); i++) {
          assertThat(payloads.advanceExact(i)).isTrue();
          IndexSchema.Located at = IndexSchema.decode(payloads.binaryValue());
          assertThat(at.passage()).isEqualTo(PASSAGES.get(i));
          assertThat(at.place().seq()).isEqualTo(i);
        }
        assertThat(payloads.advanceExact(3)).isFalse();
        Document file = r.storedFields().document(3);
        assertThat(file.get(IndexSchema.STORED_KEY)).isEqualTo("key-a");
        assertThat(file.get(IndexSchema.DISPLAY)).isEqualTo("refs/a.txt");
        assertThat(file.getField(IndexSchema.SIZE).numericValue().longValue()).isEqualTo(110);
        assertThat(file.getField(IndexSchema.MODIFIED).numericValue().longValue()).isEqualTo(1234L);
        assertThat(file.get(IndexSchema.HASH)).isEqualTo("hash-a");
        assertThat(file.getField(IndexSchema.PASSAGES).numericValue().intValue()).isEqualTo(3);
        assertThat(r.storedFields().document(0).getFields()).isEmpty();
      }
    }
  }

  private static boolean hasBucket(String text, long hash) {
    for (long h : IndexTerms.distinct(text)) {
      if (IndexTerms.bucket(h) == IndexTerms.bucket(hash)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void anEmptyBatchHasNoDocuments() {
    assertThat(new PassageBatch().maxDoc()).isZero();
    assertThat(new PassageBatch().ramBytes()).isZero();
  }
}
