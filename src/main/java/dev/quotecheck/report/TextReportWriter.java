package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.LineMap;
import java.io.IOException;
import java.io.Writer;

/**
 * The report for people: one line per quotation, {@code file:line:col  speaker  “quotation”},
 * nested quotations indented below their parent, then a summary line. ANSI colour only when asked
 * (the CLI asks on a terminal without {@code NO_COLOR}).
 */
public final class TextReportWriter implements ReportWriter {
  private final boolean color;

  public TextReportWriter(boolean color) {
    this.color = color;
  }

  @Override
  public String format() {
    return "text";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    int quotes = 0;
    for (DocumentResult d : report.documents()) {
      for (QuoteResult q : d.quotes()) {
        writeQuote(out, d.document(), q, 0);
        quotes++;
      }
    }
    out.write(summary(report, quotes));
    out.write('\n');
    out.flush();
  }

  private void writeQuote(Writer out, Document doc, QuoteResult r, int depth) throws IOException {
    LineMap.Position pos = doc.position(r.quote().content().start());
    Attribution a = r.attribution();
    StringBuilder line = new StringBuilder();
    line.append("  ".repeat(depth));
    line.append(paint(doc.path() + ":" + pos, "1"));
    line.append("  ").append(a.speaker() == null ? paint("(no speaker)", "2") : paint(a.speaker(), "36"));
    line.append("  “").append(r.quote().text()).append('”');
    if (r.quote().kind() != dev.quotecheck.extract.QuoteKind.SENTENCE) {
      line.append("  ").append(paint("[" + r.quote().kind().id() + "]", "2"));
    }
    for (String w : r.quote().warnings()) {
      line.append("  ").append(paint("warning: " + w, "33"));
    }
    out.write(line.append('\n').toString());
    for (QuoteResult child : r.nested()) {
      writeQuote(out, doc, child, depth + 1);
    }
  }

  private static String summary(Report report, int quotes) {
    int files = report.documents().size();
    String s = quotes + (quotes == 1 ? " quotation" : " quotations") + " in " + files
        + (files == 1 ? " file" : " files");
    if (!report.errors().isEmpty()) {
      s += ", " + report.errors().size() + (report.errors().size() == 1 ? " file" : " files")
          + " not read";
    }
    return s;
  }

  private String paint(String s, String sgr) {
    return color ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
  }
}
