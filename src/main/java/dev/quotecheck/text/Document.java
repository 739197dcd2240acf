package dev.quotecheck.text;

import java.util.Objects;

/**
 * A draft or reference file as quotecheck reads it: the decoded original, and the reading text
 * that extraction works on (markup removed). Every span that leaves the library is converted back
 * to original offsets through {@link #toOriginal(Span)}.
 */
public final class Document {
  private final String path;
  private final Format format;
  private final String original;
  private final String text;
  private final OffsetMap offsets;
  private LineMap lineMap;

  public Document(String path, Format format, String original, String text, OffsetMap offsets) {
    this.path = Objects.requireNonNull(path, "path");
    this.format = Objects.requireNonNull(format, "format");
    this.original = Objects.requireNonNull(original, "original");
    this.text = Objects.requireNonNull(text, "text");
    this.offsets = Objects.requireNonNull(offsets, "offsets");
  }

  /** A plain-text document whose reading text is the original. */
  public static Document plain(String path, String original) {
    return new Document(path, Format.TEXT, original, original, OffsetMap.IDENTITY);
  }

  public String path() {
    return path;
  }

  public Format format() {
    return format;
  }

  /** The decoded file, byte-order mark removed. */
  public String original() {
    return original;
  }

  /** The reading text: visible prose, markup blanked or removed. */
  public String text() {
    return text;
  }

  public OffsetMap offsets() {
    return offsets;
  }

  public Span toOriginal(Span textSpan) {
    return offsets.toOriginal(textSpan);
  }

  public int toOriginal(int textOffset) {
    return offsets.toOriginal(textOffset);
  }

  /** The line map of the original file, built on first use. */
  public LineMap lineMap() {
    if (lineMap == null) {
      lineMap = new LineMap(original);
    }
    return lineMap;
  }

  /** Line and column in the original file of a reading-text offset. */
  public LineMap.Position position(int textOffset) {
    return lineMap().position(toOriginal(textOffset));
  }
}
