package dev.quotecheck.report;

import java.util.Map;

/**
 * Progress of a long run (indexing a corpus, verifying many drafts), shown on stderr only when a
 * person is watching: never in CI, never when output is redirected, never in a report.
 */
public interface Progress extends AutoCloseable {

  /** Shows nothing. */
  Progress NONE = new Progress() {
    @Override
    public void start(long total) {}

    @Override
    public void step() {}

    @Override
    public void stepTo(long done) {}

    @Override
    public void close() {}
  };

  /** Begins counting towards {@code total} items (negative when unknown). */
  void start(long total);

  /** One more item done; safe to call from several threads. */
  void step();

  /** {@code done} items done in all (for work counted in bytes rather than items). */
  void stepTo(long done);

  /** Finishes the display; further steps are ignored. */
  @Override
  void close();

  /** A progress bar on stderr for {@code task} when stderr is a terminal and this is not CI. */
  static Progress forStderr(String task) {
    return forStderr(task, System.console() != null, System.getenv());
  }

  static Progress forStderr(String task, boolean terminal, Map<String, String> env) {
    if (!terminal || isCi(env) || "dumb".equals(env.get("TERM"))) {
      return NONE;
    }
    return new TerminalProgress(task, System.err, !env.containsKey("NO_COLOR"));
  }

  /** CI services set {@code CI} (GitHub, GitLab, Travis, CircleCI, ...). */
  static boolean isCi(Map<String, String> env) {
    String ci = env.get("CI");
    return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci) && !"0".equals(ci);
  }
}
