package dev.quotecheck.cli;

import dev.quotecheck.config.IgnoreGlobs;
import dev.quotecheck.text.Format;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Decides which drafts a run reads: the INPUT arguments, names read with {@code --files-from},
 * or the drafts git reports changed since {@code --changed-since REV}; minus the ignore globs.
 */
final class DraftSelection {

  private DraftSelection() {}

  static InputCollector.Collected select(InputOptions options, Io io, IgnoreGlobs ignore) {
    List<String> args = new ArrayList<>(options.inputs);
    if (options.filesFrom != null) {
      args.addAll(readNames(options.filesFrom, io));
    }
    if (options.changedSince != null) {
      args = changedDrafts(options.changedSince, args, io.workingDir());
      if (args.isEmpty()) {
        return new InputCollector.Collected(List.of(), List.of());
      }
    } else if (args.isEmpty()) {
      throw new UsageException("no INPUT given (name drafts, directories or -, or use --files-from / --changed-since)");
    }
    InputCollector.Collected all = InputCollector.collect(args, io.workingDir());
    List<InputCollector.Input> kept = new ArrayList<>();
    for (InputCollector.Input in : all.inputs()) {
      if (in.isStdin() || !ignore.ignores(in.file())) {
        kept.add(in);
      }
    }
    return new InputCollector.Collected(kept, all.errors());
  }

  private static List<String> readNames(String from, Io io) {
    List<String> names = new ArrayList<>();
    try (BufferedReader r =
        from.equals("-")
            ? new BufferedReader(new InputStreamReader(io.in(), StandardCharsets.UTF_8))
            : Files.newBufferedReader(io.workingDir().resolve(from), StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          names.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UsageException("--files-from " + from + ": cannot read (" + e.getMessage() + ")");
    }
    return names;
  }

  /** Draft files changed since {@code rev} (committed, staged, unstaged or untracked), under {@code roots} if any. */
  private static List<String> changedDrafts(String rev, List<String> roots, Path workingDir) {
    String top = git(workingDir, "rev-parse", "--show-toplevel").strip();
    Path repo = Path.of(top);
    Set<String> names = new LinkedHashSet<>();
    names.addAll(git(workingDir, "diff", "--name-only", "--diff-filter=ACMRT", rev, "--").lines().toList());
    names.addAll(git(workingDir, "ls-files", "--others", "--exclude-standard", "--full-name").lines().toList());
    List<Path> under = roots.stream().map(r -> workingDir.resolve(r).toAbsolutePath().normalize()).toList();
    List<String> out = new ArrayList<>();
    for (String name : names) {
      if (name.isBlank() || Format.ofFileName(name).isEmpty()) {
        continue;
      }
      Path file = repo.resolve(name).normalize();
      if (!Files.isRegularFile(file)) {
        continue;
      }
      if (under.isEmpty() || under.stream().anyMatch(file::startsWith)) {
        Path rel = workingDir.toAbsolutePath().normalize().relativize(file);
        out.add(rel.toString());
      }
    }
    return out;
  }

  private static String git(Path dir, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(false).start();
      p.getOutputStream().close();
      byte[] out = p.getInputStream().readAllBytes();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        String first = err.lines().findFirst().orElse("exit " + p.exitValue());
        throw new UsageException("--changed-since: git " + String.join(" ", args) + " failed: " + first);
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("--changed-since needs git on the PATH (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UsageException("--changed-since: interrupted");
    }
  }
}
