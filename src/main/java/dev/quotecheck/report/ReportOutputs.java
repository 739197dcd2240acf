package dev.quotecheck.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks and writes a run's reports: one per {@link OutputTarget}, files written atomically, and
 * never over an input or inside a corpus.
 */
public final class ReportOutputs {

  private ReportOutputs() {}

  /**
   * Refuses targets that would overwrite an input, land inside a corpus, go to a directory that
   * does not exist, or be written twice.
   *
   * @param inputs the draft files and directories of the run
   * @param corpora the corpus files and directories (and index directories) of the run
   * @throws OutputException naming the target and the reason, in one line
   */
  public static void check(List<OutputTarget> targets, Collection<Path> inputs, Collection<Path> corpora)
      throws OutputException {
    Map<Path, OutputTarget> seen = new HashMap<>();
    for (OutputTarget t : targets) {
      if (t.toStdout()) {
        continue;
      }
      Path where = canonical(t.path());
      String what = "cannot write the " + t.format() + " report to " + t.path() + ": ";
      OutputTarget before = seen.putIfAbsent(where, t);
      if (before != null) {
        throw new OutputException(what + "the " + before.format() + " report goes there too");
      }
      if (Files.isDirectory(t.path())) {
        throw new OutputException(what + "it is a directory");
      }
      Path parent = where.getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        throw new OutputException(what + "directory " + (parent == null ? "/" : parent) + " does not exist");
      }
      for (Path input : inputs) {
        if ("-".equals(input.toString())) {
          continue;
        }
        Path in = canonical(input);
        if (where.equals(in)) {
          throw new OutputException(what + "that file is an input of this run");
        }
      }
      for (Path corpus : corpora) {
        Path c = canonical(corpus);
        if (where.equals(c) || where.startsWith(c) && Files.isDirectory(c)) {
          throw new OutputException(what + "it is inside the corpus " + corpus);
        }
      }
    }
  }

  /**
   * Writes every target: files atomically, stdout through {@code stdout} (flushed, not closed).
   *
   * @param writers the writer for a format name (the CLI's own and {@link ReportWriters})
   * @throws OutputException when a format is unknown or a file cannot be written
   */
  public static void write(Report report, List<OutputTarget> targets, Function<String, ReportWriter> writers,
      Writer stdout) throws OutputException {
    for (OutputTarget t : targets) {
      ReportWriter writer = writers.apply(t.format());
      if (writer == null) {
        throw new OutputException("unknown format '" + t.format() + "'");
      }
      try {
        if (t.toStdout()) {
          writer.write(report, stdout);
          stdout.flush();
        } else {
          AtomicOutput.write(t.path(), out -> writer.write(report, out));
        }
      } catch (IOException e) {
        throw new OutputException("cannot write the " + t.format() + " report to "
            + (t.toStdout() ? "stdout" : t.path().toString()) + ": " + reason(e), e);
      }
    }
  }

  /** The path with symbolic links resolved as far as the path exists. */
  static Path canonical(Path p) {
    Path abs = p.toAbsolutePath().normalize();
    Path existing = abs;
    Path rest = abs.getFileSystem().getPath("");
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      rest = existing.getFileName().resolve(rest);
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(rest).normalize();
    } catch (IOException e) {
      return abs;
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName().replace("Exception", "") + (m == null ? "" : " " + m);
  }
}
