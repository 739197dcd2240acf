package dev.quotecheck.text;

import java.util.Arrays;

/**
 * Turns UTF-16 offsets into 1-based line and column numbers. {@code \r\n}, {@code \n} and a lone
 * {@code \r} each end a line; columns count UTF-16 code units, as SARIF and most editors do.
 */
public final class LineMap {

  /** A 1-based line and column. */
  public record Position(int line, int column) {
    public Position {
      if (line < 1 || column < 1) {
        throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
      }
    }

    @Override
    public String toString() {
      return line + ":" + column;
    }
  }

  private final int[] lineStarts;
  private final int length;

  public LineMap(CharSequence text) {
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.length = n;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** The line and column of {@code offset}, which may equal the text's length. */
  public Position position(int offset) {
    if (offset < 0 || offset > length) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
    }
    return new Position(line(offset), offset - lineStarts[line(offset) - 1] + 1);
  }

  /** The 1-based line that holds {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** Offset of the first character of a 1-based line. */
  public int lineStart(int line) {
    return lineStarts[line - 1];
  }
}
