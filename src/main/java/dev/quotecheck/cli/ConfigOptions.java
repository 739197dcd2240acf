package dev.quotecheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where settings come from: {@code .quotecheck.yml} found walking up, or {@code --config}. */
final class ConfigOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default: .quotecheck.yml in this or a parent directory).")
  Path config;

  @Option(names = "--print-config", description = "Print the settings in effect (file and command line merged) as YAML and exit.")
  boolean printConfig;

  @Option(names = "--speakers", paramLabel = "FILE", description = "Speaker alias file (YAML: canonical name -> variants).")
  Path speakers;
}
