package dev.quotecheck.cli;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.attribute.CueSpeakerResolver;
import dev.quotecheck.attribute.SpeakerAliases;
import dev.quotecheck.attribute.SpeakerNames;
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
    return QuoteChecker.builder().resolver(new CueSpeakerResolver(aliases(config))).build();
  }

  /** A checker that verifies against the corpus the references make up (indexed on the fly if plain). */
  static QuoteChecker verifying(QuotecheckConfig config, List<Path> refs, Io io) throws InputException {
    SpeakerAliases aliases = aliases(config);
    PassageIndex index;
    try (CorpusProgress progress = new CorpusProgress(io, false)) {
      index = Corpora.open(refs.stream().map(r -> Paths.shown(io, r)).toList(), progress);
    }
    SpeakerNames names = SpeakerNames.standard();
    return QuoteChecker.builder()
        .resolver(new CueSpeakerResolver(aliases))
        .verifier(CorpusVerifier.builder(index).aliases(s -> aliases.canonical(s, names)).build())
        .build();
  }

  private static SpeakerAliases aliases(QuotecheckConfig config) throws InputException {
    return config.aliases() == null ? SpeakerAliases.none() : SpeakerAliases.load(config.aliases());
  }
}
