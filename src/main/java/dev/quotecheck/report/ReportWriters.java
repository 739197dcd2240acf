package dev.quotecheck.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The writers of this package by {@code --format} name. */
public final class ReportWriters {
  /** The formats this package renders ({@code text} and {@code json} live with the CLI). */
  public static final List<String> FORMATS = List.of("markdown", "html", "sarif", "github", "junit");

  private ReportWriters() {}

  /** The writer for a format name, or empty when this package has none by that name. */
  public static Optional<ReportWriter> create(String format, FailOn failOn) {
    return Optional.ofNullable(switch (format.toLowerCase(Locale.ROOT)) {
      case "markdown", "md" -> new MarkdownReportWriter(failOn);
      case "html" -> new HtmlReportWriter(failOn);
      case "sarif" -> new SarifReportWriter(failOn);
      case "github" -> new GithubReportWriter(failOn);
      case "junit" -> new JunitReportWriter(failOn);
      default -> null;
    });
  }
}
