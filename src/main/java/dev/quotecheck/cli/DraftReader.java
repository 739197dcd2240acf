package dev.quotecheck.cli;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.report.Report;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.InputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the drafts named on the command line and runs the checker over each. A draft that
 * cannot be read becomes one line on stderr and an error in the report; the others go on.
 */
final class DraftReader {

  private DraftReader() {}

  static Report check(InputCollector.Collected collected, QuoteChecker checker, Io io, InputOptions options) {
    List<String> collectErrors = collected.errors();
    List<String> errors = new ArrayList<>(collectErrors);
    List<DocumentResult> results = new ArrayList<>();
    for (String e : collectErrors) {
      io.err().println("quotecheck: " + e);
    }
    for (InputCollector.Input input : collected.inputs()) {
      try {
        Document doc =
            input.isStdin()
                ? Documents.read(input.name(), io.in(), options.stdinFormat, options.maxInputBytes)
                : Documents.load(input.file(), input.name(), options.maxInputBytes);
        results.add(checker.check(doc));
      } catch (InputException e) {
        io.err().println("quotecheck: " + e.getMessage());
        errors.add(e.getMessage());
      }
    }
    return new Report(checker.verifies(), results, errors);
  }
}
