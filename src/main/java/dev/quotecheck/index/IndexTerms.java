package dev.quotecheck.index;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.util.BytesRef;

/**
 * The retrieval terms of a text: every word that is not a function word, and word pairs within
 * a run ({@code "not cut"}; never two function words, {@code "of the"}: in a third of all passages,
 * it costs time and tells nothing). Pairs carry the word order that single words lose; single
 * content words let a fragment or a heavily altered quotation still find its passage. The index
 * keeps only the pairs {@link Winnower winnowing} chooses, about 2 in 3: pairs that occur once in
 * a corpus make most of the distinct terms, and each costs Lucene cache misses per posting, a
 * sort and a dictionary entry, while the rare content words already do much to single a passage
 * out (measured: {@code docs/benchmarks.md}, Index).
 *
 * <p>Words and pairs are hashed to 48 bits (no string is built per word or pair), and the index
 * holds each hash's bucket, its low {@value #BUCKET_BITS} bits, as a 3-byte term. With a distinct
 * term per rare pair a segment held millions of one-passage terms, and sorting, writing and
 * merging them was a third of the build (and Lucene's in-memory table of them another third,
 * before {@link PassageBatch} took that table out of the build). With 2^18 buckets each segment
 * has at most 2^18 terms with postings long enough to compress well (docs/benchmarks.md, Index).
 * A bucket stands for the few hundred pairs and words whose hashes share it at 1 GB, so a passage
 * that holds one of a quotation's buckets need not hold its term; but the quotation's source
 * holds all of them, ranking by how many (and how rare) favours it as before, and alignment
 * rejects the others. The price: a bucket's postings grow with the corpus (about 600 passages
 * each at 1 GB), so beyond a few gigabytes a query reads more postings than it would with a term
 * per hash.
 */
public final class IndexTerms {
  /**
   * The index holds terms as 2^18 buckets of hashes, not as the hashes themselves (see the class
   * comment). Part of the index format.
   */
  static final int BUCKET_BITS = 18;
  static final int TERM_BYTES = (BUCKET_BITS + 7) / 8;
  private static final long BUCKET_MASK = (1L << BUCKET_BITS) - 1;
  /**
   * Of every this many consecutive word pairs the index keeps one or more (see {@link Winnower}),
   * about 2 in 3 of all pairs. Measured at 1 GB (docs/benchmarks.md): 2 keeps retrieval recall
   * within about a point of keeping every pair; 3 and 4 build 5–10% faster but lose 2–5 points.
   * Part of the index format.
   */
  static final int WINDOW = 2;

