package dev.quotecheck.match;

import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.attribute.SpeakerNames;
import dev.quotecheck.corpus.Passage;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.index.PassageIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * Verifies quotations against the passages a {@link PassageIndex} offers: aligns the quotation
 * with each candidate, keeps the best (the attributed speaker's own when it is about as good),
 * grades the differences and names the source. Thread-safe when the index is; its only state is
 * caches (normalised passages, canonical speaker names).
 *
 * <pre>{@code
 * QuoteVerifier v = CorpusVerifier.builder(index).aliases(aliasFile::canonical).build();
 * }</pre>
 */
public final class CorpusVerifier implements QuoteVerifier {

  /** Sources sharing fewer of the quotation's distinct words than this are not aligned. */
  private static final double MIN_SHARE = 0.3;
  /** A splice replaces the chosen match only when this much more similar. */
  private static final double SPLICE_MARGIN = 0.1;
  /**
   * Below this similarity a quotation may be two places joined: look for a splice. Similarity is
   * at most 1, so above {@code 1 - SPLICE_MARGIN} no splice could win and the search (several
   * index queries) is skipped.
   */
  private static final double SPLICE_CHECK_BELOW = 1 - SPLICE_MARGIN;
  /** The best-ranked sources searched for the first piece of a splice. */
  private static final int SPLICE_SOURCES = 5;
  /** Candidates diffed in full per choice (best overall, best of the speaker's own). */
  private static final int DIFFED_PER_CHOICE = 3;

  private final Candidates candidates;
  private final Normalizer normalizer;
  private final PassageTokens passageTokens;
  private final Aligner aligner = new Aligner();
  private final Ranking ranking = new Ranking(aligner);
  private final WordDiff wordDiff;
  private final ChangeClassifier classifier;
  private final SpliceFinder spliceFinder;
  private final Speakers speakers;
  private final double minSimilarity;
  private final double speakerMargin;
  private final int shortFragmentWords;

  private CorpusVerifier(Builder b) {
    this.candidates = new Candidates(b.index, b.candidateLimit, b.nearChars);
    this.normalizer = new Normalizer(b.lexicon);
    this.passageTokens = new PassageTokens(normalizer, b.passageCache);
    this.wordDiff = new WordDiff(b.spliceGap);
    this.classifier = new ChangeClassifier(b.lexicon);
    this.spliceFinder = new SpliceFinder(aligner, wordDiff, b.minPieceSimilarity, b.spliceGap);
    this.speakers = new Speakers(b.speakerNames, b.aliases);
    this.minSimilarity = b.minSimilarity;
    this.speakerMargin = b.speakerMargin;
    this.shortFragmentWords = b.shortFragmentWords;
  }

  public static Builder builder(PassageIndex index) {
    return new Builder(index);
  }

  @Override
  public Verdict verify(Quotation quotation, Attribution attribution) {
    return verify(quotation.text(), attribution.speaker());
  }

  /**
   * Verifies quotation text as the draft writes it, credited to {@code speaker} (null for nobody).
   */
  public Verdict verify(String text, String speaker) {
    List<Token> draft = normalizer.draft(text);
    long words = draft.stream().filter(Token::isWord).count();
    if (words == 0) {
      return unverified(0, "no words to check");
    }
    String credited = speaker == null ? null : speakers.canonical(speaker);
    String query = Candidates.queryText(text);
    if (words <= shortFragmentWords) {
      return shortFragment(text, draft, credited, query);
    }
    List<Token> inner = trimEllipses(draft);
    boolean ellipsis = inner.stream().anyMatch(t -> t.kind() == Token.Kind.ELLIPSIS);
    Map<String, Passage> found = new LinkedHashMap<>();
    Match own = null;
    if (credited != null && !ellipsis) {
      // a verbatim quotation's source holds all its words: a cheap conjunction finds it, and
      // the speaker's own exact words end the search
      List<Passage> holding = candidates.holdingAllWords(query, credited);
      Candidates.add(found, holding);
      own = best(text, draft, sources(Candidates.singles(holding)), credited);
      if (own != null && own.similarity() >= Math.max(1 - speakerMargin, SPLICE_CHECK_BELOW)) {
        // no passage of anyone's can be more than the margin better, and no splice can win:
        // the speaker's own passage is the verdict whatever else the index holds
        return verdict(own, credited, List.of());
      }
    }
    Candidates.add(found, candidates.fetch(query, null, true));
    List<Ranking.Aligned> ranked = ranking.rank(draft, sources(group(found.values(), ellipsis)), MIN_SHARE);
    Match best = best(text, draft, ranked, s -> true);
    if (credited != null) {
      own = better(own, best(text, draft, ranked, s -> speakers.same(credited, s.speaker())));
      if (own == null || own.similarity() < SPLICE_CHECK_BELOW || best != null && own.similarity() < best.similarity()) {
        // unless the speaker's own passage is the best and a close one, theirs may rank below
        // others' among everyone's (short quotations of common words): ask for theirs
        int before = found.size();
        Candidates.add(found, candidates.fetch(query, credited, false));
        if (found.size() > before) {
          ranked = ranking.rank(draft, sources(group(found.values(), ellipsis)), MIN_SHARE);
          best = best(text, draft, ranked, s -> true);
          own = better(own, best(text, draft, ranked, s -> speakers.same(credited, s.speaker())));
        }
      }
    }
    Match chosen = own != null && (best == null || own.similarity() >= best.similarity() - speakerMargin) ? own : best;
    if (!ellipsis && (chosen == null || chosen.similarity() < SPLICE_CHECK_BELOW)) {
      List<SourceText> aligned = ranked.stream().limit(SPLICE_SOURCES).map(Ranking.Aligned::source).toList();
      Match spliced = spliceFinder.find(text, inner, aligned, more -> sources(Candidates.singles(candidates.fetch(more, null, true))));
      if (spliced != null && (chosen == null || spliced.similarity() > chosen.similarity() + SPLICE_MARGIN)) {
        chosen = spliced;
      }
    }
    if (chosen == null || chosen.similarity() < minSimilarity) {
      return unverified(chosen == null ? 0 : chosen.similarity(), "no passage in the corpus is close enough");
    }
    return verdict(chosen, credited, List.of());
  }

  private static Match better(Match a, Match b) {
    return b != null && b.beats(a) ? b : a;
  }

  private List<List<Passage>> group(Collection<Passage> passages, boolean ellipsis) {
    List<Passage> list = new ArrayList<>(passages);
    return ellipsis ? candidates.clusters(list) : Candidates.singles(list);
  }

  /** The attributed speaker's best source among {@code sources}, fully diffed. */
  private Match best(String text, List<Token> draft, List<SourceText> sources, String credited) {
    return best(text, draft, ranking.rank(draft, sources, MIN_SHARE), s -> speakers.same(credited, s.speaker()));
  }

  /** The best of the top-ranked sources whose first passage passes {@code keep}, fully diffed. */
  private Match best(String text, List<Token> draft, List<Ranking.Aligned> ranked, Predicate<Passage> keep) {
    Match best = null;
    int diffed = 0;
    for (Ranking.Aligned a : ranked) {
      if (diffed == DIFFED_PER_CHOICE) {
        break;
      }
      Match m = new Match(a.source(), wordDiff.compare(text, draft, a.alignment(), a.source()));
      if (!m.comparison().hasSource() || !keep.test(m.passage())) {
        continue;
      }
      diffed++;
      if (m.beats(best)) {
        best = m;
      }
      if (best.similarity() == 1.0) {
        break; // ranked by estimate: nothing after this does better
      }
    }
    return best;
  }

  /** The tokens without a leading or trailing ellipsis (which only says the quotation is partial). */
  private static List<Token> trimEllipses(List<Token> draft) {
    int a = 0;
    int b = draft.size();
    while (a < b && draft.get(a).kind() == Token.Kind.ELLIPSIS) {
      a++;
    }
    while (b > a && draft.get(b - 1).kind() == Token.Kind.ELLIPSIS) {
      b--;
    }
    return draft.subList(a, b);
  }

  private Verdict shortFragment(String text, List<Token> draft, String credited, String query) {
    if (credited == null) {
      return unverified(0, "short fragment with no speaker: not checked");
    }
    Match best = best(text, draft, sources(Candidates.singles(candidates.fetch(query, credited, false))), credited);
    if (best == null || best.similarity() < 1.0 || classifier.assess(best.comparison().changes()).severity() != Severity.NONE) {
      return unverified(best == null ? 0 : best.similarity(), "short fragment: not found in " + credited + "'s words");
    }
    return verdict(best, credited, List.of("short fragment: thin evidence"));
  }

  private Verdict verdict(Match m, String credited, List<String> notes) {
    ChangeClassifier.Assessment assessment = classifier.assess(m.comparison().changes());
    Severity severity = assessment.severity();
    List<String> reasons = new ArrayList<>();
    String said = m.speaker() == null ? null : speakers.canonical(m.speaker());
    boolean misattributed = credited != null && said != null && !speakers.same(credited, said);
    if (misattributed) {
      reasons.add("said by " + said + ", not " + credited);
    } else if (credited == null) {
      reasons.add(said == null ? "the source names no speaker" : "the source says " + said + " said it");
    } else if (said == null) {
      reasons.add("the source names no speaker");
    }
    if (m.comparison().splice() != null) {
      severity = Severity.CRITICAL;
      reasons.add(m.comparison().splice());
    }
    reasons.addAll(assessment.reasons());
    reasons.addAll(notes);
    Status status = misattributed ? Status.MISATTRIBUTED : severity == Severity.NONE ? Status.VERIFIED : Status.ALTERED;
    SourceRef ref = m.ref();
    ref = new SourceRef(ref.path(), said, ref.text(), ref.start(), ref.end(), ref.line());
    return new Verdict(status, severity, m.similarity(), ref, m.comparison().diff(), reasons);
  }

  private List<SourceText> sources(List<List<Passage>> groups) {
    List<SourceText> out = new ArrayList<>(groups.size());
    for (List<Passage> g : groups) {
      out.add(SourceText.of(g, passageTokens));
    }
    return out;
  }

  private static Verdict unverified(double similarity, String reason) {
    return new Verdict(Status.UNVERIFIED, Severity.NONE, similarity, null, List.of(), List.of(reason));
  }

  /** Options; every one has a working default. */
  public static final class Builder {
    private final PassageIndex index;
    private UnaryOperator<String> aliases = UnaryOperator.identity();
    private SpeakerNames speakerNames = SpeakerNames.standard();
    private final Lexicon lexicon = Lexicon.standard();
    private double minSimilarity = 0.6;
    private double minPieceSimilarity = 0.85;
    private double speakerMargin = 0.05;
    private int shortFragmentWords = 4;
    private int spliceGap = 8;
    private int candidateLimit = 10;
    private int nearChars = 3000;
    /**
     * A draft's quotations meet a few hundred passages (a speaker's own, again and again); more
     * entries only make the collector copy more (docs/benchmarks.md, Index: 4,096 cost the 1 GB
     * verification p99 about 1.5 ms of pauses).
     */
    private int passageCache = 1024;

    private Builder(PassageIndex index) {
      this.index = Objects.requireNonNull(index, "index");
    }

    /** Maps any name to its canonical form (the alias file); applied before name comparison. */
    public Builder aliases(UnaryOperator<String> aliases) {
      this.aliases = Objects.requireNonNull(aliases, "aliases");
      return this;
    }

    public Builder speakerNames(SpeakerNames speakerNames) {
      this.speakerNames = Objects.requireNonNull(speakerNames, "speakerNames");
      return this;
    }

    /** Below this similarity (0..1) to the best passage a quotation is unverified. */
    public Builder minSimilarity(double v) {
      this.minSimilarity = unit(v, "minSimilarity");
      return this;
    }

    /** Each piece of a splice must match its place at least this well (0..1). */
    public Builder minPieceSimilarity(double v) {
      this.minPieceSimilarity = unit(v, "minPieceSimilarity");
      return this;
    }

    /** The attributed speaker's passage wins unless another is better by more than this. */
    public Builder speakerMargin(double v) {
      this.speakerMargin = unit(v, "speakerMargin");
      return this;
    }

    /** Quotations of at most this many words are checked only against their speaker's words. */
    public Builder shortFragmentWords(int n) {
      this.shortFragmentWords = positive(n, "shortFragmentWords");
      return this;
    }

    /** This many source words left out inside a segment, without an ellipsis, make a splice. */
    public Builder spliceGap(int n) {
      this.spliceGap = positive(n, "spliceGap");
      return this;
    }

    /** Candidate passages asked of the index per query. */
    public Builder candidateLimit(int n) {
      this.candidateLimit = positive(n, "candidateLimit");
      return this;
    }

    /** Passages of one file and speaker at most this many characters apart can hold the segments of one ellipsis quotation. */
    public Builder nearChars(int n) {
      this.nearChars = positive(n, "nearChars");
      return this;
    }

    /** How many candidate passages keep their normalised words between quotations (0: none). */
    public Builder passageCache(int n) {
      if (n < 0) {
        throw new IllegalArgumentException("passageCache must not be negative: " + n);
      }
      this.passageCache = n;
      return this;
    }

    public CorpusVerifier build() {
      return new CorpusVerifier(this);
    }

    private static double unit(double v, String name) {
      if (!(v >= 0 && v <= 1)) {
        throw new IllegalArgumentException(name + " outside 0..1: " + v);
      }
      return v;
    }

    private static int positive(int n, String name) {
      if (n < 1) {
        throw new IllegalArgumentException(name + " must be at least 1: " + n);
      }
      return n;
    }
  }
}
