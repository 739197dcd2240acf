package dev.quotecheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {
  @TempDir Path tmp;

  private static List<String> names(List<CorpusFile> files) {
    return files.stream().map(f -> Path.of(f.display()).getFileName().toString()).toList();
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void linksFifosAndHiddenFilesNeitherHangNorLeakOutOfTheRoot() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("refs"));
    Path outside = Files.writeString(tmp.resolve("secret.txt"), "outside words");
    Files.writeString(root.resolve("a.txt"), "Maria Lopez:\nWords.\n");
    Files.createDirectories(root.resolve("sub"));
    Files.writeString(root.resolve("sub/b.md"), "text");
    Files.writeString(root.resolve(".hidden.txt"), "x");
    Files.writeString(root.resolve("photo.jpg"), "x");
    Files.createSymbolicLink(root.resolve("out.txt"), outside);
    Files.createSymbolicLink(root.resolve("inside.txt"), root.resolve("a.txt"));
    Files.createSymbolicLink(root.resolve("sub/loop"), root);
    Files.createSymbolicLink(root.resolve("dangling.txt"), tmp.resolve("nowhere"));
    boolean fifo = new ProcessBuilder("mkfifo", root.resolve("pipe.txt").toString()).start().waitFor() == 0;

    CorpusWalker.Listing l = new CorpusWalker(p -> false).walk(List.of(root));
    assertThat(names(l.files())).containsExactlyInAnyOrder("a.txt", "b.md");
    List<String> problems = l.problems().stream().map(CorpusProblem::toString).toList();
    assertThat(problems).anyMatch(s -> s.contains("out.txt") && s.contains("outside the corpus"));
    assertThat(problems).anyMatch(s -> s.contains("photo.jpg") && s.contains("not a reference format"));
    assertThat(problems).anyMatch(s -> s.contains("dangling.txt"));
    if (fifo) {
      assertThat(problems).anyMatch(s -> s.contains("pipe.txt") && s.contains("FIFO"));
    }
    assertThat(problems).noneMatch(s -> s.contains("inside.txt") || s.contains(".hidden"));
  }

  @Test
  void aFileTheCorpusCannotReadIsReportedByName() throws IOException {
    Path bin = Files.write(tmp.resolve("blob.txt"), new byte[] {1, 2, 0, 3, 4});
    Path badUtf8 = Files.write(tmp.resolve("bad.txt"), new byte[] {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28});
    CorpusFileReader reader = new CorpusFileReader(CorpusFormats.standard(), 1 << 20);
    for (Path p : List.of(bin, badUtf8)) {
      CorpusFile f = new CorpusFile(p, p.toString(), p.toString(), Files.size(p), 0);
      CorpusProblem[] problem = new CorpusProblem[1];
      Reading r = reader.read(f.display(), reader.bytes(f, problem));
      assertThat(r.turns()).isEmpty();
      assertThat(r.problems()).singleElement().satisfies(pr -> {
        assertThat(pr.toString()).startsWith(p + ": ").doesNotContain("\n");
      });
    }
    Path big = Files.write(tmp.resolve("big.txt"), new byte[2048]);
    CorpusProblem[] problem = new CorpusProblem[1];
    assertThat(new CorpusFileReader(CorpusFormats.standard(), 1024)
        .bytes(new CorpusFile(big, "big.txt", big.toString(), 2048, 0), problem)).isNull();
    assertThat(problem[0].message()).startsWith("too large");
  }

  @Test
  void unreadableFilesAreReportedNotFatal() throws Exception {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads everything");
    Path root = Files.createDirectories(tmp.resolve("refs"));
    Path locked = Files.writeString(root.resolve("locked.txt"), "words");
    locked.toFile().setReadable(false);
    CorpusWalker.Listing l = new CorpusWalker(p -> false).walk(List.of(root));
    CorpusProblem[] problem = new CorpusProblem[1];
    assertThat(new CorpusFileReader(CorpusFormats.standard(), 1 << 20).bytes(l.files().get(0), problem)).isNull();
    assertThat(problem[0].message()).contains("permission denied");
  }

  @Test
  void aMissingRootIsAnError() {
    assertThatThrownBy(() -> new CorpusWalker(p -> false).walk(List.of(tmp.resolve("nope"))))
        .hasMessage(tmp.resolve("nope") + ": no such file or directory");
  }
}
