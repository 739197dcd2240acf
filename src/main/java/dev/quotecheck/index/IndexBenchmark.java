package dev.quotecheck.index;

import dev.quotecheck.corpus.CorpusFile;
import dev.quotecheck.corpus.CorpusWalker;
import dev.quotecheck.corpus.Passage;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the index on a generated corpus (see {@link ScaleCorpusGenerator}): build speed and
 * size, and retrieval latency per quotation with the share of quotations whose source passage is
 * among the candidates. Quotations are drawn from the corpus itself: half verbatim, the rest with
 * a word substituted, deleted or inserted, a negation flipped, or two passages spliced.
 *
 * <pre>
 * java -Xmx1g   -cp target/quotecheck.jar dev.quotecheck.index.IndexBenchmark index --corpus C --index I
 * java -Xmx512m -cp target/quotecheck.jar dev.quotecheck.index.IndexBenchmark query --corpus C --index I [--queries 5000]
 * java -cp target/quotecheck.jar dev.quotecheck.index.IndexBenchmark scan --corpus C [--queries 5]
 * </pre>
 */
public final class IndexBenchmark {

  private IndexBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = BenchArgs.parse(args);
    Path corpus = Path.of(a.get("corpus"));
    switch (a.getOrDefault("command", "")) {
      case "index" -> {
        IndexSettings d = IndexSettings.defaults();
        index(corpus, Path.of(a.get("index")), d
            .withThreads(Integer.parseInt(a.getOrDefault("threads", "2")))
            .withRamBufferMb(Integer.parseInt(a.getOrDefault("ram", Integer.toString(d.ramBufferMb()))))
            .withMaxSegments(Integer.parseInt(a.getOrDefault("max-segments", Integer.toString(d.maxSegments())))));
      }
      case "query" -> query(corpus, Path.of(a.get("index")), Integer.parseInt(a.getOrDefault("queries", "5000")),
          Integer.parseInt(a.getOrDefault("limit", "20")), Long.parseLong(a.getOrDefault("seed", "7")));
      case "scan" -> scan(corpus, Integer.parseInt(a.getOrDefault("queries", "5")), Long.parseLong(a.getOrDefault("seed", "7")));
      default -> throw new IllegalArgumentException("usage: IndexBenchmark index|query|scan --corpus DIR [--index DIR]");
    }
  }

  static void index(Path corpus, Path index, IndexSettings settings) throws Exception {
    int threads = settings.threads();
    resetPeaks();
    long cpu0 = processCpuNanos();
    IndexStats s = new IndexBuilder(settings).build(List.of(corpus), index,
        new ProgressListener() {
          private long lastReport = System.nanoTime();

          @Override
          public void advanced(int filesDone, long bytesDone) {
            if (System.nanoTime() - lastReport > 10_000_000_000L) {
              lastReport = System.nanoTime();
              System.err.printf(Locale.ROOT, "  %d files, %.0f MB%n", filesDone, bytesDone / 1e6);
            }
          }
        });
    System.out.println(s.summary() + "; batches of up to " + settings.ramBufferMb() + " MB per thread");
    double cpu = (processCpuNanos() - cpu0) / 1e9;
    System.out.printf(Locale.ROOT, "process CPU %.1f s: %.1f MB per CPU-second, %.1f MB/s on %d dedicated cores; load average %.1f%n",
        cpu, s.bytesRead() / 1e6 / cpu, threads * s.bytesRead() / 1e6 / cpu, threads,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "index: %.1f MB on disk (%.2f x corpus); peak heap %.0f MB%n",
        directorySize(index) / 1e6, directorySize(index) / (double) s.bytesRead(), peakHeap() / 1e6);
  }

  static void query(Path corpus, Path index, int queries, int limit, long seed) throws Exception {
    List<BenchmarkProbes.Probe> probes = BenchmarkProbes.draw(corpus, queries, seed);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      for (int i = 0; i < Math.min(2000, probes.size()); i++) { // warm-up
        BenchmarkProbes.Probe p = probes.get(i);
        idx.candidates(p.text(), i % 2 == 0 ? null : p.speaker(), limit);
      }
      System.gc();
      resetPeaks();
      long[] nanos = new long[probes.size()];
      long[] cpu = new long[probes.size()];
      java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      List<String> kinds = BenchmarkProbes.kinds();
      int[] found = new int[kinds.size()];
      int[] total = new int[kinds.size()];
      for (int i = 0; i < probes.size(); i++) {
        BenchmarkProbes.Probe p = probes.get(i);
        long c0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Passage> c = idx.candidates(p.text(), i % 2 == 0 ? null : p.speaker(), limit);
        nanos[i] = System.nanoTime() - t0;
        cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        int k = kinds.indexOf(p.kind());
        total[k]++;
        if (p.sources().stream().allMatch(src -> c.stream().anyMatch(x -> BenchmarkProbes.normal(x.text()).contains(src)))) {
          found[k]++;
        }
      }
      Arrays.sort(nanos);
      Arrays.sort(cpu);
      System.out.printf(Locale.ROOT,
          "%d passages in %d segments; %d queries, limit %d: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.1f ms; peak heap %.0f MB%n",
          idx.size(), idx.segments(), nanos.length, limit, pct(nanos, 0.50), pct(nanos, 0.90), pct(nanos, 0.99),
          nanos[nanos.length - 1] / 1e6, peakHeap() / 1e6);
      System.out.printf(Locale.ROOT, "thread CPU per query: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms; load average %.1f%n",
          pct(cpu, 0.50), pct(cpu, 0.90), pct(cpu, 0.99), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      StringBuilder recall = new StringBuilder("source among candidates:");
      for (int k = 0; k < kinds.size(); k++) {
        recall.append(String.format(Locale.ROOT, " %s %.3f (%d)", kinds.get(k), found[k] / (double) Math.max(1, total[k]),
            total[k]));
      }
      System.out.println(recall);
    }
  }

  /** The brute-force baseline: read and search the whole corpus for each quotation. */
  static void scan(Path corpus, int queries, long seed) throws Exception {
    List<BenchmarkProbes.Probe> probes = BenchmarkProbes.draw(corpus, queries, seed);
    List<CorpusFile> files = new CorpusWalker(p -> false).walk(List.of(corpus)).files();
    long t0 = System.nanoTime();
    int hits = 0;
    for (BenchmarkProbes.Probe p : probes) {
      String needle = String.join(" ", WordTokenizer.words(p.text()).stream().filter(w -> w != null).limit(6).toList());
      for (CorpusFile f : files) {
        String text = String.join(" ", WordTokenizer.words(Files.readString(f.file(), StandardCharsets.UTF_8))
            .stream().filter(w -> w != null).toList());
        if (text.contains(needle)) {
          hits++;
          break;
        }
      }
    }
    System.out.printf(Locale.ROOT, "scan: %.0f ms per quotation over %d files (%d of %d found)%n",
        (System.nanoTime() - t0) / 1e6 / probes.size(), files.size(), hits, probes.size());
  }

  private static double pct(long[] sorted, double q) {
    return BenchmarkProbes.percentileMillis(sorted, q);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  static long directorySize(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
