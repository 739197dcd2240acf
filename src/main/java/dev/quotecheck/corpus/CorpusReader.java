package dev.quotecheck.corpus;

/**
 * Reads one kind of reference file into speaker turns. Implementations never throw for bad
 * content: what they cannot read goes into {@link Reading#problems()} and the rest is kept.
 */
public interface CorpusReader {

  /**
   * @param path the file as the user named it (goes into every passage)
   * @param original the decoded file; passage offsets are UTF-16 offsets into it
   */
  Reading read(String path, String original);
}
