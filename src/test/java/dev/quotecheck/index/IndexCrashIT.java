package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real index build part-way (SIGKILL) and checks the index that is left. */
class IndexCrashIT {
  private static final String[] WORDS = ("harbour ferry budget school river council taxes teachers bridge tunnel "
      + "market workers nurses doctors farmers rain storm flood road rail plan cost vote law court election "
      + "the a of and to in we will not never have been said there is are was").split(" ");

  @TempDir Path tmp;
  Path first;
  Path second;
  Path index;
  long before;

  @BeforeEach
  void setUp() throws Exception {
    first = Files.createDirectories(tmp.resolve("first"));
    Files.writeString(first.resolve("a.txt"), "Maria Lopez:\nThe old harbour bridge will reopen in spring.\n\n"
        + "Tom Reed:\nNot before the vote on the tunnel.\n");
    second = Files.createDirectories(tmp.resolve("second"));
    SplittableRandom random = new SplittableRandom(3);
    for (int f = 0; f < 40; f++) {
      StringBuilder b = new StringBuilder();
      while (b.length() < 300_000) {
        b.append(f % 2 == 0 ? "Ann Bell:\n" : "Carl Dunn:\n");
        for (int w = 0; w < 60; w++) {
          b.append(WORDS[random.nextInt(WORDS.length)]).append(w % 12 == 11 ? ". " : " ");
        }
        b.append(marker(f)).append(".\n\n");
      }
      Files.writeString(second.resolve("t" + f + ".txt"), b.toString());
    }
    index = tmp.resolve("index");
    new IndexBuilder(IndexTestSupport.settings()).build(List.of(first), index, ProgressListener.NONE);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      before = idx.size();
    }
  }

  /** A word found only in file {@code f}. */
  private static String marker(int f) {
    return "marker" + (char) ('a' + f % 26) + (char) ('a' + f / 26);
  }

  private Process child(long commitEvery) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), IndexChildProcess.class.getName(),
        index.toString(), Long.toString(commitEvery), first.toString(), second.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** Waits until the child has indexed {@code files} files, then kills it without warning. */
  private static void killAfter(Process p, int files) throws Exception {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.equals("files " + files)) {
          break;
        }
        assertThat(line).as("the build must still be running when killed").isNotEqualTo("done");
      }
      p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void aBuildKilledBeforeItsCommitLeavesThePreviousIndexIntact() throws Exception {
    Process p = child(Long.MAX_VALUE);
    killAfter(p, 6);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.size()).isEqualTo(before);
      assertThat(idx.candidates("old harbour bridge will reopen", null, 1).get(0).speaker()).isEqualTo("Maria Lopez");
      assertThat(idx.candidates(marker(0), null, 5)).isEmpty();
    }
    // the lock died with the process: the next run completes
    IndexStats done = new IndexBuilder(IndexTestSupport.settings()).build(List.of(first, second), index, ProgressListener.NONE);
    assertThat(done.added()).isEqualTo(40);
    assertThat(done.unchanged()).isEqualTo(1);
  }

  @Test
  void aBuildKilledAfterSafePointsResumesWhereItStopped() throws Exception {
    Process p = child(1_000_000);
    killAfter(p, 12);
    long partial;
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      partial = idx.size();
      assertThat(partial).isGreaterThan(before);
      assertThat(idx.candidates("old harbour bridge will reopen", null, 1).get(0).speaker()).isEqualTo("Maria Lopez");
    }
    IndexStats done = new IndexBuilder(IndexTestSupport.settings()).build(List.of(first, second), index, ProgressListener.NONE);
    assertThat(done.added()).isGreaterThan(0).isLessThan(40);
    assertThat(done.added() + done.unchanged()).isEqualTo(41);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.size()).isEqualTo(done.passages()).isGreaterThan(partial);
      for (int f = 0; f < 40; f += 13) {
        assertThat(idx.candidates(marker(f), null, 5)).isNotEmpty();
      }
    }
  }
}
