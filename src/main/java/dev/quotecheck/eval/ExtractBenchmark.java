package dev.quotecheck.eval;

import dev.quotecheck.extract.QuotationExtractor;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Extraction throughput on one thread: every {@code .txt} file under a directory (a PolNeAR split's
 * {@code text/} when given the split), loaded into memory first, extracted in warm-up passes and
 * then in timed passes. Reports MB/s of UTF-8 input (1 MB = 10^6 bytes). Also a tiny {@code main}
 * for timing JVM start plus model load from the command line.
 */
public final class ExtractBenchmark {

  static final int WARMUP_PASSES = 3;
  static final int TIMED_PASSES = 5;

  private final QuotationExtractor extractor;

  public ExtractBenchmark() {
    this(new QuotationExtractor());
  }

  public ExtractBenchmark(QuotationExtractor extractor) {
    this.extractor = extractor;
  }

  /** Throughput figures of one run. */
  public record Result(int files, long bytes, long chars, int quotes, long firstExtractionNanos, double[] passMbPerSecond) {
    public double medianMbPerSecond() {
      double[] sorted = passMbPerSecond.clone();
      Arrays.sort(sorted);
      return sorted[sorted.length / 2];
    }
  }

  public Result measure(Path dir) throws InputException {
    List<Document> docs = load(dir);
    long bytes = 0;
    long chars = 0;
    for (Document d : docs) {
      bytes += d.text().getBytes(StandardCharsets.UTF_8).length;
      chars += d.text().length();
    }
    long t0 = System.nanoTime();
    extractor.extract(docs.get(0)); // the first extraction loads the sentence model
    long first = System.nanoTime() - t0;
    int quotes = 0;
    for (int i = 0; i < WARMUP_PASSES; i++) {
      quotes = pass(docs);
    }
    double[] mbps = new double[TIMED_PASSES];
    for (int i = 0; i < TIMED_PASSES; i++) {
      long start = System.nanoTime();
      quotes = pass(docs);
      mbps[i] = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
    }
    return new Result(docs.size(), bytes, chars, quotes, first, mbps);
  }

  /** Prints the figures and returns the exit code, 0. */
  public int run(Path dir, PrintStream out) throws InputException {
    Result r = measure(dir);
    out.printf(Locale.ROOT, "extraction benchmark: %d files, %.2f MB UTF-8 (%d chars), %d quotations, one thread%n",
        r.files(), r.bytes() / 1e6, r.chars(), r.quotes());
    out.printf(Locale.ROOT, "first extraction (includes sentence model load): %.0f ms%n", r.firstExtractionNanos() / 1e6);
    StringBuilder passes = new StringBuilder();
    for (double v : r.passMbPerSecond()) {
      passes.append(String.format(Locale.ROOT, " %.2f", v));
    }
    out.printf(Locale.ROOT, "throughput after %d warm-up passes: median %.2f MB/s (passes:%s)%n",
        WARMUP_PASSES, r.medianMbPerSecond(), passes);
    return 0;
  }

  private int pass(List<Document> docs) {
    int quotes = 0;
    for (Document d : docs) {
      quotes += extractor.extract(d).quotes().size();
    }
    return quotes;
  }

  private static List<Document> load(Path dir) throws InputException {
    Path root = Files.isDirectory(dir.resolve("text")) ? dir.resolve("text") : dir;
    if (!Files.isDirectory(root)) {
      throw new InputException(dir + ": not a directory");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new InputException(dir + ": cannot list (" + e.getMessage() + ")");
    }
    List<Document> docs = new ArrayList<>(files.size());
    for (Path f : files) {
      docs.add(Documents.load(f));
    }
    if (docs.isEmpty()) {
      throw new InputException(dir + ": no .txt files");
    }
    return docs;
  }

  /**
   * {@code ExtractBenchmark DIR} runs the benchmark; {@code ExtractBenchmark --once FILE} extracts
   * one file and prints its number of quotations (to time JVM start plus model load).
   */
  public static void main(String[] args) {
    try {
      if (args.length == 2 && args[0].equals("--once")) {
        System.out.println(new QuotationExtractor().extract(Documents.load(Path.of(args[1]))).quotes().size());
      } else if (args.length == 1) {
        new ExtractBenchmark().run(Path.of(args[0]), System.out);
      } else {
        System.err.println("usage: ExtractBenchmark DIR | ExtractBenchmark --once FILE");
        System.exit(2);
      }
    } catch (InputException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
