package dev.quotecheck.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format}, {@code --output} and {@code --quiet}, shared by the commands that write reports. */
final class OutputOptions {

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT[=FILE]",
      split = ",",
      description = "Report format(s): text (default), json, markdown, html, sarif, github, junit. "
          + "FORMAT=FILE writes that format to FILE; several formats take one --output each, in order (one may go to stdout).")
  List<String> formats = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of stdout; repeat for several formats.")
  List<Path> outputs = new ArrayList<>();

  @Option(names = {"-q", "--quiet"}, description = "Text format: only flagged quotations and the summary.")
  boolean quiet;
}
