package dev.quotecheck.cli;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.report.Accepted;
import dev.quotecheck.report.FailOn;
import dev.quotecheck.report.OutputException;
import dev.quotecheck.report.OutputTarget;
import dev.quotecheck.report.Progress;
import dev.quotecheck.report.Report;
import dev.quotecheck.report.ReportFilter;
import dev.quotecheck.report.ReportOutputs;
import dev.quotecheck.report.ReportWriters;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.InputException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The steps {@code extract} and {@code verify} share: settings, draft selection, output checks,
 * reading and checking each draft, suppressions and sign-offs, reports and the exit code.
 */
final class CheckRun {

  /** Builds the checker once the settings are known (verify adds its corpus here). */
  interface CheckerFactory {
    QuoteChecker create(QuotecheckConfig config) throws InputException;
  }

  private final Io io;
  private final InputOptions input;
  private final OutputOptions output;

  CheckRun(Io io, InputOptions input, OutputOptions output) {
    this.io = io;
    this.input = input;
    this.output = output;
  }

  int run(QuotecheckConfig config, CheckerFactory factory, boolean verify)
      throws InputException, OutputException {
    InputCollector.Collected selected = DraftSelection.select(input, io, config.ignoreGlobs(io.workingDir()));
    List<OutputTarget> targets = targets(config);
    List<Path> inputFiles = selected.inputs().stream().map(InputCollector.Input::file).filter(Objects::nonNull).toList();
    ReportOutputs.check(targets, inputFiles, config.corpus());
    FailOn failOn = config.failOnOrDefault();
    QuoteChecker checker = factory.create(config);

    Report report = check(selected, checker);
    int code = report.errors().isEmpty() ? Main.OK : Main.ERROR;
    if (verify) {
      ReportFilter.Result filtered = ReportFilter.apply(report, Accepted.load(config.acceptedOrDefault(io.workingDir())));
      filtered.warnings().forEach(w -> io.err().println("quotecheck: warning: " + w));
      report = filtered.report();
      if (code == Main.OK && failOn.failsAny(report)) {
        code = Main.FOUND;
      }
    }
    PrintWriter stdout = new PrintWriter(new OutputStreamWriter(io.out(), StandardCharsets.UTF_8), false);
    ReportOutputs.write(
        report,
        targets,
        f -> ReportWriters.create(f, failOn, io.colorOut(), output.quiet).orElse(null),
        stdout);
    stdout.flush();
    return code;
  }

  private List<OutputTarget> targets(QuotecheckConfig config) throws OutputException {
    List<OutputTarget> targets = pairedTargets(config);
    for (OutputTarget t : targets) {
      if (ReportWriters.create(t.format(), FailOn.DEFAULT, false).isEmpty()) {
        throw new UsageException("unknown format '" + t.format() + "' (known: " + String.join(", ", ReportWriters.ALL_FORMATS) + ")");
      }
    }
    return targets;
  }

  private List<OutputTarget> pairedTargets(QuotecheckConfig config) throws OutputException {
    List<Path> outputs = output.outputs.stream().map(p -> io.workingDir().resolve(p).normalize()).toList();
    if (output.formats.isEmpty() && outputs.isEmpty() && !config.formats().isEmpty()) {
      return config.formats();
    }
    List<OutputTarget> targets = new ArrayList<>();
    for (OutputTarget t : OutputTarget.pair(output.formats, outputs, "text")) {
      targets.add(t.toStdout() ? t : new OutputTarget(t.format(), io.workingDir().resolve(t.path()).normalize()));
    }
    return targets;
  }

  /** Reads and checks each draft; an unreadable one is one line on stderr and an error in the report. */
  private Report check(InputCollector.Collected selected, QuoteChecker checker) {
    List<String> errors = new ArrayList<>(selected.errors());
    selected.errors().forEach(e -> io.err().println("quotecheck: " + e));
    List<DocumentResult> results = new ArrayList<>();
    try (Progress progress = selected.inputs().size() > 1
        ? io.progress(checker.verifies() ? "Verifying" : "Extracting")
        : Progress.NONE) {
      progress.start(selected.inputs().size());
      for (InputCollector.Input in : selected.inputs()) {
        try {
          Document doc =
              in.isStdin()
                  ? Documents.read(in.name(), io.in(), input.stdinFormat, input.maxInputBytes)
                  : Documents.load(in.file(), in.name(), input.maxInputBytes);
          results.add(checker.check(doc));
        } catch (InputException e) {
          io.err().println("quotecheck: " + e.getMessage());
          errors.add(e.getMessage());
        }
        progress.step();
      }
    }
    return new Report(checker.verifies(), results, errors);
  }
}
