package dev.quotecheck.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every report writer by {@code --format} name. */
public final class ReportWriters {
  /** The formats that {@link #create(String, FailOn)} renders. */
  public static final List<String> FORMATS = List.of("markdown", "html", "sarif", "github", "junit");

  /** Every format, the contract's {@code text} and {@code json} first. */
  public static final List<String> ALL_FORMATS = List.of("text", "json", "markdown", "html", "sarif", "github", "junit");

  private ReportWriters() {}

  /** The writer for one of {@link #FORMATS} ({@code md} for {@code markdown}), or empty. */
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

  /**
   * The writer for any of {@link #ALL_FORMATS}, or empty.
   *
   * @param color whether the text format may colour its output (stdout is a terminal, no NO_COLOR)
   */
  public static Optional<ReportWriter> create(String format, FailOn failOn, boolean color) {
    return create(format, failOn, color, false);
  }

  /**
   * As {@link #create(String, FailOn, boolean)}; {@code quiet} keeps the text format to flagged
   * quotations and the summary.
   */
  public static Optional<ReportWriter> create(String format, FailOn failOn, boolean color, boolean quiet) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "text" -> Optional.of(new TextReportWriter(color, quiet, failOn));
      case "json" -> Optional.of(new JsonReportWriter());
      default -> create(format, failOn);
    };
  }
}
