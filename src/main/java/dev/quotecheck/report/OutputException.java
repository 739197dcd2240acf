package dev.quotecheck.report;

/** A report cannot be written where asked; the message is one line, ready for stderr (exit 2). */
public class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
