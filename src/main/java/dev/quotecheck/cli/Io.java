package dev.quotecheck.cli;

import dev.quotecheck.report.Progress;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The outside world a command sees: its streams, environment, working directory and whether
 * stdout and stderr are terminals. Tests build their own; only {@link Main#main} uses the real
 * process's.
 */
record Io(
    PrintStream out,
    PrintStream err,
    InputStream in,
    Map<String, String> env,
    Path workingDir,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal) {

  /** Colour on stdout: a terminal, and NO_COLOR unset (https://no-color.org). */
  boolean colorOut() {
    return stdoutIsTerminal && !env.containsKey("NO_COLOR");
  }

  /** A progress bar for {@code task} on stderr when a person watches it (a terminal, not CI), else none. */
  Progress progress(String task) {
    return Progress.forStderr(task, stderrIsTerminal, env);
  }
}
