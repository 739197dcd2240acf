package dev.quotecheck.cli;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.report.Report;
import dev.quotecheck.text.Format;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "extract",
    description = "List every quotation in the drafts with its speaker and exact position.",
    mixinStandardHelpOptions = true)
final class ExtractCommand implements Callable<Integer> {
  private final Io io;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Draft files (.txt .md .markdown .html .htm), directories (read recursively), or - for stdin.")
  List<String> inputs;

  @Mixin OutputOptions output;

  @Option(names = "--stdin-format", paramLabel = "FORMAT", description = "How to read stdin: ${COMPLETION-CANDIDATES} (default: TEXT).")
  Format stdinFormat = Format.TEXT;

  ExtractCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    InputCollector.Collected collected = InputCollector.collect(inputs, io.workingDir());
    ReportOutput out =
        new ReportOutput(
            output, io, collected.inputs().stream().map(InputCollector.Input::file).filter(Objects::nonNull).map(Path::toAbsolutePath).toList());
    QuoteChecker checker = QuoteChecker.builder().build();
    Report report = DraftReader.check(collected.inputs(), collected.errors(), checker, io, stdinFormat);
    out.write(report);
    return report.errors().isEmpty() ? 0 : 2;
  }
}
