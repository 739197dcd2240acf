package dev.quotecheck.cli;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.report.OutputException;
import dev.quotecheck.text.InputException;
import java.util.List;
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
    CheckRun run = new CheckRun(io, input, output, configOptions);
    QuotecheckConfig config =
        run.config(
            new QuotecheckConfig(
                null, List.of(), null, Paths.resolve(io, configOptions.speakers), null, null, List.of(), List.of()));
    if (run.printedConfig(config)) {
      return Main.OK;
    }
    return run.run(config, c -> Checkers.extracting(c), false);
  }
}
