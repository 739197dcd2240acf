package dev.quotecheck.cli;

import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.report.OutputException;
import dev.quotecheck.text.InputException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "extract",
    description = "List every quotation in the drafts with its speaker and exact position.",
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {
  private final Io io;

  @Mixin InputOptions input;

  @Mixin OutputOptions output;

  @Mixin ConfigOptions configOptions;

  ExtractCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InputException, OutputException {
    Optional<QuotecheckConfig> config = Settings.resolve(io, configOptions, Settings.CommandLine.NONE);
    if (config.isEmpty()) {
      return Main.OK;
    }
    return new CheckRun(io, input, output).run(config.get(), Checkers::extracting, false);
  }
}
