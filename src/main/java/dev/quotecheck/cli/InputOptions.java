package dev.quotecheck.cli;

import dev.quotecheck.text.Documents;
import dev.quotecheck.text.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The drafts to read and how: shared by {@code extract} and {@code verify}. */
final class InputOptions {

  @Parameters(
      arity = "0..*",
      paramLabel = "INPUT",
      description = "Draft files (.txt .md .markdown .html .htm), directories (read recursively), or - for stdin.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--files-from",
      paramLabel = "FILE",
      description = "Also read draft names from FILE, one per line (- for stdin).")
  String filesFrom;

  @Option(
      names = "--changed-since",
      paramLabel = "REV",
      description = "Only the drafts that git reports changed since REV (under the INPUT folders, if any).")
  String changedSince;

  @Option(
      names = "--stdin-format",
      paramLabel = "FORMAT",
      description = "How to read stdin: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format stdinFormat = Format.TEXT;

  @Option(
      names = "--max-input-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "Largest draft to read, e.g. 32M or 500K (default: 32M). Larger drafts are refused with exit 2.")
  long maxInputBytes = Documents.DEFAULT_MAX_BYTES;

  /** {@code 123}, {@code 500K}, {@code 32M}, {@code 1G} (binary units, optional trailing B). */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT);
      if (v.endsWith("IB")) {
        v = v.substring(0, v.length() - 2);
      } else if (v.endsWith("B")) {
        v = v.substring(0, v.length() - 1);
      }
      long unit = 1;
      if (!v.isEmpty() && "KMG".indexOf(v.charAt(v.length() - 1)) >= 0) {
        unit = 1L << (10 * ("KMG".indexOf(v.charAt(v.length() - 1)) + 1));
        v = v.substring(0, v.length() - 1);
      }
      try {
        long n = Long.parseLong(v.strip());
        if (n <= 0) {
          throw new IllegalArgumentException("size must be positive: " + value);
        }
        return n * unit;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a size: '" + value + "' (use e.g. 500K, 32M, 1G)");
      }
    }
  }
}
