package dev.quotecheck.cli;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.index.Corpora;
import dev.quotecheck.index.PassageIndex;
import dev.quotecheck.match.CorpusVerifier;
import dev.quotecheck.text.InputException;
import java.nio.file.Path;
import java.util.List;

/** Builds the library's checker from the settings of a run. */
final class Checkers {

  private Checkers() {}

  static QuoteChecker extracting(QuotecheckConfig config) throws InputException {
    return QuoteChecker.builder().build();
  }

  /** A checker that verifies against the corpus the references make up (indexed on the fly if plain). */
  static QuoteChecker verifying(QuotecheckConfig config, List<Path> refs, Io io) throws InputException {
    PassageIndex index;
    try (CorpusProgress progress = new CorpusProgress(io, false)) {
      index = Corpora.open(refs.stream().map(r -> Paths.shown(io, r)).toList(), progress);
    }
    return QuoteChecker.builder().verifier(CorpusVerifier.builder(index).build()).build();
  }
}
