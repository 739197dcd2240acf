package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pull-request comment: a summary table, then per draft the flagged quotations with a word diff.
 * Draft and corpus text is escaped for GitHub-flavoured Markdown (which also renders inline HTML),
 * and diffs sit in code fences longer than any backtick run inside them.
 */
public final class MarkdownReportWriter implements ReportWriter {
  private static final Pattern MD_SPECIAL = Pattern.compile("[\\\\`*_{}\\[\\]()#+\\-.!|~>]");
  private static final Pattern BACKTICKS = Pattern.compile("`+");

  private final FailOn failOn;

  public MarkdownReportWriter(FailOn failOn) {
    this.failOn = Objects.requireNonNull(failOn, "failOn");
  }

  @Override
  public String format() {
    return "markdown";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Summary summary = Summary.of(report, failOn);
    StringBuilder md = new StringBuilder();
    md.append("## quotecheck\n\n");
    if (report.verify()) {
      md.append(summary.failing() > 0
          ? "\u274c **" + HtmlReportWriter.plural(summary.failing(), "quotation") + " at or above the threshold** (`"
              + failOn + "`)\n\n"
          : "\u2705 **Nothing at or above the threshold** (`" + failOn + "`)\n\n");
      md.append("| Drafts | Quotations | Verified | Altered | Misattributed | Unverified |\n");
      md.append("|---:|---:|---:|---:|---:|---:|\n");
      md.append("| ").append(summary.documents()).append(" | ").append(summary.quotes());
      for (Status s : List.of(Status.VERIFIED, Status.ALTERED, Status.MISATTRIBUTED, Status.UNVERIFIED)) {
        md.append(" | ").append(summary.count(s));
      }
      md.append(" |\n");
    } else {
      md.append(HtmlReportWriter.plural(summary.quotes(), "quotation")).append(" in ")
          .append(HtmlReportWriter.plural(summary.documents(), "draft")).append(".\n");
    }
    if (!report.errors().isEmpty()) {
      md.append("\n**Inputs that could not be read**\n\n");
      report.errors().forEach(e -> md.append("- ").append(inline(e)).append('\n'));
    }
    for (DocumentResult doc : report.documents()) {
      List<LocatedQuote> flagged = LocatedQuote.all(doc).stream().filter(q -> q.rule().isPresent()).toList();
      if (flagged.isEmpty()) {
        continue;
      }
      md.append("\n### ").append(inline(doc.document().path())).append("\n\n");
      for (LocatedQuote q : flagged) {
        quote(md, q);
      }
    }
    out.write(md.toString());
    out.flush();
  }

  private void quote(StringBuilder md, LocatedQuote q) {
    Verdict v = q.verdict();
    md.append("- ").append(icon(Level.of(v, failOn))).append(" **").append(v.status().id());
    if (v.status() == Status.ALTERED) {
      md.append(" (").append(v.severity().id()).append(')');
    }
    md.append("** line ").append(q.start().line()).append(", column ").append(q.start().column())
        .append(" \u2014 ").append(q.speaker() == null ? "_no speaker_" : inline(q.speaker()))
        .append(" \u2014 `").append(q.rule().orElseThrow().id()).append("`\n");
    md.append("  > ").append(inline(Texts.ellipsize(Texts.oneLine(q.text()), 300))).append('\n');
    SourceRef src = v.source();
    if (src != null) {
      md.append("\n  Source: ").append(inline(src.path())).append(':').append(src.line());
      if (src.speaker() != null) {
        md.append(" \u2014 ").append(inline(src.speaker()));
      }
      md.append(String.format(Locale.ROOT, " (%.0f%% similar)", v.similarity() * 100)).append("\n\n");
      String fenceBody = "- " + side(DiffView.source(v)) + "\n+ " + side(DiffView.draft(q.result().quote(), v)) + "\n";
      String fence = fence(fenceBody);
      md.append("  ").append(fence).append("diff\n");
      for (String line : fenceBody.split("\n")) {
        md.append("  ").append(line).append('\n');
      }
      md.append("  ").append(fence).append('\n');
    }
    for (String reason : v.reasons()) {
      md.append("  - ").append(inline(reason)).append('\n');
    }
    md.append('\n');
  }

  private static String icon(Level level) {
    return switch (level) {
      case ERROR -> "\u274c";
      case WARNING -> "\u26a0\ufe0f";
      case NOTE -> "\u2139\ufe0f";
    };
  }

  /** One diff side as a line; words the other side lacks are [-bracketed-] or {+braced+}. */
  private static String side(DiffView view) {
    StringBuilder sb = new StringBuilder();
    for (DiffView.Segment s : view.segments()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      switch (s.kind()) {
        case SAME -> sb.append(s.text());
        case ADDED -> sb.append("{+").append(s.text()).append("+}");
        case REMOVED -> sb.append("[-").append(s.text()).append("-]");
        case CHANGED -> sb.append("~").append(s.text()).append("~");
        case GAP -> sb.append("\u2038");
      }
    }
    return Texts.oneLine(sb.toString());
  }

  /** A code fence longer than any run of backticks in the body. */
  static String fence(String body) {
    int longest = 0;
    Matcher m = BACKTICKS.matcher(body);
    while (m.find()) {
      longest = Math.max(longest, m.group().length());
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /** Text safe to put inline: HTML neutralised, Markdown punctuation backslash-escaped, one line. */
  static String inline(String text) {
    String html = Texts.oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return MD_SPECIAL.matcher(html).replaceAll(r -> "\\\\" + Matcher.quoteReplacement(r.group()));
  }
}
