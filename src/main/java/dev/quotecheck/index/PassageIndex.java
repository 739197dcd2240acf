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

  /**
   * Passages likely to hold every word of the text: a cheap first look for a verbatim quotation,
   * whose source holds all of its words. It may return passages that do not (they are aligned like
   * any candidate) and, for an altered quotation, usually returns none. The default asks
   * {@link #candidates}.
   */
  default List<Passage> holdingAllWords(String text, String speakerName, int limit) {
    return candidates(text, speakerName, limit);
  }

  /**
   * The passages of the same speaker turn as {@code passage} (same file, one speaker's
   * uninterrupted stretch), in file order, the passage itself included; at most {@code limit},
   * centred on it. Words joined from two passages of one turn may still be a splice unless the
   * passages are adjacent. The default knows no turns and returns the passage alone.
   */
  default List<Passage> turn(Passage passage, int limit) {
    return List.of(passage);
  }

  /** Number of passages indexed. */
  long size();

  @Override
  void close();
}
