package dev.quotecheck.text;

/**
 * Input that cannot be read as a document. The message is one line that says what is wrong and
 * where (file, and line or byte offset when known), ready to print on stderr.
 */
public class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  public InputException(String message) {
    super(message);
  }

  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
