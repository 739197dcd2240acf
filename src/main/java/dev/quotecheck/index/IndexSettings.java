package dev.quotecheck.index;

import dev.quotecheck.corpus.CorpusFileReader;
import dev.quotecheck.corpus.CorpusFormats;
import java.util.Objects;

/**
 * How {@link IndexBuilder} works.
 *
 * @param threads indexing threads (each reads, parses and analyses whole files)
 * @param ramBufferMb how much each thread holds in memory before writing it as a segment (see
 *     {@link PassageBatch}; at most an eighth of the heap per thread): large means fewer segments to
 *     merge
 * @param commitEveryBytes a safe point: after this much corpus the work so far is committed, so a
 *     killed build resumes from there
 * @param maxFileBytes larger corpus files are skipped with a problem
 * @param formats chooses the reader per file
 * @param maxSegments when a build leaves more than twice this many Lucene segments, they are
 *     merged down to this many: every query looks each term up once per segment, so fewer
 *     segments make retrieval several times faster for a small share of the build time
 */
public record IndexSettings(
    int threads, int ramBufferMb, long commitEveryBytes, long maxFileBytes, CorpusFormats formats, int maxSegments) {
  public IndexSettings {
    Objects.requireNonNull(formats, "formats");
    if (threads < 1 || ramBufferMb < 16 || commitEveryBytes < 1 || maxFileBytes < 1 || maxSegments < 1) {
      throw new IllegalArgumentException("bad index settings");
    }
  }

  public static IndexSettings defaults() {
    return new IndexSettings(
        Math.max(1, Runtime.getRuntime().availableProcessors()), 128, 512L << 20,
        CorpusFileReader.DEFAULT_MAX_FILE_BYTES, CorpusFormats.standard(), 5);
  }

  public IndexSettings withThreads(int n) {
    return new IndexSettings(n, ramBufferMb, commitEveryBytes, maxFileBytes, formats, maxSegments);
  }

  public IndexSettings withCommitEveryBytes(long bytes) {
    return new IndexSettings(threads, ramBufferMb, bytes, maxFileBytes, formats, maxSegments);
  }

  public IndexSettings withMaxSegments(int n) {
    return new IndexSettings(threads, ramBufferMb, commitEveryBytes, maxFileBytes, formats, n);
  }

  public IndexSettings withRamBufferMb(int mb) {
    return new IndexSettings(threads, mb, commitEveryBytes, maxFileBytes, formats, maxSegments);
  }
}
