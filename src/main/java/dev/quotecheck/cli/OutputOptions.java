package dev.quotecheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --output}, shared by the commands that write reports. */
final class OutputOptions {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      split = ",",
      description = "Report format(s): ${COMPLETION-CANDIDATES}. Several formats: give one --output each, in the same order (one may go to stdout).",
      completionCandidates = Formats.Names.class)
  List<String> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of stdout; repeat for several formats.")
  List<Path> outputs = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "Text format: print only the summary and problems.")
  boolean quiet;

  List<String> formatsOrDefault() {
    return formats.isEmpty() ? List.of("text") : formats;
  }
}
