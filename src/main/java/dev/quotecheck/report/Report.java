package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import java.util.List;

/**
 * What a run found, ready for a {@link ReportWriter}.
 *
 * @param verify whether quotations were checked against a corpus (adds verdict fields)
 * @param documents one result per readable input, in input order
 * @param errors one-line messages for inputs that could not be read
 */
public record Report(boolean verify, List<DocumentResult> documents, List<String> errors) {
  public Report {
    documents = List.copyOf(documents);
    errors = List.copyOf(errors);
  }
}
