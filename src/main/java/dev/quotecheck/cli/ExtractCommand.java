package dev.quotecheck.cli;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.report.Report;
import java.nio.file.Path;
import java.util.Objects;
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

  ExtractCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    InputCollector.Collected collected = InputCollector.collect(input.inputs, io.workingDir());
    ReportOutput out =
        new ReportOutput(
            output, io, collected.inputs().stream().map(InputCollector.Input::file).filter(Objects::nonNull).map(Path::toAbsolutePath).toList());
    QuoteChecker checker = QuoteChecker.builder().build();
    Report report = DraftReader.check(collected, checker, io, input);
    out.write(report);
    return report.errors().isEmpty() ? 0 : 2;
  }
}
