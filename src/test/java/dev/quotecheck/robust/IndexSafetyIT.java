package dev.quotecheck.robust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The on-disk index under real CLI processes: a second {@code index} run on the same directory
 * fails in one line while the first goes on; {@code verify} meanwhile sees the last committed
 * index; and damaged files give the rebuild message through the CLI. (A build killed part-way is
 * {@code index.IndexCrashIT}; in-process cases are in {@code index.IndexBuilderTest}.)
 */
class IndexSafetyIT {
  private static final String DRAFT = "\u201cWe will not raise taxes on working families,\u201d Maria Lopez said.\n";

  @TempDir Path dir;

  @BeforeEach
  void firstIndex() throws Exception {
    Path refs = Files.createDirectories(dir.resolve("refs"));
    Files.writeString(refs.resolve("town-hall.txt"), "MARIA LOPEZ:\nWe will not raise taxes on working families.\n");
    Files.writeString(dir.resolve("draft.txt"), DRAFT);
    ChildJvm.Result r = ChildJvm.run(dir, "512m", List.of(), "index", "--corpus", "refs", "--index", "idx");
    assertThat(r.code()).as(r.err()).isZero();
  }

  /** Enough new material (about 40 MB in 200 files) that indexing it takes a few seconds. */
  private void growCorpus(int round) throws IOException {
    Path more = Files.createDirectories(dir.resolve("refs/more" + round));
    Random random = new Random(5 + round);
    String[] words = "harbour ferry council budget schools taxes families spring staff depot clinic river".split(" ");
    for (int f = 0; f < 200; f++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 200_000) {
        b.append("SPEAKER ").append(f % 7).append(":\n");
        for (int i = 0; i < 60; i++) {
          b.append(words[random.nextInt(words.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        b.append("\n\n");
      }
      Files.writeString(more.resolve("t" + f + ".txt"), b);
    }
  }

  private ChildJvm.Result verify() throws Exception {
    Path v = Files.createDirectories(dir.resolve("v"));
    Files.copy(dir.resolve("draft.txt"), v.resolve("draft.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return ChildJvm.run(v, "512m", List.of(), "verify", "--corpus", dir.resolve("idx").toString(), "--format", "json", "draft.txt");
  }

  private static String status(ChildJvm.Result r) throws IOException {
    return new ObjectMapper().readTree(r.out()).get("documents").get(0).get("quotes").get(0).get("status").asText();
  }

  /** Whether the build {@code p} has the index's write lock open (Linux: a descriptor on {@code write.lock}). */
  private boolean holdsLock(Process p) throws IOException {
    Path lock = dir.resolve("idx/write.lock").toRealPath();
    try (Stream<Path> s = Files.list(Path.of("/proc", Long.toString(p.pid()), "fd"))) {
      return s.anyMatch(fd -> {
        try {
          return Files.readSymbolicLink(fd).equals(lock);
        } catch (IOException e) {
          return false; // closed meanwhile
        }
      });
    } catch (IOException e) {
      return false; // the process has ended
    }
  }

  /**
   * Starts a build of new material and freezes it (SIGSTOP) while it holds the write lock, so the
   * checks that follow cannot race it whatever the machine's speed; null if the build ran through
   * before it could be caught, which a busy machine can cause.
   */
  private Process frozenBuild(int round) throws Exception {
    growCorpus(round);
    Process p = ChildJvm.start(dir, "512m", List.of(), "index", "--corpus", "refs", "--index", "idx");
    for (int i = 0; i < 3000 && p.isAlive(); i++) {
      if (holdsLock(p)) {
        signal(p, "STOP");
        if (holdsLock(p)) {
          return p; // frozen with the lock
        }
        signal(p, "CONT"); // it let go just before the signal
        break;
      }
      Thread.sleep(5);
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).isZero();
    return null;
  }

  private static void signal(Process p, String signal) throws Exception {
    assertThat(new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor()).isZero();
  }

  @Test
  void aSecondRunFailsInOneLineAndVerifySeesTheCommittedIndexMeanwhile() throws Exception {
    assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc to see the build's lock");
    Process first = null;
    for (int round = 0; round < 3 && first == null; round++) {
      first = frozenBuild(round);
    }
    assertThat(first).as("a build caught holding its lock in three tries").isNotNull();
    try {
      Path second = Files.createDirectories(dir.resolve("second"));
      ChildJvm.Result r = ChildJvm.run(second, "256m", List.of(), "index", "--corpus", dir.resolve("refs").toString(),
          "--index", dir.resolve("idx").toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err().lines()).singleElement().asString()
          .startsWith("quotecheck: ").contains("is being updated by another quotecheck index run");
      ChildJvm.Result during = verify();
      assertThat(during.code()).as(during.err()).isZero();
      assertThat(status(during)).isEqualTo("verified");
      signal(first, "CONT");
      assertThat(first.waitFor(5, TimeUnit.MINUTES)).isTrue();
      assertThat(first.exitValue()).isZero();
    } finally {
      first.destroyForcibly();
    }
  }

  @Test
  void damagedIndexFilesGiveTheRebuildMessageThroughTheCli() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("idx"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("(segments_.*|.*\\.(si|tim|doc|fdt))")).toList()) {
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
      }
    }
    ChildJvm.Result r = verify();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith("quotecheck: the index at " + dir.resolve("idx") + " is damaged; rebuild it with")
        .contains("quotecheck index --corpus");
    JsonNode none = r.out().isBlank() ? null : new ObjectMapper().readTree(r.out());
    assertThat(none == null || none.path("documents").isEmpty()).isTrue();
  }
}
