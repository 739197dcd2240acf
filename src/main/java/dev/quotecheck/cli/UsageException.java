package dev.quotecheck.cli;

/** A mistake in how the command was called: one line on stderr, exit 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
