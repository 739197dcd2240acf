package dev.quotecheck.index;

import dev.quotecheck.corpus.Passage;
import dev.quotecheck.corpus.Reading;
import dev.quotecheck.corpus.TranscriptReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Quotations drawn from a generated corpus (see {@link ScaleCorpusGenerator}) for the retrieval
 * and verification benchmarks: half verbatim, the rest with a word substituted, deleted or
 * inserted, a negation added, or two passages spliced. Seeded: the same corpus and seed give the
 * same quotations.
 */
public final class BenchmarkProbes {
  /** How a quotation was made, drawn uniformly from this list (so half are exact). */
  private static final String[] KINDS = {"exact", "exact", "exact", "exact", "exact", "substitute", "delete",
      "insert", "negation", "splice"};

  private BenchmarkProbes() {}

  /**
   * A quotation, its speaker and how it was made, and the words it was taken from: it counts as
   * found when for each source window some candidate holds those words (generated text repeats
   * itself, so the very passage it came from need not be the only right answer).
   */
  public record Probe(String kind, String text, String speaker, List<String> sources) {}

  /** The kinds of quotation, each once, in report order. */
  public static List<String> kinds() {
    return Arrays.stream(KINDS).distinct().toList();
  }

  /** The {@code q} quantile of ascending nanosecond figures, in milliseconds. */
  public static double percentileMillis(long[] sortedNanos, double q) {
    return sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.floor(q * sortedNanos.length))] / 1e6;
  }

  public static List<Probe> draw(Path corpus, int queries, long seed) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(corpus)) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Passage> pool = new ArrayList<>();
    for (int i = 0; i < Math.min(60, files.size()); i++) {
      Path f = files.get(random.nextInt(files.size()));
      Reading r = new TranscriptReader().read(f.normalize().toString(), Files.readString(f, StandardCharsets.UTF_8));
      r.passages().stream().filter(p -> p.speaker() != null && p.text().split(" ").length >= 12).forEach(pool::add);
    }
    List<Probe> out = new ArrayList<>();
    while (out.size() < queries) {
      Passage p = pool.get(random.nextInt(pool.size()));
      String kind = KINDS[random.nextInt(KINDS.length)];
      List<String> w = window(p, random);
      List<String> sources = List.of(normal(String.join(" ", w)));
      switch (kind) {
        case "substitute" -> w.set(random.nextInt(w.size()), "something");
        case "delete" -> w.remove(random.nextInt(w.size()));
        case "insert" -> w.add(random.nextInt(w.size()), "really");
        case "negation" -> w.add(random.nextInt(w.size()), "not");
        case "splice" -> {
          Passage q = pool.get(random.nextInt(pool.size()));
          List<String> w2 = window(q, random);
          w = new ArrayList<>(w.subList(0, Math.max(4, w.size() / 2)));
          w2 = w2.subList(0, Math.max(4, w2.size() / 2));
          sources = List.of(normal(String.join(" ", w)), normal(String.join(" ", w2)));
          w.addAll(w2);
        }
        default -> { }
      }
      out.add(new Probe(kind, String.join(" ", w), p.speaker(), sources));
    }
    return out;
  }

  /** Normalised words joined by single spaces, breaks dropped. */
  static String normal(String text) {
    return " " + String.join(" ", WordTokenizer.words(text).stream().filter(w -> w != null).toList()) + " ";
  }

  /** 6 to 30 consecutive words of a passage. */
  private static List<String> window(Passage p, SplittableRandom random) {
    String[] words = p.text().split("\\s+");
    int n = Math.min(words.length, 6 + random.nextInt(25));
    int from = random.nextInt(words.length - n + 1);
    return new ArrayList<>(Arrays.asList(words).subList(from, from + n));
  }
}
