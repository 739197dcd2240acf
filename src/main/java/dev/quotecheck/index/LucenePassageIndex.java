package dev.quotecheck.index;

import dev.quotecheck.corpus.Passage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A {@link PassageIndex} over one or more on-disk indexes built by {@link IndexBuilder}. A query
 * is a disjunction of the quotation's rarest terms (the word pairs the index keeps, see {@link
 * Winnower}, and content words), scored by rarity, so a passage that shares most of them wins
 * even when words were changed, dropped or added; the search visits a few posting lists only,
 * never the corpus. Opening sees the last committed state, so
 * a build running at the same time is invisible until it commits.
 */
public final class LucenePassageIndex implements PassageIndex {
  /**
   * More terms than this add little to ranking and only cost time. This and {@link #MAX_LOOKUPS}
   * can be set by system properties for benchmarking ({@code docs/benchmarks.md}).
   */
  private static final int MAX_TERMS = Integer.getInteger("quotecheck.index.maxTerms", 16);
  /** At least this many of the rarest terms are kept, however common. */
  private static final int MIN_TERMS = 4;
  /** Word pairs looked up at most, spread over the quotation (each costs a seek per segment). */
  private static final int MAX_LOOKUPS = Integer.getInteger("quotecheck.index.maxLookups", 24);
  /** Content words looked up at most, spread likewise. */
  private static final int MAX_WORD_LOOKUPS = Integer.getInteger("quotecheck.index.maxWordLookups", 12);

