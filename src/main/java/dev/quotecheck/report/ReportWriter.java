package dev.quotecheck.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a {@link Report} in one output format. */
public interface ReportWriter {

  /** The {@code --format} name, e.g. {@code json}. */
  String format();

  void write(Report report, Writer out) throws IOException;
}
