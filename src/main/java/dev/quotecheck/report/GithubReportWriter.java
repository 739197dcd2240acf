package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.match.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * GitHub Actions workflow commands ({@code ::error file=…,line=…::message}), which the runner
 * turns into annotations on the pull request's diff, levelled by {@link Level}.
 */
public final class GithubReportWriter implements ReportWriter {
  private final FailOn failOn;

  public GithubReportWriter(FailOn failOn) {
    this.failOn = Objects.requireNonNull(failOn, "failOn");
  }

  @Override
  public String format() {
    return "github";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (String error : report.errors()) {
      out.write("::error title=" + property("quotecheck: unreadable input") + "::" + data(error) + "\n");
    }
    for (DocumentResult doc : report.documents()) {
      for (LocatedQuote q : LocatedQuote.all(doc)) {
        if (q.rule().isEmpty()) {
          continue;
        }
        Rule rule = q.rule().get();
        StringBuilder line = new StringBuilder("::").append(command(q.verdict()));
        line.append(" file=").append(property(q.path()));
        line.append(",line=").append(q.start().line());
        line.append(",col=").append(q.start().column());
        line.append(",endLine=").append(q.end().line());
        if (q.end().line() == q.start().line()) {
          line.append(",endColumn=").append(q.end().column());
        }
        line.append(",title=").append(property(rule.title() + " (" + rule.id() + ")"));
        line.append("::").append(data(q.message()));
        out.write(line.append('\n').toString());
      }
    }
    out.flush();
  }

  private String command(Verdict v) {
    return switch (Level.of(v, failOn)) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "notice";
    };
  }

  /** Escapes a command's message, as the Actions runner unescapes it. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a command property value: also ':' and ',' which delimit properties. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
