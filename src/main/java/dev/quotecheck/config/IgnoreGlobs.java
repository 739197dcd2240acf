package dev.quotecheck.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Drafts to skip, by glob, the way {@code .gitignore} users expect: a pattern without a slash
 * ({@code *.bak.md}, {@code archive}) matches a file or directory name at any depth; one with a
 * slash ({@code drafts/old/**}, {@code /top.md}) matches the path relative to the base directory.
 */
public final class IgnoreGlobs {
  private final Path base;
  private final List<String> patterns;
  private final List<PathMatcher> byName = new ArrayList<>();
  private final List<PathMatcher> byPath = new ArrayList<>();

  public IgnoreGlobs(Path base, List<String> patterns) {
    this.base = base.toAbsolutePath().normalize();
    this.patterns = List.copyOf(patterns);
    for (String raw : patterns) {
      String p = raw.strip();
      boolean anchored = p.startsWith("/");
      if (anchored) {
        p = p.substring(1);
      }
      if (p.endsWith("/")) {
        p = p + "**";
      }
      if (p.isEmpty()) {
        continue;
      }
      if (!anchored && !p.contains("/")) {
        byName.add(matcher(p));
      } else {
        byPath.add(matcher(p));
        if (p.startsWith("**/")) {
          byPath.add(matcher(p.substring(3)));
        }
      }
    }
  }

  private static PathMatcher matcher(String glob) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad ignore glob '" + glob + "': " + e.getMessage().lines().findFirst().orElse(""));
    }
  }

  public List<String> patterns() {
    return patterns;
  }

  /** Whether a draft (relative to the working directory, or absolute) is to be skipped. */
  public boolean ignores(Path file) {
    if (byName.isEmpty() && byPath.isEmpty()) {
      return false;
    }
    Path abs = file.toAbsolutePath().normalize();
    Path rel = abs.startsWith(base) ? base.relativize(abs) : abs;
    for (PathMatcher m : byPath) {
      if (m.matches(rel)) {
        return true;
      }
    }
    for (Path part : rel) {
      for (PathMatcher m : byName) {
        if (m.matches(part)) {
          return true;
        }
      }
    }
    return false;
  }
}
