package dev.quotecheck.cli;

import dev.quotecheck.config.ConfigLoader;
import dev.quotecheck.config.ConfigPrinter;
import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.report.FailOn;
import dev.quotecheck.text.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The settings a command runs with: {@code .quotecheck.yml} (found walking up, or
 * {@code --config}) overridden by what the command line sets. Paths from the command line are
 * resolved against the working directory.
 */
final class Settings {

  private Settings() {}

  /** What the command line can set; null or empty means "not set here". */
  record CommandLine(List<Path> corpus, Path index, Path accepted, FailOn failOn) {
    static final CommandLine NONE = new CommandLine(List.of(), null, null, null);
  }

  /** The merged settings, or empty when {@code --print-config} asked for them to be printed instead. */
  static Optional<QuotecheckConfig> resolve(Io io, ConfigOptions options, CommandLine cli) throws InputException {
    Path explicit = options.config == null ? null : io.workingDir().resolve(options.config);
    QuotecheckConfig fromCli =
        new QuotecheckConfig(
            null,
            Paths.resolve(io, cli.corpus()),
            Paths.resolve(io, cli.index()),
            Paths.resolve(io, options.speakers),
            Paths.resolve(io, cli.accepted()),
            cli.failOn(),
            List.of(),
            List.of());
    QuotecheckConfig merged = ConfigLoader.resolve(explicit, io.workingDir()).overriddenBy(fromCli);
    if (options.printConfig) {
      io.out().print(ConfigPrinter.toYaml(merged, io.workingDir()));
      io.out().flush();
      return Optional.empty();
    }
    return Optional.of(merged);
  }
}
