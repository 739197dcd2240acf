package dev.quotecheck.cli;

import dev.quotecheck.eval.ExtractBenchmark;
import dev.quotecheck.eval.PolnearEval;
import dev.quotecheck.text.InputException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Measurement commands: accuracy on annotated corpora and speed. Not part of the contract. */
final class EvalCommand {

  private EvalCommand() {}

  @Command(
      name = "eval",
      description = "Measure accuracy on an annotated corpus.",
      mixinStandardHelpOptions = true,
      subcommands = {Polnear.class})
  static final class Eval implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing corpus (polnear)");
    }
  }

  @Command(
      name = "polnear",
      description = "Score extraction (quotation F1) and attribution (source accuracy) on a PolNeAR split, e.g. ../shared/corpora/polnear/dev.",
      mixinStandardHelpOptions = true)
  static final class Polnear implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "A PolNeAR split folder with text/ and attributions/.")
    Path dir;

    @Option(names = "--misses", description = "List every missed, spurious and misattributed quotation.")
    boolean misses;

    private final Io io;

    Polnear(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() throws InputException {
      return new PolnearEval().run(io.workingDir().resolve(dir), io.out(), misses);
    }
  }

  @Command(
      name = "bench",
      description = "Measure speed (see docs/benchmarks.md).",
      mixinStandardHelpOptions = true,
      subcommands = {Extract.class})
  static final class Bench implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing benchmark (extract)");
    }
  }

  @Command(
      name = "extract",
      description = "Extraction throughput, one thread, warm, over the .txt files of DIR (e.g. ../shared/corpora/polnear/train/text).",
      mixinStandardHelpOptions = true)
  static final class Extract implements Callable<Integer> {
    @Parameters(paramLabel = "DIR")
    Path dir;

    private final Io io;

    Extract(Io io) {
      this.io = io;
    }

    @Override
    public Integer call() throws InputException {
      return new ExtractBenchmark().run(io.workingDir().resolve(dir), io.out());
    }
  }
}
