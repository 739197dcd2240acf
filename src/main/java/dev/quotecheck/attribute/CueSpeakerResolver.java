package dev.quotecheck.attribute;

import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Document;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default speaker resolver: speech cues and the constructions around them, pronouns and
 * continuations resolved back to the most recent compatible speaker, names completed from the
 * document's own fuller mentions and, optionally, from an alias file. Immutable and thread-safe:
 * every document gets its own working state.
 */
public final class CueSpeakerResolver implements SpeakerResolver {
  private final SpeakerAliases aliases;
  private final SpeakerNames names;
  private final SpeechCues cues;
  /** OpenNLP taggers are not thread-safe: one per thread, created on first need. */
  private final ThreadLocal<PosTagger> taggers = ThreadLocal.withInitial(PosTagger::new);

  public CueSpeakerResolver() {
    this(SpeakerAliases.none());
  }

  public CueSpeakerResolver(SpeakerAliases aliases) {
    this(aliases, SpeakerNames.standard());
  }

  public CueSpeakerResolver(SpeakerAliases aliases, SpeakerNames names) {
    this.aliases = Objects.requireNonNull(aliases, "aliases");
    this.names = Objects.requireNonNull(names, "names");
    this.cues = SpeechCues.standard();
  }

  public SpeakerAliases aliases() {
    return aliases;
  }

  @Override
  public Map<Quotation, Attribution> resolve(Document document, Extraction extraction) {
    Map<Quotation, Attribution> out = new IdentityHashMap<>();
    if (!extraction.quotes().isEmpty()) {
      new DocumentAttribution(document.text(), extraction, cues, names, aliases, taggers::get).run(out);
    }
    return out;
  }
}
