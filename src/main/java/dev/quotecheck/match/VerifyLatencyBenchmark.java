package dev.quotecheck.match;

import dev.quotecheck.index.BenchArgs;
import dev.quotecheck.index.BenchmarkProbes;
import dev.quotecheck.index.LucenePassageIndex;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Verification latency per quotation against an on-disk index: what {@code verify} spends on one
 * quotation once the draft is read and attributed (index queries, alignment, diff, verdict), on
 * the quotations {@link BenchmarkProbes} draws from a generated corpus, each credited to the
 * speaker it came from. Prints wall-clock and thread-CPU percentiles after a warm-up, and the
 * verdicts by kind of quotation as a check that the work timed is the real work.
 *
 * <pre>
 * java -Xmx512m -cp target/quotecheck.jar dev.quotecheck.match.VerifyLatencyBenchmark --corpus C --index I [--queries 5000] [--passage-cache N]
 * </pre>
 */
public final class VerifyLatencyBenchmark {
  private VerifyLatencyBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = BenchArgs.parse(args);
    List<BenchmarkProbes.Probe> probes = BenchmarkProbes.draw(Path.of(a.get("corpus")),
        Integer.parseInt(a.getOrDefault("queries", "5000")), Long.parseLong(a.getOrDefault("seed", "7")));
    try (LucenePassageIndex index = LucenePassageIndex.open(Path.of(a.get("index")))) {
      CorpusVerifier.Builder builder = CorpusVerifier.builder(index);
      if (a.containsKey("passage-cache")) {
        builder.passageCache(Integer.parseInt(a.get("passage-cache")));
      }
      CorpusVerifier verifier = builder.build();
      for (int i = 0; i < Math.min(2000, probes.size()); i++) { // warm-up
        verifier.verify(probes.get(i).text(), probes.get(i).speaker());
      }
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long[] wall = new long[probes.size()];
      long[] cpu = new long[probes.size()];
      Map<String, Map<Status, Integer>> verdicts = new TreeMap<>();
      Map<String, List<Long>> cpuByKind = new TreeMap<>();
      for (int i = 0; i < probes.size(); i++) {
        BenchmarkProbes.Probe p = probes.get(i);
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Verdict v = verifier.verify(p.text(), p.speaker());
        wall[i] = System.nanoTime() - t0;
        cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        verdicts.computeIfAbsent(p.kind(), k -> new EnumMap<>(Status.class)).merge(v.status(), 1, Integer::sum);
        cpuByKind.computeIfAbsent(p.kind(), k -> new java.util.ArrayList<>()).add(cpu[i]);
      }
      Arrays.sort(wall);
      Arrays.sort(cpu);
      System.out.printf(Locale.ROOT,
          "%d passages; %d quotations verified: wall p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.1f ms%n",
          index.size(), wall.length, pct(wall, 0.5), pct(wall, 0.9), pct(wall, 0.99), wall[wall.length - 1] / 1e6);
      System.out.printf(Locale.ROOT, "thread CPU per quotation: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms; load average %.1f%n",
          pct(cpu, 0.5), pct(cpu, 0.9), pct(cpu, 0.99), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      for (String kind : BenchmarkProbes.kinds()) {
        long[] k = cpuByKind.getOrDefault(kind, List.of()).stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %s: thread CPU p50 %.3f ms, p90 %.3f ms; %s%n", kind,
            k.length == 0 ? 0 : pct(k, 0.5), k.length == 0 ? 0 : pct(k, 0.9), verdicts.getOrDefault(kind, Map.of()));
      }
    }
  }

  private static double pct(long[] sorted, double q) {
    return BenchmarkProbes.percentileMillis(sorted, q);
  }
}
