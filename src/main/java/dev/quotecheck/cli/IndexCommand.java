package dev.quotecheck.cli;

import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.index.IndexBuilder;
import dev.quotecheck.index.IndexStats;
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
    name = "index",
    description = {
      "Build or update an on-disk index of a reference corpus. Run again to update it: new and changed"
          + " files are added, deleted ones removed, unchanged ones not re-read.",
      "A build that is interrupted leaves the previous index usable."
    },
    mixinStandardHelpOptions = true)
final class IndexCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = {"-c", "--corpus"}, paramLabel = "REF", description = "Reference files or directories. Repeatable.")
  List<Path> corpus = new ArrayList<>();

  @Option(names = {"-i", "--index"}, paramLabel = "DIR", description = "The index directory (created if absent).")
  Path index;

  @Mixin ConfigOptions configOptions;

  IndexCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InputException {
    Optional<QuotecheckConfig> settings =
        Settings.resolve(io, configOptions, new Settings.CommandLine(corpus, index, null, null));
    if (settings.isEmpty()) {
      return Main.OK;
    }
    QuotecheckConfig config = settings.get();
    if (config.corpus().isEmpty()) {
      throw new UsageException("index needs a corpus: --corpus REF (or 'corpus:' in .quotecheck.yml)");
    }
    if (config.index() == null) {
      throw new UsageException("index needs a directory: --index DIR (or 'index:' in .quotecheck.yml)");
    }
    try (CorpusProgress progress = new CorpusProgress(io, true)) {
      IndexStats stats = IndexBuilder.update(config.corpus(), config.index(), progress);
      return stats == null ? Main.ERROR : Main.OK;
    }
  }
}