  /** Function words: too frequent to help alone, still part of every word pair. */
  static final List<String> STOPWORDS = List.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
      "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
      "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
      "its", "our", "their", "this", "that", "these", "those", "there", "here", "what", "which", "who",
      "so", "than", "then", "just", "very", "about", "up", "out", "all", "any", "can", "will", "would",
      "could", "should", "shall", "may", "might", "must", "s", "t", "going", "go", "get", "got", "know",
      "let", "well", "oh", "okay", "yeah", "uh", "um", "because", "when", "where", "how", "why", "into");

  /** The stop words' hashes in an open-addressing table: one probe per word, usually. */
  private static final long[] STOP_TABLE = stopTable();
  private static final int STOP_MASK = STOP_TABLE.length - 1;
  private static final long PAIR_SEED = 0x9E3779B97F4A7C15L;

  private IndexTerms() {}

  /** Receives term hashes. */
  public interface HashSink {
    void term(long hash);
  }

  /** What a term is. */
  enum Kind {
    /** A content word. */
    WORD,
    /** A word pair, each one in the text. */
    PAIR,
    /** A word pair kept by winnowing: these are the pairs the index holds. */
    KEPT_PAIR
  }

  /** The indexed terms, duplicates kept (the index side): content words and the kept word pairs. */
  public static void forEach(CharSequence text, HashSink sink) {
    forEachTyped(text, (h, kind) -> {
      if (kind != Kind.PAIR) {
        sink.term(h);
      }
    });
  }

  static void forEachTyped(CharSequence text, TypedSink sink) {
    Winnower winnower = new Winnower(WINDOW, h -> sink.term(h, Kind.KEPT_PAIR));
    WordTokenizer.tokenize(text, new WordTokenizer.Sink() {
      private long previous;
      private boolean hasPrevious;
      private boolean previousStop;

      @Override
      public void word(CharSequence word) {
        long h = wordHash(word);
        boolean stop = isStopHash(h);
        if (!stop) {
          sink.term(h, Kind.WORD);
        }
        if (hasPrevious && !(stop && previousStop)) {
          long pair = pairHash(previous, h);
          sink.term(pair, Kind.PAIR);
          winnower.add(pair);
        }
        previous = h;
        previousStop = stop;
        hasPrevious = true;
      }

      @Override
      public void breakRun() {
        hasPrevious = false;
        winnower.endRun();
      }
    });
    winnower.endRun();
  }

  /** Receives term hashes with their kind. */
  interface TypedSink {
    void term(long hash, Kind kind);
  }

  /**
   * The query side, each list distinct in first-seen order: the word pairs winnowing keeps (the
   * ones the source passage holds wherever the quotation is verbatim for a window), all word
   * pairs, and the content words.
   */
  record QueryTerms(long[] keptPairs, long[] pairs, long[] words) {}

  public static QueryTerms queryTerms(CharSequence text) {
    Distinct kept = new Distinct();
    Distinct pairs = new Distinct();
    Distinct words = new Distinct();
    forEachTyped(text, (h, kind) -> (switch (kind) {
      case WORD -> words;
      case PAIR -> pairs;
      case KEPT_PAIR -> kept;
    }).add(h));
    return new QueryTerms(kept.toArray(), pairs.toArray(), words.toArray());
  }

  /** A small insertion-ordered set of longs; queries have tens of terms. */
  private static final class Distinct {
    private long[] values = new long[32];
    private int n;

    void add(long h) {
      for (int i = 0; i < n; i++) {
        if (values[i] == h) {
          return;
        }
      }
      if (n == values.length) {
        values = Arrays.copyOf(values, n * 2);
      }
      values[n++] = h;
    }

    long[] toArray() {
      return Arrays.copyOf(values, n);
    }
  }

  /** Distinct term hashes of a text, in first-seen order. */
  public static long[] distinct(CharSequence text) {
    Distinct terms = new Distinct();
    forEach(text, terms::add);
    return terms.toArray();
  }


  private static long[] stopTable() {
    long[] table = new long[Integer.highestOneBit(STOPWORDS.size()) * 4];
    for (String w : STOPWORDS) {
      long h = wordHash(w);
      if (h == 0) {
        throw new IllegalStateException("0 marks an empty slot: " + w);
      }
      int i = (int) h & (table.length - 1);
      while (table[i] != 0) {
        i = (i + 1) & (table.length - 1);
      }
      table[i] = h;
    }
    return table;
  }

  private static boolean isStopHash(long h) {
    for (int i = (int) h & STOP_MASK; STOP_TABLE[i] != 0; i = (i + 1) & STOP_MASK) {
      if (STOP_TABLE[i] == h) {
        return true;
      }
    }
    return false;
  }

  /** The hash of one normalised word. */
  static long wordHash(CharSequence w) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < w.length(); i++) {
      h ^= w.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h) & 0xFFFF_FFFF_FFFFL;
  }

  static long pairHash(long first, long second) {
    return mix(first * 31 + second + PAIR_SEED) & 0xFFFF_FFFF_FFFFL;
  }

  /** MurmurHash3's 64-bit finaliser: spreads every input bit over the output. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  /** The bucket a term hash falls in: the index holds buckets, not hashes. */
  static long bucket(long hash) {
    return hash & BUCKET_MASK;
  }

  /** A hash's bucket as Lucene term bytes, written into {@code into}. */
  static BytesRef toBytes(long hash, BytesRef into) {
    hash = bucket(hash);
    for (int i = TERM_BYTES - 1; i >= 0; i--) {
      into.bytes[i] = (byte) hash;
      hash >>>= 8;
    }
    into.offset = 0;
    into.length = TERM_BYTES;
    return into;
  }

  static BytesRef toBytes(long hash) {
    return toBytes(hash, new BytesRef(new byte[TERM_BYTES]));
  }

  /** At most {@code max} values taken evenly from the whole array, so every part of a long quotation counts. */
  static long[] spread(long[] values, int max) {
    if (values.length <= max) {
      return values;
    }
    long[] out = new long[max];
    for (int i = 0; i < max; i++) {
      out[i] = values[(int) ((long) i * values.length / max)];
    }
    return out;
  }

  static long[] concat(long[] a, long[] b) {
    long[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
