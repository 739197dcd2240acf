package dev.quotecheck.cli;

import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.report.FailOn;
import dev.quotecheck.report.OutputException;
import dev.quotecheck.text.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "verify",
    description = {
      "Check every quotation in the drafts against a reference corpus: verified, altered (minor,"
          + " major, critical), misattributed or unverified.",
      "Exit 0: nothing at or above --fail-on; 1: something is; 2: usage or input error."
    },
    mixinStandardHelpOptions = true)
final class VerifyCommand implements Callable<Integer> {
  private final Io io;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  @Mixin ConfigOptions configOptions;

  @Option(
      names = {"-c", "--corpus"},
      paramLabel = "REF",
      description = "Reference files or directories (transcripts, subtitles, JSON Lines, speeches, articles), or an index directory made by 'quotecheck index'. Repeatable.")
  List<Path> corpus = new ArrayList<>();

  @Option(
      names = "--fail-on",
      paramLabel = "WHAT",
      description = "What makes the exit code 1: none, minor, major (default), critical, altered:SEVERITY, misattributed, unverified; comma-separated.")
  String failOn;

  @Option(names = "--accepted", paramLabel = "FILE", description = "Sign-off file (default: .quotecheck-accepted.yml beside the config file).")
  Path accepted;

  VerifyCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InputException, OutputException {
    Optional<QuotecheckConfig> settings =
        Settings.resolve(io, configOptions, new Settings.CommandLine(corpus, null, accepted, parseFailOn()));
    if (settings.isEmpty()) {
      return Main.OK;
    }
    QuotecheckConfig config = settings.get();
    List<Path> refs = new ArrayList<>(config.corpus());
    if (config.index() != null && refs.isEmpty()) {
      refs.add(config.index());
    }
    if (refs.isEmpty()) {
      throw new UsageException("verify needs a corpus: --corpus REF (or 'corpus:' in .quotecheck.yml)");
    }
    return new CheckRun(io, input, output).run(config, c -> Checkers.verifying(c, refs, io), true);
  }

  private FailOn parseFailOn() {
    if (failOn == null) {
      return null;
    }
    try {
      return FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--fail-on " + failOn + ": " + e.getMessage());
    }
  }
}
