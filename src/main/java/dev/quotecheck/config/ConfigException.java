package dev.quotecheck.config;

import dev.quotecheck.text.InputException;

/** A configuration file that cannot be used; the message names the file and line (exit 2). */
public class ConfigException extends InputException {
  private static final long serialVersionUID = 1L;

  public ConfigException(String message) {
    super(message);
  }
}
