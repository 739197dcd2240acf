package dev.quotecheck.match;

import dev.quotecheck.corpus.Passage;
import dev.quotecheck.index.PassageIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Per-quotation cost of verification, one thread, warm, on the generated debate test set:
 *
 * <ol>
 *   <li>{@code align}: one fitting alignment of a 29-word quotation against a 90-word passage;
 *   <li>{@code verify-replay}: the verify step minus retrieval and passage normalisation (aligning
 *       against each candidate, java-diff-utils diff, grading, splice search when needed), with
 *       the index's answers recorded once and replayed and candidate tokens cached;
 *   <li>{@code verify-replay-uncached}: the same, normalising every candidate passage every time;
 *   <li>{@code verify-lucene-uncached}: that plus live retrieval from the Lucene index over the
 *       debates.
 * </ol>
 *
 * <p>Run: {@code java -cp ... dev.quotecheck.match.VerifyBenchmark [SHARED_DIR [ROUNDS]]} (see
 * docs/benchmarks.md for the full command).
 */
final class VerifyBenchmark {

  /** Per-thread CPU time, so figures hold on a shared, busy machine; wall clock is printed too. */
  private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

  private VerifyBenchmark() {}

  /** Answers recorded from another index, replayed without searching. */
  private static final class ReplayIndex implements PassageIndex {
    private final PassageIndex live;
    private final Map<String, List<Passage>> answers = new HashMap<>();

    ReplayIndex(PassageIndex live) {
      this.live = live;
    }

    @Override
    public List<Passage> candidates(String text, String speakerName, int limit) {
      return answers.computeIfAbsent(text + "\u0000" + speakerName + "\u0000" + limit, k -> live.candidates(text, speakerName, limit));
    }

    @Override
    public long size() {
      return live.size();
    }

    @Override
    public void close() {}
  }

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path work = Path.of("target/verify-bench");
    List<Passage> passages = VerifyEvaluation.debatePassages(shared);
    List<VerifyCase> cases = new VerifyTestSetGenerator(passages, VerifyEvaluation.DEFAULT_SEED).generate();
    alignBenchmark(rounds);
    try (PassageIndex lucene = VerifyEvaluation.debateIndex(shared, work)) {
      ReplayIndex replay = new ReplayIndex(lucene);
      report("verify-replay (alignment + classification)", time(CorpusVerifier.builder(replay).build(), cases, rounds));
      report("verify-replay-uncached (+ normalising candidates)",
          time(CorpusVerifier.builder(replay).passageCache(0).build(), cases, rounds));
      report("verify-lucene-uncached (+ retrieval)", time(CorpusVerifier.builder(lucene).passageCache(0).build(), cases, rounds));
    }
  }

  private static void alignBenchmark(int rounds) {
    Normalizer n = Normalizer.standard();
    String passage = String.join(" ", java.util.Collections.nCopies(9,
        "we have to understand that the united states has broader priorities today"));
    List<Token> source = n.source(passage).subList(0, 90);
    List<Token> query = n.draft(passage).subList(30, 59);
    Aligner aligner = new Aligner();
    int reps = 2000;
    long[] samples = new long[rounds * 10];
    long sink = 0;
    for (int i = 0; i < samples.length; i++) {
      long t = System.nanoTime();
      for (int r = 0; r < reps; r++) {
        sink += aligner.fit(query, source).score();
      }
      samples[i] = (System.nanoTime() - t) / reps;
    }
    Arrays.sort(samples);
    System.out.printf(Locale.ROOT, "align 29x90 tokens: median %.1f us per alignment (checksum %d)%n",
        samples[samples.length / 2] / 1000.0, sink % 7);
  }

  private static long[] time(CorpusVerifier verifier, List<VerifyCase> cases, int rounds) {
    for (int r = 0; r < 3; r++) {
      for (VerifyCase c : cases) {
        verifier.verify(c.quote(), c.speaker()); // warm-up, and records the replayed answers
      }
    }
    List<Long> samples = new ArrayList<>();
    List<Long> wall = new ArrayList<>();
    Map<String, long[]> byCategory = new java.util.LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (VerifyCase c : cases) {
        long w = System.nanoTime();
        long t = CPU.getCurrentThreadCpuTime();
        verifier.verify(c.quote(), c.speaker());
        long dt = CPU.getCurrentThreadCpuTime() - t;
        wall.add(System.nanoTime() - w);
        samples.add(dt);
        long[] acc = byCategory.computeIfAbsent(c.category(), k -> new long[2]);
        acc[0]++;
        acc[1] += dt;
      }
    }
    long[] w = wall.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "  (wall clock: p50 %.3f ms  p99 %.3f ms)%n", pct(w, 0.5), pct(w, 0.99));
    StringBuilder b = new StringBuilder("  mean CPU by category (ms):");
    byCategory.forEach((k, v) -> b.append(String.format(Locale.ROOT, " %s %.2f", k, v[1] / 1e6 / v[0])));
    System.out.println(b);
    return samples.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  private static void report(String name, long[] sorted) {
    double mean = Arrays.stream(sorted).average().orElse(0);
    System.out.printf(Locale.ROOT, "%s: %d quotations, CPU time  p50 %.3f ms  p90 %.3f ms  p99 %.3f ms  mean %.3f ms%n", name,
        sorted.length, pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), mean / 1e6);
  }

  private static double pct(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(p * sorted.length))] / 1e6;
  }
}
