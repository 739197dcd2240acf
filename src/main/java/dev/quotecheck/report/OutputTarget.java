package dev.quotecheck.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One report to produce: a format and where it goes.
 *
 * @param format the {@code --format} name
 * @param path the output file, or null for stdout
 */
public record OutputTarget(String format, Path path) {

  public OutputTarget {
    Objects.requireNonNull(format, "format");
    format = format.strip().toLowerCase(Locale.ROOT);
    if (format.isEmpty()) {
      throw new IllegalArgumentException("empty format");
    }
  }

  public boolean toStdout() {
    return path == null;
  }

  /** {@code FORMAT} (to stdout) or {@code FORMAT=FILE}. */
  public static OutputTarget parse(String spec) {
    int eq = spec.indexOf('=');
    if (eq < 0) {
      return new OutputTarget(spec, null);
    }
    String file = spec.substring(eq + 1).strip();
    if (file.isEmpty()) {
      throw new IllegalArgumentException("--format " + spec + ": no file after '='");
    }
    return new OutputTarget(spec.substring(0, eq), Path.of(file));
  }

  /**
   * Pairs {@code --format} values with {@code --output} values: a format written {@code FORMAT=FILE}
   * has its own file; the others take the {@code --output} files in order, and at most one format
   * may be left over for stdout. No formats at all means {@code defaultFormat} on stdout (or to the
   * single {@code --output}).
   *
   * @throws OutputException when the two lists do not pair up
   */
  public static List<OutputTarget> pair(List<String> formats, List<Path> outputs, String defaultFormat)
      throws OutputException {
    List<String> specs = formats.isEmpty() ? List.of(defaultFormat) : formats;
    List<OutputTarget> targets = new ArrayList<>();
    int next = 0;
    int toStdout = 0;
    for (String spec : specs) {
      OutputTarget t;
      try {
        t = parse(spec);
      } catch (IllegalArgumentException e) {
        throw new OutputException(e.getMessage());
      }
      if (t.toStdout() && next < outputs.size()) {
        t = new OutputTarget(t.format(), outputs.get(next++));
      }
      if (t.toStdout()) {
        toStdout++;
      }
      targets.add(t);
    }
    if (next < outputs.size()) {
      throw new OutputException("--output " + outputs.get(next) + " has no --format to go with it"
          + " (give one --format per --output, in the same order)");
    }
    if (toStdout > 1) {
      throw new OutputException(toStdout + " formats would all go to stdout: give each but one an --output"
          + " (or write --format FORMAT=FILE)");
    }
    return List.copyOf(targets);
  }
}
