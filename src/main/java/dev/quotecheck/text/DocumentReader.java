package dev.quotecheck.text;

/** Turns a decoded file into a {@link Document}: one implementation per format. */
public interface DocumentReader {

  Document read(String path, String original);

  static DocumentReader forFormat(Format format) {
    return switch (format) {
      case TEXT -> Document::plain;
      case MARKDOWN -> new MarkdownReader();
      case HTML -> new HtmlReader();
    };
  }
}
