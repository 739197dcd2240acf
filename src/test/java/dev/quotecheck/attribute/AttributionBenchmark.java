package dev.quotecheck.attribute;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Document;
import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Throughput and peak heap of extract + attribute on one thread (a benchmark to run by hand, not a
 * test; commands in docs/benchmarks.md).
 *
 * <p>Usage: {@code AttributionBenchmark DIR [--size MB] [--runs N] [--per-document] [--extract-only]}. The .txt files
 * under DIR are read in name order and joined (blank lines between) into one document of at least
 * {@code --size} MB (repeating them if needed); with {@code --per-document} each file is checked
 * as its own document instead. Prints MB/s per run and the peak heap the JVM's memory pools saw.
 */
public final class AttributionBenchmark {
  /** CPU time of the benchmark thread: wall time on a shared 2-core machine measures the neighbours. */
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private AttributionBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: AttributionBenchmark DIR [--size MB] [--runs N] [--per-document]");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    double sizeMb = 10;
    int runs = 3;
    boolean perDocument = false;
    boolean extractOnly = false;
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--size" -> sizeMb = Double.parseDouble(args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--per-document" -> perDocument = true;
        case "--extract-only" -> extractOnly = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> texts = read(dir);
    List<Document> docs = new ArrayList<>();
    long chars = 0;
    if (perDocument) {
      for (int i = 0; i < texts.size(); i++) {
        docs.add(Document.plain("doc" + i, texts.get(i)));
        chars += texts.get(i).length();
      }
    } else {
      StringBuilder b = new StringBuilder();
      for (int i = 0; b.length() < sizeMb * 1_000_000; i = (i + 1) % texts.size()) {
        b.append(texts.get(i)).append("\n\n");
      }
      docs.add(Document.plain("joined.txt", b.toString()));
      chars = b.length();
      texts = null; // only the joined document stays reachable
    }
    long bytes = 0;
    for (Document d : docs) {
      bytes += d.original().getBytes(StandardCharsets.UTF_8).length;
    }
    QuoteChecker.Builder builder = QuoteChecker.builder();
    if (extractOnly) {
      builder.resolver((doc, extraction) -> java.util.Map.of());
    }
    QuoteChecker checker = builder.build();
    System.out.printf(Locale.ROOT, "input: %d document(s), %.2f MB UTF-8, %d chars, max heap %d MB%n",
        docs.size(), bytes / 1e6, chars, Runtime.getRuntime().maxMemory() >> 20);
    resetPeaks();
    GcPeak gcPeak = new GcPeak();
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      long c0 = THREADS.getCurrentThreadCpuTime();
      int quotes = 0;
      for (Document d : docs) {
        DocumentResult r = checker.check(d);
        quotes += r.quotes().size();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      double cpu = (THREADS.getCurrentThreadCpuTime() - c0) / 1e9;
      System.out.printf(Locale.ROOT, "run %d: %.2f s wall, %.2f MB/s; %.2f s CPU of this thread, %.2f MB/s; %d quotations%n",
          run, s, bytes / 1e6 / s, cpu, bytes / 1e6 / cpu, quotes);
    }
    System.out.printf(Locale.ROOT, "peak heap: %.1f MB in use when a collection started, %.1f MB at most still in use"
        + " after one (GC notifications, %d collections); heap pools' own peaks sum to %.1f MB%n",
        gcPeak.peak() / 1e6, gcPeak.afterGc() / 1e6, gcPeak.count(), peakHeap() / 1e6);
  }

  /** The largest heap occupancy any garbage collection found when it started. */
  private static final class GcPeak implements NotificationListener {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong afterGc = new AtomicLong();

    GcPeak() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(this, null, null);
      }
    }

    @Override
    public void handleNotification(Notification n, Object handback) {
      if (!n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
        return;
      }
      GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
      long used = 0;
      for (MemoryUsage u : info.getGcInfo().getMemoryUsageBeforeGc().values()) {
        used += u.getUsed();
      }
      long live = 0;
      for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
        live += u.getUsed();
      }
      afterGc.accumulateAndGet(live, Math::max);
      // Non-heap pools (metaspace, code cache) are in the map too; they are small and counted.
      peak.accumulateAndGet(used, Math::max);
      count.incrementAndGet();
    }

    long peak() {
      return peak.get();
    }

    long count() {
      return count.get();
    }

    long afterGc() {
      return afterGc.get();
    }
  }

  private static List<String> read(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no .txt files under " + dir);
    }
    List<String> out = new ArrayList<>();
    for (Path f : files) {
      out.add(Files.readString(f, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
