package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CachePrunerTest {
  @TempDir Path cache;
  private final Instant now = Instant.parse("2026-11-26T12:00:00Z");

  private Path entry(String name, int kilobytes, Duration ago) throws Exception {
    Path dir = Files.createDirectories(cache.resolve(name));
    Files.write(dir.resolve("data"), new byte[kilobytes * 1024]);
    Files.setLastModifiedTime(dir, FileTime.from(now.minus(ago)));
    return dir;
  }

  @Test
  void entriesUnusedForTooLongGoWhateverTheSize() throws Exception {
    Path old = entry("corpus-old", 1, Duration.ofDays(40));
    Path recent = entry("corpus-recent", 1, Duration.ofDays(2));
    Path current = entry("corpus-current", 1, Duration.ofDays(90));
    new CachePruner(1L << 30, Duration.ofDays(30)).prune(cache, current, now);
    assertThat(old).doesNotExist();
    assertThat(recent).exists();
    assertThat(current).as("the entry in use is kept").exists();
  }

  @Test
  void leastRecentlyUsedGoUntilTheCacheFits() throws Exception {
    Path a = entry("corpus-a", 100, Duration.ofDays(5));
    Path b = entry("corpus-b", 100, Duration.ofDays(3));
    Path c = entry("corpus-c", 100, Duration.ofDays(2));
    Path current = entry("corpus-current", 100, Duration.ZERO);
    new CachePruner(250 * 1024, Duration.ofDays(30)).prune(cache, current, now);
    assertThat(a).doesNotExist();
    assertThat(b).doesNotExist();
    assertThat(c).exists();
    assertThat(current).exists();
  }

  @Test
  void entriesUsedInTheLastHourAndOtherFilesStay() throws Exception {
    Path busy = entry("corpus-busy", 100, Duration.ofMinutes(10));
    Path current = entry("corpus-current", 100, Duration.ZERO);
    Path foreign = Files.createDirectories(cache.resolve("notes"));
    new CachePruner(0, Duration.ofDays(30)).prune(cache, current, now);
    assertThat(busy).as("another run may be reading it").exists();
    assertThat(foreign).exists();
  }

  @Test
  void temporaryDirectoriesOfKilledBuildsGoAfterADay() throws Exception {
    Path abandoned = entry("corpus-x.tmp-123-456", 1, Duration.ofDays(2));
    Path building = entry("corpus-y.tmp-789-012", 1, Duration.ofMinutes(5));
    new CachePruner(1L << 30, Duration.ofDays(30)).prune(cache, null, now);
    assertThat(abandoned).doesNotExist();
    assertThat(building).exists();
  }
}
