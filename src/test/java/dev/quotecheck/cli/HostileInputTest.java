package dev.quotecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotecheck.robust.HashOf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual drafts through the command line. Each gives a correct result (exit 0 and
 * the right quotations) or exactly one line on stderr naming the file, with exit 2; and no input
 * is ever modified (hashed before and after every run). The huge inputs are in {@code HugeInputIT}.
 */
class HostileInputTest {
  @TempDir Path dir;
  private CliTesting cli;
  private final Map<Path, String> hashes = new LinkedHashMap<>();

  @BeforeEach
  void setUp() {
    cli = new CliTesting(dir);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path f = Files.write(dir.resolve(name), bytes);
    hashes.put(f, HashOf.file(f));
    return f;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Runs the CLI, then checks that no input changed. */
  private int run(String... args) throws IOException {
    int code = cli.run("", args);
    for (Map.Entry<Path, String> e : hashes.entrySet()) {
      assertThat(HashOf.file(e.getKey())).as("input %s unchanged", e.getKey()).isEqualTo(e.getValue());
    }
    return code;
  }

  private JsonNode json() throws IOException {
    return new ObjectMapper().readTree(cli.out());
  }

  private JsonNode quotes() throws IOException {
    return json().get("documents").get(0).get("quotes");
  }

  /** Exit 2, one stderr line that names the file, and a report that still parses. */
  private void refusedInOneLine(String name, String what) throws IOException {
    assertThat(run("extract", "--format", "json", name)).isEqualTo(2);
    assertThat(cli.err().lines()).singleElement().asString().startsWith("quotecheck: " + name + ": ").contains(what);
    assertThat(json().get("documents")).isEmpty();
    assertThat(json().get("errors")).hasSize(1);
  }

  @Test
  void invalidUtf8IsRefusedWithTheFileAndLine() throws IOException {
    byte[] good = "Intro.\n“Fine,” he said.\n".getBytes(StandardCharsets.UTF_8);
    byte[][] bad = {
      {(byte) 0xC3, 0x28}, // a lead byte without its continuation
      {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
      {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
      {(byte) 0xE2, (byte) 0x80} // truncated at the end of the file
    };
    for (int i = 0; i < bad.length; i++) {
      byte[] bytes = java.util.Arrays.copyOf(good, good.length + bad[i].length);
      System.arraycopy(bad[i], 0, bytes, good.length, bad[i].length);
      write("bad" + i + ".txt", bytes);
      refusedInOneLine("bad" + i + ".txt", "invalid UTF-8");
      assertThat(cli.err()).satisfiesAnyOf(e -> assertThat(e).contains("(line 3)"), e -> assertThat(e).contains("end of file"));
    }
  }

  @Test
  void utf16WithAByteOrderMarkIsReadAndOffsetsCountDecodedCharacters() throws IOException {
    String text = "# Head\n\nShe said “We will not wait” today.\n";
    byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
    write("le.md", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, le));
    write("be.md", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, be));
    for (String name : List.of("le.md", "be.md")) {
      assertThat(run("extract", "--format", "json", name)).isZero();
      JsonNode q = quotes().get(0);
      assertThat(q.get("text").asText()).isEqualTo("We will not wait");
      assertThat(q.get("start").asInt()).isEqualTo(text.indexOf("We will"));
      assertThat(q.get("line").asInt()).isEqualTo(3);
    }
    write("odd.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "abc".getBytes(StandardCharsets.UTF_16LE), new byte[] {0x41}));
    refusedInOneLine("odd.txt", "invalid UTF-16LE");
  }

  @Test
  void nulBytesAnywhereMeanNotAText() throws IOException {
    write("early.txt", "“Hello,” she said.\0\n");
    refusedInOneLine("early.txt", "not a text document");
    // past the 8 KiB the binary sniffing looks at: used to be read as text with NULs in it
    write("late.txt", "“Hello,” she said. ".repeat(1000) + "\0");
    refusedInOneLine("late.txt", "not a text document");
    write("utf16.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "a\0b “x y” z".getBytes(StandardCharsets.UTF_16LE)));
    refusedInOneLine("utf16.txt", "not a text document");
  }

  @Test
  void binaryFilesOfAnyNameAreRefusedInOneLine() throws IOException {
    Random random = new Random(42);
    byte[] noise = new byte[100_000];
    random.nextBytes(noise);
    write("noise.txt", noise);
    write("image.md", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, java.util.Arrays.copyOf(noise, 4096)));
    write("program.html", concat(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, java.util.Arrays.copyOf(noise, 4096)));
    write("archive.txt", concat(new byte[] {0x1F, (byte) 0x8B, 8, 0}, java.util.Arrays.copyOf(noise, 4096)));
    for (String name : List.of("noise.txt", "image.md", "program.html", "archive.txt")) {
      refusedInOneLine(name, "");
    }
    assertThat(cli.run(noise, "extract", "-")).isEqualTo(2);
    assertThat(cli.err().lines()).singleElement().asString().startsWith("quotecheck: <stdin>: ");
  }

  @Test
  void aMillionQuotationMarksInEveryArrangement() throws IOException {
    write("straight.txt", "\"".repeat(1_000_000));
    write("empty-pairs.txt", "\u201c\u201d".repeat(500_000));
    write("all-open-then-all-closed.txt", "\u201c".repeat(500_000) + "words" + "\u201d".repeat(500_000));
    write("one-sentence.txt", "\u201ca\u201d ".repeat(20_000)); // 20,000 quotations in one sentence
    for (String name : List.of("straight.txt", "empty-pairs.txt", "all-open-then-all-closed.txt", "one-sentence.txt")) {
      assertThat(run("extract", "--format", "json", name)).as(name).isZero();
      assertThat(cli.err()).isEmpty();
      assertThat(maxDepth(quotes())).isLessThanOrEqualTo(32);
    }
  }

  @Test
  void marksNestedTenThousandDeepAreCutAt32LevelsWithAWarning() throws IOException {
    StringBuilder b = new StringBuilder("The minister said: ");
    for (int i = 0; i < 10_000; i++) {
      b.append(i % 2 == 0 ? "\u201cw" : "\u2018w").append(i).append(' ');
    }
    b.append("core");
    for (int i = 9_999; i >= 0; i--) {
      b.append(i % 2 == 0 ? '\u201d' : '\u2019');
    }
    write("deep.txt", b.append(" today.\n").toString());
    assertThat(run("extract", "--format", "json", "deep.txt")).isZero();
    JsonNode top = quotes().get(0);
    assertThat(top.get("text").asText()).startsWith("w0 \u2018w1 ").endsWith("\u2019\u201d\u2019");
    assertThat(maxDepth(quotes())).isEqualTo(32);
    assertThat(top.get("warnings").toString()).contains("nested deeper than 32 levels not reported");
  }

  @Test
  void zeroWidthAndBidiControlsKeepExactOffsetsAndShowHarmlesslyInText() throws IOException {
    String quote = "hel\u200blo \u202eevil\u202c wor\u2066ld\u2069 \u200dnow \u001b[31mred\u001b[0m";
    String text = "He said \u201c" + quote + "\u201d on \u200fMonday.\n";
    write("bidi.txt", text);
    assertThat(run("extract", "--format", "json", "bidi.txt")).isZero();
    JsonNode q = quotes().get(0);
    // the offsets cover the quotation exactly as written; its text reads without the invisible controls
    assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(quote);
    assertThat(q.get("text").asText()).startsWith("hel").contains("evil").contains("red");
    // the text report goes to terminals: no escape sequence or bidi override gets through
    String hostileName = "x\u001b]0;owned\u0007\u202e.txt"; // a file name can carry them too
    write(hostileName, text);
    assertThat(run("extract", "bidi.txt", hostileName)).isZero();
    assertThat(cli.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
        .doesNotContain("\u2066").contains("x\u241b]0;owned\u2407<U+202E>.txt");
  }

  @Test
  void tenThousandCharacterWords() throws IOException {
    String x = "x".repeat(10_000);
    String y = "\u00e9".repeat(10_000);
    String text = "Maria Lopez" + "z".repeat(10_000) + " said \u201c" + x + " " + y + "\u201d today.\n" + x + "\n";
    write("long.txt", text);
    assertThat(run("extract", "--format", "json", "long.txt")).isZero();
    assertThat(quotes()).singleElement().satisfies(q -> {
      assertThat(q.get("text").asText()).isEqualTo(x + " " + y);
      assertThat(q.get("start").asInt()).isEqualTo(text.indexOf(x));
    });
  }

  @Test
  void deeplyNestedHtmlDoesNotOverflowTheStack() throws IOException {
    int n = 100_000;
    String quote = "She said \u201cwe will not wait\u201d today.";
    write("divs.html", "<div>".repeat(n) + quote + "</div>".repeat(n));
    write("inline.html", "<b><i><span>".repeat(n / 3) + quote);
    for (String name : List.of("divs.html", "inline.html")) {
      assertThat(run("extract", "--format", "json", name)).as(name).isZero();
      String original = Files.readString(dir.resolve(name));
      JsonNode q = quotes().get(0);
      assertThat(q.get("text").asText()).isEqualTo("we will not wait");
      assertThat(original.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo("we will not wait");
    }
  }

  @Test
  void specialFilesAsDraftsGiveOneLineEach() throws Exception {
    Path loopA = dir.resolve("a.txt");
    Files.createSymbolicLink(loopA, dir.resolve("b.txt"));
    Files.createSymbolicLink(dir.resolve("b.txt"), loopA);
    boolean fifo = new ProcessBuilder("mkfifo", dir.resolve("pipe.txt").toString()).start().waitFor() == 0;
    write("ok.txt", "\u201cFine,\u201d he said.\n");
    List<String> args = new ArrayList<>(List.of("extract", "--format", "json", "a.txt", "ok.txt"));
    if (fifo) {
      args.add("pipe.txt");
    }
    assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(fifo ? 2 : 1).allSatisfy(l -> assertThat(l).startsWith("quotecheck: "));
    assertThat(cli.err()).contains("a.txt: ");
    if (fifo) {
      assertThat(cli.err()).contains("pipe.txt: not a regular file");
    }
    assertThat(json().get("documents")).hasSize(1);
  }

  private static int maxDepth(JsonNode quotes) {
    int max = 0;
    for (JsonNode q : quotes) {
      max = Math.max(max, 1 + (q.has("nested") ? maxDepth(q.get("nested")) : 0));
    }
    return max;
  }

  private static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
