package dev.quotecheck.cli;

import java.nio.file.Path;
import java.util.List;

/** Command-line paths resolved against the run's working directory. */
final class Paths {

  private Paths() {}

  static Path resolve(Io io, Path p) {
    return p == null ? null : io.workingDir().resolve(p).normalize();
  }

  static List<Path> resolve(Io io, List<Path> ps) {
    return ps.stream().map(p -> resolve(io, p)).toList();
  }

  /**
   * The path as reports should show it: relative to the working directory when it lies below it
   * and the process really runs there (so the relative name still opens the file), else absolute.
   */
  static Path shown(Io io, Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path cwd = io.workingDir().toAbsolutePath().normalize();
    boolean processCwd = cwd.equals(Path.of("").toAbsolutePath().normalize());
    return processCwd && abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs) : abs;
  }
}
