package dev.quotecheck.index;

import dev.quotecheck.corpus.Passage;
import java.util.List;

/**
 * Finds candidate source passages for a quotation without scanning the corpus. Implementations
 * must answer in time that grows sublinearly with the corpus.
 */
public interface PassageIndex extends AutoCloseable {

  /**
   * Passages most likely to hold the quotation's words, best first.
   *
   * @param text the quotation text as written in the draft
   * @param speakerName when non-null, only passages whose speaker shares a name word with it
   *     (for example the surname); null for every speaker
   * @param limit at most this many
   */
  List<Passage> candidates(String text, String speakerName, int limit);

  /** Number of passages indexed. */
  long size();

  @Override
  void close();
}
