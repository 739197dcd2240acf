package dev.quotecheck.corpus;

import java.util.List;

/**
 * One speaker's uninterrupted stretch: a transcript turn, a run of subtitle cues, one post, one
 * speech, or one article paragraph. Its passages are in file order and share the speaker. Turn
 * boundaries matter to verification: words joined across turns without an ellipsis are a splice.
 */
public record Turn(String speaker, List<Passage> passages) {
  public Turn {
    passages = List.copyOf(passages);
    if (passages.isEmpty()) {
      throw new IllegalArgumentException("a turn has at least one passage");
    }
  }
}
