package dev.quotecheck.config;

import dev.quotecheck.report.FailOn;
import dev.quotecheck.report.OutputTarget;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings from {@code .quotecheck.yml}, the command line, or both merged. Paths are absolute
 * (resolved against the config file's directory, or by the CLI against the working directory);
 * null and empty mean "not set".
 *
 * @param file the config file these settings came from, or null
 * @param corpus reference corpus files or directories (or index directories)
 * @param index the on-disk index directory
 * @param aliases the speaker alias file
 * @param accepted the sign-off file (default {@value #ACCEPTED_FILE} beside the config file)
 * @param failOn the threshold, or null for the default
 * @param formats reports to write ({@code FORMAT} or {@code FORMAT=FILE})
 * @param ignore globs of drafts to skip, relative to {@link #baseDir}
 */
public record QuotecheckConfig(
    Path file,
    List<Path> corpus,
    Path index,
    Path aliases,
    Path accepted,
    FailOn failOn,
    List<OutputTarget> formats,
    List<String> ignore) {

  public static final String ACCEPTED_FILE = ".quotecheck-accepted.yml";

  /** Nothing set. */
  public static final QuotecheckConfig EMPTY = new QuotecheckConfig(null, List.of(), null, null, null, null, List.of(), List.of());

  public QuotecheckConfig {
    corpus = corpus == null ? List.of() : List.copyOf(corpus);
    formats = formats == null ? List.of() : List.copyOf(formats);
    ignore = ignore == null ? List.of() : List.copyOf(ignore);
  }

  /** These settings with every setting that {@code cli} sets taken from it instead. */
  public QuotecheckConfig overriddenBy(QuotecheckConfig cli) {
    return new QuotecheckConfig(
        cli.file != null ? cli.file : file,
        cli.corpus.isEmpty() ? corpus : cli.corpus,
        cli.index != null ? cli.index : index,
        cli.aliases != null ? cli.aliases : aliases,
        cli.accepted != null ? cli.accepted : accepted,
        cli.failOn != null ? cli.failOn : failOn,
        cli.formats.isEmpty() ? formats : cli.formats,
        cli.ignore.isEmpty() ? ignore : cli.ignore);
  }

  public FailOn failOnOrDefault() {
    return failOn == null ? FailOn.DEFAULT : failOn;
  }

  /** Where relative things (ignore globs, the default accepted file) hang: the config file's directory. */
  public Path baseDir(Path workingDir) {
    return file == null ? workingDir.toAbsolutePath().normalize() : file.toAbsolutePath().getParent();
  }

  public Path acceptedOrDefault(Path workingDir) {
    return accepted != null ? accepted : baseDir(workingDir).resolve(ACCEPTED_FILE);
  }

  public IgnoreGlobs ignoreGlobs(Path workingDir) {
    return new IgnoreGlobs(baseDir(workingDir), ignore);
  }
}
