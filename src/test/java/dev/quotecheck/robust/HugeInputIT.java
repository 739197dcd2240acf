package dev.quotecheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest hostile inputs, each through the CLI in a child JVM with a fixed heap, so memory is
 * bounded and measured (peak heap from the memory pools) and a crash cannot take the test JVM
 * down. Figures go to {@code target/robust-figures.txt} and into docs/reliability.md.
 */
class HugeInputIT {
  @TempDir Path dir;

  @Test
  void aHundredMegabyteDraftOnOneLineIsRefusedByDefaultAndReadWhenAllowed() throws Exception {
    Path huge = dir.resolve("huge.txt");
    long size = 0;
    int quotes = 0;
    Random random = new Random(3);
    String[] words = "the minister said on monday that harbour fees would not rise this year and the ferry runs".split(" ");
    try (BufferedWriter w = Files.newBufferedWriter(huge, StandardCharsets.UTF_8)) {
      StringBuilder chunk = new StringBuilder();
      for (int i = 0; i < 1700; i++) {
        chunk.append(words[random.nextInt(words.length)]).append(' ');
      }
      while (size < 100L << 20) {
        String s = chunk + "\u201cWe will not raise taxes, number " + quotes++ + ",\u201d Maria Lopez said. ";
        w.write(s);
        size += s.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    String before = HashOf.file(huge);
    ChildJvm.Result refused = ChildJvm.run(dir, "512m", List.of(), "extract", "--format", "json", "huge.txt");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err().lines()).containsExactly(
        "quotecheck: huge.txt: 100 MiB is over the input limit of 32 MiB (raise it with --max-input-size)");
    ChildJvm.record("100 MB one-line draft, default limit (refused)", refused);

    ChildJvm.Result read = ChildJvm.run(dir, "768m", List.of(),
        "extract", "--max-input-size", "200M", "--format", "json", "--output", "report.json", "huge.txt");
    assertThat(read.code()).as(read.err()).isZero();
    JsonNode report = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
    assertThat(report.get("summary").get("quotes").asInt()).isEqualTo(quotes);
    ChildJvm.record("100 MB one-line draft (" + quotes + " quotations), --max-input-size 200M, -Xmx768m", read);
    assertThat(HashOf.file(huge)).isEqualTo(before);
  }

  @Test
  void aMillionMarksInARandomMix() throws Exception {
    StringBuilder mixed = new StringBuilder();
    Random random = new Random(1);
    String[] marks = {"\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e"};
    for (int i = 0; i < 1_000_000; i++) {
      mixed.append(marks[random.nextInt(marks.length)]);
      if (i % 10 == 0) {
        mixed.append(i % 20 == 0 ? " said " : "word");
      }
    }
    Files.writeString(dir.resolve("mixed.txt"), mixed);
    ChildJvm.Result r = ChildJvm.run(dir, "2g", List.of(), "extract", "--format", "json", "--output", "r.json", "mixed.txt");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(new ObjectMapper().readTree(dir.resolve("r.json").toFile()).get("version").asInt()).isEqualTo(1);
    ChildJvm.record("a million marks in a random mix (one paragraph), -Xmx2g", r);
  }

  @Test
  void deeplyNestedHtmlOfEveryShape() throws Exception {
    int n = 100_000;
    String quote = "She said \u201cwe will not wait\u201d today.";
    // divs and inline formatting are in HostileInputTest
    List<String> shapes = List.of(
        "<q>".repeat(n) + quote,
        "<table><tr><td>".repeat(n / 3) + quote,
        "<ul><li>".repeat(n / 2) + quote,
        "<font>".repeat(n) + quote + "</p>".repeat(10));
    for (int i = 0; i < shapes.size(); i++) {
      Files.writeString(dir.resolve("deep" + i + ".html"), shapes.get(i));
      ChildJvm.Result r = ChildJvm.run(dir, "256m", List.of(), "extract", "--format", "json", "deep" + i + ".html");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).contains("\"we will not wait\"");
      ChildJvm.record("100,000 nested HTML elements, shape " + i + ", -Xmx256m", r);
    }
  }

  @Test
  void aFiftyMegabyteJsonLinesRecordInACorpusAndHostileCorpusFiles() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("t.txt"), "MARIA LOPEZ:\nWe will not raise taxes on working families.\n");
    String sentence = "Harbour fees will rise again next spring. ";
    try (BufferedWriter w = Files.newBufferedWriter(corpus.resolve("big.jsonl"), StandardCharsets.UTF_8)) {
      w.write("{\"speaker\":\"Ann Lee\",\"text\":\"");
      for (long s = 0; s < 50L << 20; s += sentence.length()) {
        w.write(sentence);
      }
      w.write("\"}\n");
    }
    Files.write(corpus.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
    Files.createSymbolicLink(corpus.resolve("a.txt"), corpus.resolve("b.txt"));
    Files.createSymbolicLink(corpus.resolve("b.txt"), corpus.resolve("a.txt"));
    Files.createSymbolicLink(corpus.resolve("up.txt"), dir.resolve("draft.txt"));
    boolean fifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start().waitFor() == 0;
    Files.writeString(dir.resolve("draft.txt"),
        "\u201cWe will not raise taxes on working families,\u201d Maria Lopez said.\n");
    ChildJvm.Result r = ChildJvm.run(dir, "1g", List.of("QUOTECHECK_CACHE_DIR=" + dir.resolve("cache")),
        "verify", "--corpus", "corpus", "--format", "json", "draft.txt");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode q = new ObjectMapper().readTree(r.out()).get("documents").get(0).get("quotes").get(0);
    assertThat(q.get("status").asText()).isEqualTo("verified");
    assertThat(r.err().lines()).allSatisfy(l -> assertThat(l).startsWith("quotecheck: warning: "));
    assertThat(r.err()).contains("binary.txt").contains("a.txt").contains("up.txt");
    if (fifo) {
      assertThat(r.err()).contains("pipe.txt");
    }
    ChildJvm.record("verify against a corpus with a 50 MB JSON Lines record, link loops, a FIFO, -Xmx1g", r);
  }
}
