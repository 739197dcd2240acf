package dev.quotecheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.match.DiffOp;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.LineMap;
import dev.quotecheck.text.Span;
import java.io.IOException;
import java.io.Writer;

/**
 * The contract's JSON report (version 1). Beyond the contract it adds {@code kind}, {@code cue},
 * {@code warnings} and {@code nested} to each quotation and {@code errors} at the top.
 */
public final class JsonReportWriter implements ReportWriter {

  public static final int VERSION = 1;
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public String format() {
    return "json";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeNumberField("version", VERSION);
    g.writeArrayFieldStart("documents");
    for (DocumentResult d : report.documents()) {
      g.writeStartObject();
      g.writeStringField("path", d.document().path());
      g.writeArrayFieldStart("quotes");
      for (QuoteResult q : d.quotes()) {
        writeQuote(g, d.document(), q, report.verify());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    Summary summary = Summary.of(report, FailOn.NONE);
    g.writeObjectFieldStart("summary");
    g.writeNumberField("documents", summary.documents());
    g.writeNumberField("quotes", summary.quotes());
    if (report.verify()) {
      for (Status s : Status.values()) {
        g.writeNumberField(s.id(), summary.count(s));
      }
    }
    g.writeEndObject();
    if (!report.errors().isEmpty()) {
      g.writeArrayFieldStart("errors");
      for (String e : report.errors()) {
        g.writeString(e);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeRaw('\n');
    g.flush();
  }

  private static void writeQuote(JsonGenerator g, Document doc, QuoteResult r, boolean verify)
      throws IOException {
    Span content = doc.toOriginal(r.quote().content());
    LineMap.Position pos = doc.lineMap().position(content.start());
    Attribution a = r.attribution();
    g.writeStartObject();
    g.writeStringField("text", r.quote().text());
    g.writeNumberField("start", content.start());
    g.writeNumberField("end", content.end());
    g.writeNumberField("line", pos.line());
    g.writeNumberField("column", pos.column());
    g.writeStringField("kind", r.quote().kind().id());
    g.writeStringField("speaker", a.speaker());
    if (a.mention() == null) {
      g.writeNullField("speakerMention");
    } else {
      Span m = doc.toOriginal(a.mention());
      g.writeObjectFieldStart("speakerMention");
      g.writeStringField("text", a.mentionText());
      g.writeNumberField("start", m.start());
      g.writeNumberField("end", m.end());
      g.writeEndObject();
    }
    g.writeNumberField("confidence", round(a.confidence()));
    g.writeStringField("cue", a.cue());
    if (verify && r.verdict() != null) {
      writeVerdict(g, r.verdict());
    }
    g.writeArrayFieldStart("warnings");
    for (String w : r.quote().warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();
    if (!r.nested().isEmpty()) {
      g.writeArrayFieldStart("nested");
      for (QuoteResult child : r.nested()) {
        writeQuote(g, doc, child, false);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void writeVerdict(JsonGenerator g, Verdict v) throws IOException {
    g.writeStringField("status", v.status().id());
    g.writeStringField("severity", v.severity().id());
    g.writeNumberField("similarity", round(v.similarity()));
    SourceRef s = v.source();
    if (s == null) {
      g.writeNullField("source");
    } else {
      g.writeObjectFieldStart("source");
      g.writeStringField("path", s.path());
      g.writeStringField("speaker", s.speaker());
      g.writeStringField("text", s.text());
      g.writeNumberField("start", s.start());
      g.writeNumberField("end", s.end());
      g.writeNumberField("line", s.line());
      g.writeEndObject();
    }
    g.writeArrayFieldStart("diff");
    for (DiffOp op : v.diff()) {
      g.writeStartObject();
      g.writeStringField("op", op.op().id());
      g.writeStringField("draft", op.draft());
      g.writeStringField("source", op.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("reasons");
    for (String reason : v.reasons()) {
      g.writeString(reason);
    }
    g.writeEndArray();
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
