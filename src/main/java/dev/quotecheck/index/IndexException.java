package dev.quotecheck.index;

import dev.quotecheck.text.InputException;
import java.nio.file.Path;

/** An index that cannot be used or built; the message is one line, ready for stderr. */
public class IndexException extends InputException {
  private static final long serialVersionUID = 1L;

  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }

  static IndexException damaged(Path dir, String rebuild, Throwable cause) {
    return new IndexException("the index at " + dir + " is damaged; rebuild it with: " + rebuild, cause);
  }

  /** Thrown from {@link PassageIndex#candidates} when damage shows up only while searching. */
  public static final class Unchecked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Unchecked(IndexException cause) {
      super(cause.getMessage(), cause);
    }

    /** The one-line checked exception, for callers that report {@link InputException}s. */
    public IndexException exception() {
      return (IndexException) getCause();
    }
  }
}