  private final List<Path> dirs;
  private final List<Directory> directories;
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final SpeakerFilter speakerFilter;
  /** Ranked queries of the last few texts (null: no term of the text is in the index). */
  private final java.util.Map<String, Query> recentQueries = new java.util.LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(java.util.Map.Entry<String, Query> eldest) {
      return size() > 8;
    }
  };
  private final long size;
  /** Terms in more passages than this are dropped from a query that has rarer ones. */
  private final int commonDocFreq;

  private LucenePassageIndex(List<Path> dirs, List<Directory> directories, IndexReader reader) throws IOException {
    this.dirs = List.copyOf(dirs);
    this.directories = directories;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.speakerFilter = new SpeakerFilter(searcher);
    this.size = reader.numDocs() - searcher.count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.FILE)));
    this.commonDocFreq = (int) Math.max(500, size / 500);
  }

  /** Whether {@code dir} is a quotecheck index directory. */
  public static boolean isIndex(Path dir) {
    return Files.isDirectory(dir) && IndexMarker.isIndex(dir);
  }

  public static LucenePassageIndex open(Path dir) throws IndexException {
    return open(List.of(dir));
  }

  /** Opens several indexes as one; ranking statistics are shared across them. */
  public static LucenePassageIndex open(List<Path> dirs) throws IndexException {
    List<Directory> directories = new ArrayList<>();
    List<IndexReader> readers = new ArrayList<>();
    try {
      for (Path dir : dirs) {
        if (!isIndex(dir)) {
          throw new IndexException(dir + ": not a quotecheck index (no " + IndexMarker.NAME + ")");
        }
        Directory d = FSDirectory.open(dir);
        directories.add(d);
        readers.add(openReader(dir, d));
      }
      IndexReader r = readers.size() == 1 ? readers.get(0) : new MultiReader(readers.toArray(new IndexReader[0]));
      return new LucenePassageIndex(dirs, directories, r);
    } catch (IndexException e) {
      closeAll(readers, directories);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeAll(readers, directories);
      Path dir = dirs.get(Math.min(readers.size(), dirs.size() - 1));
      throw IndexException.damaged(dir, IndexMarker.rebuildCommand(dir), e);
    }
  }

  private static DirectoryReader openReader(Path dir, Directory d) throws IOException, IndexException {
    try {
      DirectoryReader reader = DirectoryReader.open(d);
      String format = reader.getIndexCommit().getUserData().get("format");
      if (!Integer.toString(IndexMarker.FORMAT).equals(format)) {
        reader.close();
        throw new IndexException("the index at " + dir + " was built by another version of quotecheck (format "
            + format + ", this version reads " + IndexMarker.FORMAT + "); rebuild it with: " + IndexMarker.rebuildCommand(dir));
      }
      return reader;
    } catch (IndexNotFoundException e) {
      throw new IndexException("the index at " + dir + " has no completed build; build it with: "
          + IndexMarker.rebuildCommand(dir), e);
    } catch (NoSuchFileException e) {
      throw IndexException.damaged(dir, IndexMarker.rebuildCommand(dir), e);
    }
  }

  @Override
  public List<Passage> candidates(String text, String speakerName, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    try {
      Query query = recentQuery(text);
      if (query == null) {
        return List.of();
      }
      List<String> names = IndexSchema.speakerWords(speakerName);
      TopDocs top = names.isEmpty()
          ? searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit))
          : speakerFilter.search(query, names, limit);
      return load(top.scoreDocs).stream().map(IndexSchema.Located::passage).toList();
    } catch (IOException e) {
      throw new IndexException.Unchecked(IndexException.damaged(dirs.get(0), IndexMarker.rebuildCommand(dirs.get(0)), e));
    }
  }

  /**
   * The ranked query of a text, kept for the last few texts: a verification asks for everyone's
   * candidates and then, often, the credited speaker's for the same words, and the query (its
   * terms looked up in every segment) is the same; only the collection differs.
   */
  private Query recentQuery(String text) throws IOException {
    synchronized (recentQueries) {
      if (recentQueries.containsKey(text)) {
        return recentQueries.get(text);
      }
    }
    Query query = rankedQuery(IndexTerms.queryTerms(text));
    synchronized (recentQueries) {
      recentQueries.put(text, query);
    }
    return query;
  }

  @Override
  public List<Passage> holdingAllWords(String text, String speakerName, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    try {
      IndexTerms.QueryTerms q = IndexTerms.queryTerms(text);
      long[] words = IndexTerms.spread(q.words(), MAX_WORD_LOOKUPS);
      if (words.length < 2) {
        return List.of(); // too few words to narrow by: the caller's ranked search will do
      }
      TermLookup lookup = new TermLookup(reader);
      List<TermLookup.Looked> terms = lookUpAll(lookup, words);
      if (terms == null) {
        return List.of(); // no passage holds one of the words
      }
      // the rarest few narrow it down (a conjunction leaps through their postings); the other
      // words, scored only where the rarest all are, rank the passages holding them all first.
      // With few content words the quotation's word pairs rank them instead: they carry the order.
      terms.sort(Comparator.comparingInt(l -> l.states().docFreq()));
      int required = Math.min(MIN_TERMS, terms.size());
      if (terms.size() < MIN_TERMS) {
        for (long pair : q.pairs()) {
          terms.add(lookup.of(pair));
        }
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (int i = 0; i < terms.size(); i++) {
        TermLookup.Looked l = terms.get(i);
        all.add(new TermQuery(l.term(), l.states()), i < required ? Occur.FILTER : Occur.SHOULD);
      }
      Query query = withSpeaker(all.build(), speakerName);
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, null, limit));
      return load(top.scoreDocs).stream().map(IndexSchema.Located::passage).toList();
    } catch (IOException e) {
      throw new IndexException.Unchecked(IndexException.damaged(dirs.get(0), IndexMarker.rebuildCommand(dirs.get(0)), e));
    }
  }

  /** The terms of {@code hashes} with their statistics, or null when one is in no passage. */
  private static List<TermLookup.Looked> lookUpAll(TermLookup lookup, long[] hashes) throws IOException {
    List<TermLookup.Looked> terms = new ArrayList<>(hashes.length);
    for (long h : hashes) {
      TermLookup.Looked l = lookup.of(h);
      if (l.states().docFreq() == 0) {
        return null;
      }
      terms.add(l);
    }
    return terms;
  }

  /**
   * The ranked retrieval query: any of the text's terms (a speaker is filtered at collection, see
   * {@link SpeakerFilter}). Terms absent from the corpus are left out; very common ones too when
   * rarer ones remain, since their long posting lists cost most and rank least; and at most the
   * {@value #MAX_TERMS} rarest stay.
   */
  Query rankedQuery(IndexTerms.QueryTerms q) throws IOException {
    // A short quotation may hold no stretch a whole window long, so its source passage need not
    // have kept the pairs the quotation itself keeps: look them all up (they are few).
    long[] pairs = q.pairs().length < 2 * IndexTerms.WINDOW ? q.pairs() : q.keptPairs();
    long[] hashes = IndexTerms.concat(IndexTerms.spread(pairs, MAX_LOOKUPS), IndexTerms.spread(q.words(), MAX_WORD_LOOKUPS));
    List<TermLookup.Looked> terms = new ArrayList<>(hashes.length);
    Set<Long> buckets = new HashSet<>();
    TermLookup lookup = new TermLookup(reader);
    for (long h : hashes) {
      if (!buckets.add(IndexTerms.bucket(h))) {
        continue; // two of the quotation's terms share a bucket: one clause
      }
      TermLookup.Looked l = lookup.of(h);
      if (l.states().docFreq() > 0) {
        terms.add(l);
      }
    }
    if (terms.isEmpty()) {
      return null;
    }
    terms.sort(Comparator.comparingInt(l -> l.states().docFreq()));
    int keep = Math.min(MAX_TERMS, terms.size());
    while (keep > MIN_TERMS && terms.get(keep - 1).states().docFreq() > commonDocFreq) {
      keep--;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (TermLookup.Looked l : terms.subList(0, keep)) {
      any.add(new TermQuery(l.term(), l.states()), Occur.SHOULD);
    }
    return any.build();
  }

  /** {@code query} restricted to passages whose speaker shares a name word with {@code speakerName}. */
  private static Query withSpeaker(Query query, String speakerName) {
    List<String> names = IndexSchema.speakerWords(speakerName);
    if (names.isEmpty()) {
      return query;
    }
    return new BooleanQuery.Builder().add(query, Occur.MUST).add(IndexSchema.speakerQuery(names), Occur.FILTER).build();
  }

  /**
   * The passages of {@code passage}'s speaker turn around it, in file order, the passage itself
   * included: at most {@code limit}, centred on it. For splices, which join words from different
   * places: words from one turn joined without an ellipsis are still a splice unless adjacent.
   */
  @Override
  public List<Passage> turn(Passage passage, int limit) {
    try {
      IndexSchema.Located self = find(passage);
      if (self == null || limit <= 0) {
        return List.of(passage);
      }
      IndexSchema.Place pl = self.place();
      int from = Math.max(pl.turnFirst(), pl.seq() - (limit - 1) / 2);
      int to = Math.min(pl.turnLast(), from + limit - 1);
      from = Math.max(pl.turnFirst(), Math.min(from, to - limit + 1));
      Query q = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(IndexSchema.PATH, passage.path())), Occur.FILTER)
          .add(IntPoint.newRangeQuery(IndexSchema.POSITION, new int[] {0, from}, new int[] {Integer.MAX_VALUE, to}),
              Occur.FILTER)
          .build();
      List<IndexSchema.Located> found = new ArrayList<>(load(searcher.search(q, limit).scoreDocs));
      found.sort(Comparator.comparingInt(l -> l.place().seq()));
      return found.stream().map(IndexSchema.Located::passage).toList();
    } catch (IOException e) {
      throw new IndexException.Unchecked(IndexException.damaged(dirs.get(0), IndexMarker.rebuildCommand(dirs.get(0)), e));
    }
  }

  private IndexSchema.Located find(Passage p) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexSchema.PATH, p.path())), Occur.FILTER)
        .add(IntPoint.newRangeQuery(IndexSchema.POSITION, new int[] {p.start(), 0},
            new int[] {p.start(), Integer.MAX_VALUE}), Occur.FILTER)
        .build();
    for (IndexSchema.Located l : load(searcher.search(q, 64).scoreDocs)) {
      if (l.passage().equals(p)) {
        return l;
      }
    }
    return null;
  }

  /** Payloads of hits, in the hits' order; doc values are read leaf by leaf in doc order. */
  private List<IndexSchema.Located> load(ScoreDoc[] hits) throws IOException {
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < hits.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    IndexSchema.Located[] out = new IndexSchema.Located[hits.length];
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues values = null;
    for (int i : order) {
      int doc = hits[i].doc;
      if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        values = leaf.reader().getBinaryDocValues(IndexSchema.PAYLOAD);
      }
      if (values != null && values.advanceExact(doc - leaf.docBase)) {
        out[i] = IndexSchema.decode(values.binaryValue());
      }
    }
    List<IndexSchema.Located> list = new ArrayList<>(hits.length);
    for (IndexSchema.Located l : out) {
      if (l != null) {
        list.add(l);
      }
    }
    return list;
  }

  @Override
  public long size() {
    return size;
  }

  /** Lucene segments searched (each costs a term lookup per query term). */
  int segments() {
    return reader.leaves().size();
  }

  /** The index directories this reads. */
  public List<Path> directories() {
    return dirs;
  }

  @Override
  public void close() {
    closeAll(List.of(reader), directories);
  }

  private static void closeAll(List<? extends IndexReader> readers, List<Directory> directories) {
    for (IndexReader r : readers) {
      try {
        r.close();
      } catch (IOException | RuntimeException e) {
        // closing a read-only view: nothing to save
      }
    }
    for (Directory d : directories) {
      try {
        d.close();
      } catch (IOException | RuntimeException e) {
        // as above
      }
    }
  }
}
