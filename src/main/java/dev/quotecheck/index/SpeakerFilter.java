package dev.quotecheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Restricts a ranked search to one speaker's passages when results are collected, not in the
 * query. As a filter clause, the speaker's passages (a third of a debate corpus for one debater)
 * make the ranked disjunction score every passage it matches, because a conjunction cannot skip
 * by score; filtered at collection, the disjunction keeps skipping passages that cannot reach the
 * top (measured: docs/benchmarks.md, Index). The same passages, scores and order either way.
 * Each speaker's passages are kept as one bit set per segment for the most recently asked
 * speakers. Thread-safe.
 */
final class SpeakerFilter {
  /** Speakers whose bit sets are kept: a draft quotes a handful of people. */
  private static final int KEPT = 16;

  private final IndexSearcher searcher;
  private final Map<List<String>, FixedBitSet[]> recent = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<List<String>, FixedBitSet[]> eldest) {
      return size() > KEPT;
    }
  };

  SpeakerFilter(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** The passages of a speaker with any of these name words, per segment. */
  private FixedBitSet[] passages(List<String> names) throws IOException {
    synchronized (recent) {
      FixedBitSet[] known = recent.get(names);
      if (known != null) {
        return known;
      }
    }
    Weight w = searcher.createWeight(searcher.rewrite(IndexSchema.speakerQuery(names)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] sets = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet set = new FixedBitSet(leaf.reader().maxDoc());
      Scorer s = w.scorer(leaf);
      if (s != null) {
        DocIdSetIterator it = s.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          set.set(d);
        }
      }
      sets[leaf.ord] = set;
    }
    synchronized (recent) {
      recent.put(List.copyOf(names), sets);
    }
    return sets;
  }

  /** The best {@code limit} results of {@code query} among the speaker's passages. */
  TopDocs search(org.apache.lucene.search.Query query, List<String> names, int limit) throws IOException {
    FixedBitSet[] sets = passages(names);
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(limit, null, limit);
    return searcher.search(query, new CollectorManager<Filtered, TopDocs>() {
      @Override
      public Filtered newCollector() throws IOException {
        return new Filtered(top.newCollector(), sets);
      }

      @Override
      public TopDocs reduce(Collection<Filtered> collectors) throws IOException {
        List<TopScoreDocCollector> inner = new ArrayList<>();
        for (Filtered f : collectors) {
          inner.add(f.inner);
        }
        return top.reduce(inner);
      }
    });
  }

  /** Passes on only the speaker's passages. */
  private static final class Filtered extends FilterCollector {
    private final TopScoreDocCollector inner;
    private final FixedBitSet[] sets;

    Filtered(TopScoreDocCollector inner, FixedBitSet[] sets) {
      super(inner);
      this.inner = inner;
      this.sets = sets;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      FixedBitSet set = sets[context.ord];
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        @Override
        public void collect(int doc) throws IOException {
          if (set.get(doc)) {
            super.collect(doc);
          }
        }
      };
    }
  }
}
