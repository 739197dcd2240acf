package dev.quotecheck.corpus;

import java.util.Objects;

/**
 * A stretch of reference material with the speaker who said it: a transcript turn, a subtitle
 * cue, a post, a speech, an attributed quotation in an article, or unattributed article text.
 *
 * @param path the corpus file, as the user named it (relative to the corpus root where possible)
 * @param speaker who said the words, or null when the source does not say
 * @param text the words as they stand in the source
 * @param start UTF-16 offset of the passage in the decoded file
 * @param end end offset, exclusive
 * @param line 1-based line of {@code start}
 * @param date the date the source gives, or null
 * @param source the outlet or event the source names, or null
 * @param url the source's URL, or null
 */
public record Passage(
    String path, String speaker, String text, int start, int end, int line, String date, String source, String url) {

  public Passage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start || line < 1) {
      throw new IllegalArgumentException("bad passage position " + start + ".." + end + " line " + line);
    }
  }
}
