package dev.quotecheck.cli;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.report.Report;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.Format;
import dev.quotecheck.text.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the drafts named on the command line and runs the checker over each. A draft that
 * cannot be read becomes one line on stderr and an error in the report; the others go on.
 */
final class DraftReader {

  private DraftReader() {}

  static Report check(
      List<InputCollector.Input> inputs, List<String> collectErrors, QuoteChecker checker, Io io, Format stdinFormat) {
    List<String> errors = new ArrayList<>(collectErrors);
    List<DocumentResult> results = new ArrayList<>();
    for (String e : collectErrors) {
      io.err().println("quotecheck: " + e);
    }
    for (InputCollector.Input input : inputs) {
      try {
        Document doc =
            input.isStdin()
                ? Documents.read(input.name(), io.in(), stdinFormat)
                : Documents.load(input.file(), input.name());
        results.add(checker.check(doc));
      } catch (InputException e) {
        io.err().println("quotecheck: " + e.getMessage());
        errors.add(e.getMessage());
      }
    }
    return new Report(checker.verifies(), results, errors);
  }
}
