package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.extract.QuoteKind;
import dev.quotecheck.match.InlineDiff;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.LineMap;
import java.io.IOException;
import java.io.Writer;

/**
 * The report for people, grouped by file. Each quotation is one line,
 * {@code file:line:col  speaker  “quotation”}, and below it the mention the speaker rests on, with
 * its position, cue, construction and confidence; with a corpus the verdict follows on that line and
 * the source ({@code file:line}, speaker), an inline diff ({@code [-draft-]{+source+}}) and the
 * reasons below it. A summary line closes the report. ANSI colour only when asked (the CLI asks on
 * a terminal without {@code NO_COLOR}); {@code quiet} keeps only quotations at or above the
 * threshold.
 */
public final class TextReportWriter implements ReportWriter {
  private final boolean color;
  private final boolean quiet;
  private final FailOn failOn;

  public TextReportWriter(boolean color) {
    this(color, false, FailOn.DEFAULT);
  }

  public TextReportWriter(boolean color, boolean quiet, FailOn failOn) {
    this.color = color;
    this.quiet = quiet;
    this.failOn = failOn;
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    for (DocumentResult d : report.documents()) {
      for (QuoteResult q : d.quotes()) {
        if (!quiet || (q.verdict() != null && failOn.fails(q.verdict()))) {
          writeQuote(out, d.document(), q, 0);
        }
      }
    }
    out.write(summary(report, Summary.of(report, failOn)));
    out.write('\n');
    out.flush();
  }

  private void writeQuote(Writer out, Document doc, QuoteResult r, int depth) throws IOException {
    LineMap.Position pos = doc.position(r.quote().content().start());
    Attribution a = r.attribution();
    String indent = "  ".repeat(depth);
    StringBuilder line = new StringBuilder(indent);
    line.append(paint(Texts.visible(doc.path()) + ":" + pos, "1"));
    line.append("  ").append(a.speaker() == null ? paint("(no speaker)", "2") : paint(Texts.visible(a.speaker()), "36"));
    Verdict v = r.verdict();
    if (v != null) {
      line.append("  ").append(verdictLabel(v));
    }
    line.append("  “").append(Texts.visible(r.quote().text())).append('”');
    if (r.quote().kind() != QuoteKind.SENTENCE) {
      line.append("  ").append(paint("[" + r.quote().kind().id() + "]", "2"));
    }
    out.write(line.append('\n').toString());
    if (a.mention() != null) {
      out.write(indent + "    " + paint(attributionLine(doc, a), "2") + "\n");
    }
    for (String w : r.quote().warnings()) {
      out.write(indent + "    " + paint("warning: " + Texts.visible(w), "33") + "\n");
    }
    if (v != null) {
      writeVerdictDetails(out, indent + "    ", v);
    }
    for (QuoteResult child : r.nested()) {
      writeQuote(out, doc, child, depth + 1);
    }
  }

  /** What the speaker rests on: {@code by “he” at 14:3 (cue “said”, pronoun, confidence 0.95)}. */
  private static String attributionLine(Document doc, Attribution a) {
    StringBuilder b = new StringBuilder("by “").append(Texts.visible(a.mentionText())).append("” at ")
        .append(doc.position(a.mention().start())).append(" (");
    if (a.cue() != null) {
      b.append("cue “").append(Texts.visible(a.cue())).append("”, ");
    }
    return b.append(a.construction()).append(", confidence ")
        .append(String.format(java.util.Locale.ROOT, "%.2f", a.confidence())).append(')').toString();
  }

  private void writeVerdictDetails(Writer out, String indent, Verdict v) throws IOException {
    SourceRef s = v.source();
    if (s != null) {
      out.write(indent + "source: " + Texts.visible(s.path()) + ":" + s.line()
          + (s.speaker() == null ? "" : " (" + Texts.visible(s.speaker()) + ")") + "\n");
      if (v.status() != Status.VERIFIED && !v.diff().isEmpty()) {
        out.write(indent + "diff:   " + colorDiff(Texts.visible(InlineDiff.render(v.diff()))) + "\n");
      }
    }
    for (String reason : v.reasons()) {
      out.write(indent + "- " + Texts.visible(reason) + "\n");
    }
  }

  private String verdictLabel(Verdict v) {
    String label = v.status().id();
    if (v.status() == Status.ALTERED) {
      label += " (" + v.severity().id() + ")";
    }
    String sgr = switch (v.status()) {
      case VERIFIED -> "32";
      case ALTERED -> failOn.fails(v) ? "31" : "33";
      case MISATTRIBUTED -> "31";
      case UNVERIFIED -> "2";
    };
    return paint(label, sgr);
  }

  /** Deleted words red, inserted words green, on a terminal. */
  private String colorDiff(String inline) {
    if (!color) {
      return inline;
    }
    return inline
        .replace("[-", "\u001b[31m[-").replace("-]", "-]\u001b[0m")
        .replace("{+", "\u001b[32m{+").replace("+}", "+}\u001b[0m");
  }

  private static String summary(Report report, Summary counts) {
    int quotes = counts.quotes();
    int files = counts.documents();
    StringBuilder s = new StringBuilder();
    s.append(quotes).append(quotes == 1 ? " quotation" : " quotations").append(" in ")
        .append(files).append(files == 1 ? " file" : " files");
    if (report.verify()) {
      s.append(": ");
      for (Status st : Status.values()) {
        s.append(counts.count(st)).append(' ').append(st.id());
        s.append(st == Status.UNVERIFIED ? "" : ", ");
      }
      s.append("; ").append(counts.failing()).append(" at or above the --fail-on threshold");
    }
    if (!report.errors().isEmpty()) {
      s.append("; ").append(report.errors().size())
          .append(report.errors().size() == 1 ? " file" : " files").append(" not read");
    }
    return s.toString();
  }

  private String paint(String s, String sgr) {
    return color ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
  }
}
