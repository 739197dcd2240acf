package dev.quotecheck.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps the corpus cache from growing without end. Each use of an entry marks it used (its
 * directory's time); after a run, entries unused for {@code maxAge} go, then the least recently
 * used until the cache fits in {@code maxBytes}, and temporary directories left by killed builds
 * go once they are a day old. An entry used in the last hour is never removed: another run may be
 * reading it. Best effort throughout: a cache that cannot be pruned still works.
 *
 * @param maxBytes the size the cache is brought under
 * @param maxAge entries unused for longer are removed whatever the size
 */
record CachePruner(long maxBytes, Duration maxAge) {
  static final String ENTRY_PREFIX = "corpus-";
  private static final Duration IN_USE = Duration.ofHours(1);
  private static final Duration ABANDONED = Duration.ofDays(1);

  CachePruner {
    if (maxBytes < 0 || maxAge.isNegative()) {
      throw new IllegalArgumentException("bad cache limits");
    }
  }

  /** 4 GB and 30 days, or {@code quotecheck.cache.max-mb} / {@code quotecheck.cache.max-days}. */
  static CachePruner defaults() {
    return new CachePruner(Long.getLong("quotecheck.cache.max-mb", 4096L) << 20,
        Duration.ofDays(Long.getLong("quotecheck.cache.max-days", 30L)));
  }

  /** Marks an entry as just used. */
  private static void touch(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // best effort: an entry that cannot be marked is only pruned earlier
    }
  }

  /** Marks {@code entry} as just used, then prunes the rest of {@code cacheRoot}. */
  void use(Path cacheRoot, Path entry) {
    touch(entry);
    prune(cacheRoot, entry, Instant.now());
  }

  /** Prunes {@code cacheRoot}, never removing {@code keep}; returns the entries removed. */
  List<Path> prune(Path cacheRoot, Path keep, Instant now) {
    List<Entry> entries = new ArrayList<>();
    List<Path> removed = new ArrayList<>();
    try (Stream<Path> s = Files.list(cacheRoot)) {
      for (Path p : s.toList()) {
        String name = p.getFileName().toString();
        if (!Files.isDirectory(p) || !name.startsWith(ENTRY_PREFIX) || p.equals(keep)) {
          continue;
        }
        Instant used = Files.getLastModifiedTime(p).toInstant();
        if (name.contains(".tmp-")) {
          if (used.isBefore(now.minus(ABANDONED))) {
            remove(p, removed);
          }
          continue;
        }
        entries.add(new Entry(p, used, size(p)));
      }
    } catch (IOException e) {
      return removed;
    }
    entries.sort(Comparator.comparing(Entry::used)); // least recently used first
    long total = (keep != null && Files.isDirectory(keep) ? size(keep) : 0)
        + entries.stream().mapToLong(Entry::bytes).sum();
    for (Entry e : entries) {
      boolean stale = e.used().isBefore(now.minus(maxAge));
      boolean over = total > maxBytes;
      if ((stale || over) && e.used().isBefore(now.minus(IN_USE))) {
        remove(e.dir(), removed);
        total -= e.bytes();
      }
    }
    return removed;
  }

  private record Entry(Path dir, Instant used, long bytes) {}

  private static void remove(Path dir, List<Path> removed) {
    Corpora.deleteTree(dir);
    if (!Files.exists(dir)) {
      removed.add(dir);
    }
  }

  private static long size(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> {
        try {
          return Files.size(p);
        } catch (IOException e) {
          return 0;
        }
      }).sum();
    } catch (IOException e) {
      return 0;
    }
  }
}
