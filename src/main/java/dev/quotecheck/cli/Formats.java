package dev.quotecheck.cli;

import dev.quotecheck.report.JsonReportWriter;
import dev.quotecheck.report.ReportWriter;
import dev.quotecheck.report.TextReportWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The report writers the CLI knows, by {@code --format} name. */
final class Formats {

  private Formats() {}

  static final List<String> NAMES = List.of("text", "json");

  static Optional<ReportWriter> writer(String name, boolean color) {
    return switch (name) {
      case "text" -> Optional.of(new TextReportWriter(color));
      case "json" -> Optional.of(new JsonReportWriter());
      default -> Optional.empty();
    };
  }

  /** For picocli's completion candidates and help text. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return NAMES.iterator();
    }
  }
}
