package dev.quotecheck.corpus;

import dev.quotecheck.text.Document;
import dev.quotecheck.text.DocumentReader;
import dev.quotecheck.text.Format;
import java.util.List;

/**
 * Plain text or Markdown with a front-matter header naming the speaker: the whole body is that
 * speaker's words (a speech, a statement), one turn, one passage per paragraph.
 */
public final class SpeechReader implements CorpusReader {
  private final Format format;

  public SpeechReader(Format format) {
    this.format = format;
  }

  @Override
  public Reading read(String path, String original) {
    FrontMatter header = FrontMatter.of(original).orElse(null);
    if (header == null || header.speaker() == null) {
      return Reading.failed(new CorpusProblem(path, 1, "no front-matter header with a speaker"));
    }
    Document doc = body(path, original, format, header);
    List<Passage> passages = new PassageMaker(path, original, header.meta())
        .paragraphs(header.speaker(), doc.text(), 0, doc.text().length(), doc::toOriginal);
    return new Reading(passages.isEmpty() ? List.of() : List.of(new Turn(header.speaker(), passages)), List.of());
  }

  /** The reading text of a file with its header (if any) blanked. */
  static Document body(String path, String original, Format format, FrontMatter header) {
    if (format == Format.TEXT) {
      return Document.plain(path, header == null ? original : header.blank(original));
    }
    // Markdown blanks its own front matter; HTML has none.
    return DocumentReader.forFormat(format).read(path, original);
  }
}
