package dev.quotecheck.index;

import dev.quotecheck.corpus.Passage;
import dev.quotecheck.corpus.Reading;
import dev.quotecheck.corpus.TranscriptReader;
import dev.quotecheck.corpus.Turn;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes benchmark corpora of any size as transcripts in the debate format ({@code Speaker:} line,
 * paragraphs, blank line between turns), made of new text rather than copies: every paragraph is
 * a fresh walk of a word-level order-2 Markov chain trained on the real speaker's own turns in
 * the debate transcripts, with that speaker's name and a paragraph length drawn from the real
 * ones. Because such walks can only reuse word pairs that exist in the source, a share of the
 * content words ({@code variety}) is replaced by Zipf-distributed variants ({@code economy} →
 * {@code economyqf}) so the vocabulary grows with the corpus, as a real corpus's does. Seeded:
 * the same arguments give the same bytes.
 *
 * <pre>java -cp target/quotecheck.jar dev.quotecheck.index.ScaleCorpusGenerator \
 *     --source ../shared/corpora/debates-2020 --out /tmp/qc-10mb --size 10MB [--seed 1] [--variety 0.3]</pre>
 */
public final class ScaleCorpusGenerator {
  private static final int FILE_BYTES = 1 << 20;
  private static final int VARIANTS = 200_000;

  /** One speaker's chain: successors of each word pair, and paragraph lengths in words. */
  private static final class Chain {
    final Map<String, List<String>> next = new HashMap<>();
    final List<String[]> starts = new ArrayList<>();
    final List<Integer> lengths = new ArrayList<>();
  }

  private final Map<String, Chain> chains = new HashMap<>();
  private final List<String> speakers = new ArrayList<>();
  private final double variety;

  public ScaleCorpusGenerator(Path source, double variety) throws IOException {
    this.variety = variety;
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Reading r = new TranscriptReader().read(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
        for (Turn t : r.turns()) {
          if (t.speaker() != null) {
            t.passages().forEach(p -> learn(t.speaker(), p));
          }
        }
      }
    }
    speakers.addAll(chains.keySet());
    speakers.sort(null);
    if (speakers.isEmpty()) {
      throw new IOException(source + ": no transcripts with speakers to learn from");
    }
  }

  private void learn(String speaker, Passage p) {
    String[] w = p.text().replaceAll("\\[[^\\]]*\\]", " ").trim().split("\\s+");
    if (w.length < 3) {
      return;
    }
    Chain c = chains.computeIfAbsent(speaker, k -> new Chain());
    c.starts.add(new String[] {w[0], w[1]});
    c.lengths.add(w.length);
    for (int i = 2; i < w.length; i++) {
      c.next.computeIfAbsent(w[i - 2] + ' ' + w[i - 1], k -> new ArrayList<>(2)).add(w[i]);
    }
  }

  /** Writes about {@code bytes} of transcripts into {@code out} as files of about 1 MB. */
  public long generate(Path out, long bytes, long seed) throws IOException {
    Files.createDirectories(out);
    SplittableRandom random = new SplittableRandom(seed);
    long written = 0;
    for (int n = 0; written < bytes; n++) {
      Path file = out.resolve(String.format(Locale.ROOT, "part-%02d/transcript-%05d.txt", n / 1000, n));
      Files.createDirectories(file.getParent());
      long target = Math.min(FILE_BYTES, bytes - written);
      written += writeFile(file, target, random);
    }
    return written;
  }

  private long writeFile(Path file, long target, SplittableRandom random) throws IOException {
    long size = 0;
    String last = null;
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder turn = new StringBuilder(4096);
      while (size < target) {
        String speaker = speakers.get(random.nextInt(speakers.size()));
        if (speaker.equals(last)) {
          continue;
        }
        last = speaker;
        turn.setLength(0);
        // several paragraphs of one turn repeat the speaker line, as the transcripts do
        int paragraphs = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int i = 0; i < paragraphs; i++) {
          turn.append(speaker).append(":\n");
          paragraph(chains.get(speaker), random, turn);
          turn.append("\n\n");
        }
        w.append(turn);
        size += turn.length();
      }
    }
    return Files.size(file);
  }

  private void paragraph(Chain c, SplittableRandom random, StringBuilder out) {
    int length = c.lengths.get(random.nextInt(c.lengths.size()));
    String[] start = c.starts.get(random.nextInt(c.starts.size()));
    String a = start[0];
    String b = start[1];
    word(a, random, out, true);
    word(b, random, out, false);
    for (int i = 2; i < length; i++) {
      List<String> next = c.next.get(a + ' ' + b);
      if (next == null) {
        String[] s = c.starts.get(random.nextInt(c.starts.size()));
        a = s[0];
        b = s[1];
        word(a, random, out, false);
        word(b, random, out, false);
        i++;
        continue;
      }
      a = b;
      b = next.get(random.nextInt(next.size()));
      word(b, random, out, false);
    }
  }

  private void word(String w, SplittableRandom random, StringBuilder out, boolean first) {
    if (!first) {
      out.append(' ');
    }
    if (variety > 0 && w.length() >= 4 && Character.isLetter(w.charAt(0)) && random.nextDouble() < variety) {
      int end = w.length();
      while (end > 0 && !Character.isLetter(w.charAt(end - 1))) {
        end--;
      }
      out.append(w, 0, end).append(variant(random)).append(w, end, w.length());
    } else {
      out.append(w);
    }
  }

  /** A letter suffix whose rank follows Zipf's law (rank r with probability ~ 1/r). */
  private static String variant(SplittableRandom random) {
    int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(VARIANTS)));
    StringBuilder s = new StringBuilder(4);
    do {
      s.append((char) ('a' + rank % 26));
      rank /= 26;
    } while (rank > 0);
    return s.toString();
  }

  /** Parses sizes such as {@code 10MB}, {@code 1GB}, {@code 500KB}. */
  static long parseSize(String s) {
    String u = s.trim().toUpperCase(Locale.ROOT);
    long mult = 1;
    if (u.endsWith("GB")) {
      mult = 1_000_000_000L;
    } else if (u.endsWith("MB")) {
      mult = 1_000_000L;
    } else if (u.endsWith("KB")) {
      mult = 1_000L;
    }
    return (long) (Double.parseDouble(u.replaceAll("[A-Z]+$", "")) * mult);
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> a = BenchArgs.parse(args);
    ScaleCorpusGenerator g = new ScaleCorpusGenerator(Path.of(a.getOrDefault("source", "../shared/corpora/debates-2020")),
        Double.parseDouble(a.getOrDefault("variety", "0.3")));
    long t0 = System.nanoTime();
    long n = g.generate(Path.of(a.get("out")), parseSize(a.getOrDefault("size", "10MB")),
        Long.parseLong(a.getOrDefault("seed", "1")));
    System.err.printf(Locale.ROOT, "wrote %.1f MB in %.1f s%n", n / 1e6, (System.nanoTime() - t0) / 1e9);
  }
}
