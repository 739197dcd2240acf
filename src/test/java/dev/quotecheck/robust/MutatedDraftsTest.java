package dev.quotecheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our own drafts (the sample and every golden case input), mutated deterministically: bit flips,
 * truncation, doubled, deleted and swapped quotation marks, inserted line breaks and controls.
 * Each mutant goes through reading, extraction, attribution and the JSON report: it is refused
 * with one line, or every invariant holds and the report is valid JSON. A mutant that breaks
 * this is saved under {@code target/robust-crashes/} to become a case in {@code testdata/robust/}.
 */
class MutatedDraftsTest {

  /** Mutants per seed draft; {@code -Dquotecheck.mutants=N} for a longer hunt. */
  static final int MUTANTS = Integer.getInteger("quotecheck.mutants", 60);

  /** Fixed so every run tries the same mutants; {@code -Dquotecheck.mutationSeed} to explore. */
  static final long SEED = Long.getLong("quotecheck.mutationSeed", 20261126L);

  static List<Path> seedDrafts() throws IOException {
    List<Path> seeds = new ArrayList<>();
    seeds.add(Path.of("testdata/sample/draft.md"));
    try (Stream<Path> cases = Files.list(Path.of("testdata/cases"))) {
      for (Path dir : cases.sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          files.filter(f -> f.getFileName().toString().startsWith("input.")).forEach(seeds::add);
        }
      }
    }
    return seeds;
  }

  @Test
  void everyMutantIsRefusedInOneLineOrReportedAsValidJson() throws IOException {
    List<Path> seeds = seedDrafts();
    assertThat(seeds).hasSizeGreaterThan(10);
    DraftPipeline pipeline = new DraftPipeline();
    List<String> crashes = new ArrayList<>();
    int tried = 0;
    int refused = 0;
    for (Path seed : seeds) {
      byte[] original = Files.readAllBytes(seed);
      String name = seed.getParent().getFileName() + "-" + seed.getFileName();
      Random random = new Random(SEED ^ name.hashCode());
      for (int i = 0; i < MUTANTS; i++) {
        byte[] mutant = Mutator.mutate(original, random, 1 + random.nextInt(4));
        tried++;
        try {
          if (pipeline.run(name, mutant).refusal() != null) {
            refused++;
          }
        } catch (Throwable e) { // assertion or crash: keep the input for a regression case
          crashes.add(save(name, i, mutant) + ": " + e);
        }
      }
    }
    System.out.printf("mutated drafts: %d tried, %d refused as input errors, %d crashes%n", tried, refused, crashes.size());
    assertThat(crashes).isEmpty();
    assertThat(refused).as("bit flips make some invalid UTF-8").isPositive().isLessThan(tried);
  }

  @Test
  void mutationsAreDeterministicAndChangeTheDraft() throws IOException {
    byte[] draft = Files.readAllBytes(Path.of("testdata/sample/draft.md"));
    byte[] a = Mutator.mutate(draft, new Random(7), 3);
    byte[] b = Mutator.mutate(draft, new Random(7), 3);
    assertThat(a).isEqualTo(b).isNotEqualTo(draft);
  }

  private static Path save(String name, int i, byte[] mutant) throws IOException {
    Path dir = Files.createDirectories(Path.of("target/robust-crashes"));
    String ext = name.substring(name.lastIndexOf('.'));
    return Files.write(dir.resolve(name.replace(ext, "") + "-m" + i + ext), mutant);
  }

  /** Seeded mutations of a draft's bytes. */
  static final class Mutator {
    private static final String[] MARKS = {
      "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "\u300c", "\u300d"
    };
    private static final String[] INSERTS = {"\n", "\r\n", "\n\n", "\u200b", "\u202e", "\t", "\u00a0", "<p>", "&amp;"};

    private Mutator() {}

    static byte[] mutate(byte[] draft, Random random, int steps) {
      byte[] out = draft;
      for (int s = 0; s < steps; s++) {
        out = step(out, random);
      }
      return out;
    }

    private static byte[] step(byte[] in, Random random) {
      if (in.length == 0) {
        return MARKS[random.nextInt(MARKS.length)].getBytes(StandardCharsets.UTF_8);
      }
      switch (random.nextInt(8)) {
        case 0: { // bit flip
          byte[] out = in.clone();
          out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
          return out;
        }
        case 1: // truncation, anywhere (mid-character too)
          return java.util.Arrays.copyOf(in, random.nextInt(in.length));
        default:
          return textual(in, random);
      }
    }

    /** Mark mutations on the text (invalid UTF-8 left by an earlier flip becomes U+FFFD). */
    private static byte[] textual(byte[] in, Random random) {
      String t = new String(in, StandardCharsets.UTF_8);
      List<Integer> marks = new ArrayList<>();
      for (int i = 0; i < t.length(); i++) {
        if (isMark(t.charAt(i))) {
          marks.add(i);
        }
      }
      int at = marks.isEmpty() ? random.nextInt(t.length() + 1) : marks.get(random.nextInt(marks.size()));
      String mark = at < t.length() && isMark(t.charAt(at)) ? String.valueOf(t.charAt(at)) : "";
      String other = MARKS[random.nextInt(MARKS.length)];
      String r = switch (random.nextInt(6)) {
        case 0 -> t.substring(0, at) + mark + t.substring(at); // doubled mark
        case 1 -> t.substring(0, at) + t.substring(Math.min(t.length(), at + mark.length())); // deleted mark
        case 2 -> t.substring(0, at) + other + t.substring(Math.min(t.length(), at + mark.length())); // swapped
        case 3 -> t.substring(0, at) + other + t.substring(at); // inserted
        case 4 -> t.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + t.substring(at);
        default -> t.substring(0, at) + t.substring(at).replace("\n", "\r\n");
      };
      return r.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isMark(char c) {
      for (String m : MARKS) {
        if (m.charAt(0) == c) {
          return true;
        }
      }
      return false;
    }
  }
}
