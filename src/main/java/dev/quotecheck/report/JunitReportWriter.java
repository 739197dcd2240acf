package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI dashboards: a test suite per draft, a test case per quotation, a failure for
 * each quotation at or above the threshold, and an error per unreadable input.
 */
public final class JunitReportWriter implements ReportWriter {
  /** Characters XML 1.0 cannot carry at all, not even as references. */
  private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private final FailOn failOn;

  public JunitReportWriter(FailOn failOn) {
    this.failOn = Objects.requireNonNull(failOn, "failOn");
  }

  @Override
  public String format() {
    return "junit";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      Summary summary = Summary.of(report, failOn);
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "quotecheck");
      xml.writeAttribute("tests", Integer.toString(summary.quotes() + report.errors().size()));
      xml.writeAttribute("failures", Integer.toString(summary.failing()));
      xml.writeAttribute("errors", Integer.toString(report.errors().size()));
      for (DocumentResult doc : report.documents()) {
        suite(xml, doc);
      }
      if (!report.errors().isEmpty()) {
        errors(xml, report.errors());
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.writeCharacters("\n");
      xml.flush();
      xml.close();
      out.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private void suite(XMLStreamWriter xml, DocumentResult doc) throws XMLStreamException {
    List<LocatedQuote> quotes = LocatedQuote.all(doc);
    long failures = quotes.stream().filter(q -> failOn.fails(q.verdict())).count();
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", clean(doc.document().path()));
    xml.writeAttribute("tests", Integer.toString(quotes.size()));
    xml.writeAttribute("failures", Long.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", "0");
    for (LocatedQuote q : quotes) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", clean(q.path()));
      xml.writeAttribute("name", clean("line " + q.start() + " \u201c"
          + Texts.ellipsize(Texts.oneLine(q.text()), 60) + "\u201d"));
      xml.writeAttribute("file", clean(q.path()));
      xml.writeAttribute("line", Integer.toString(q.start().line()));
      Verdict v = q.verdict();
      if (failOn.fails(v)) {
        xml.writeStartElement("failure");
        xml.writeAttribute("type", q.rule().map(Rule::id).orElse("quote"));
        xml.writeAttribute("message", clean(q.message()));
        xml.writeCharacters(clean(details(q)));
        xml.writeEndElement();
      } else if (v != null) {
        xml.writeStartElement("system-out");
        xml.writeCharacters(clean(details(q)));
        xml.writeEndElement();
      }
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void errors(XMLStreamWriter xml, List<String> errors) throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "unreadable inputs");
    xml.writeAttribute("tests", Integer.toString(errors.size()));
    xml.writeAttribute("failures", "0");
    xml.writeAttribute("errors", Integer.toString(errors.size()));
    for (String error : errors) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("testcase");
      xml.writeAttribute("classname", "quotecheck");
      xml.writeAttribute("name", clean(error));
      xml.writeStartElement("error");
      xml.writeAttribute("message", clean(error));
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static String details(LocatedQuote q) {
    Verdict v = q.verdict();
    StringBuilder sb = new StringBuilder();
    sb.append("status: ").append(v.status().id()).append(" (").append(v.severity().id()).append(")\n");
    sb.append("speaker: ").append(q.speaker() == null ? "-" : q.speaker()).append('\n');
    sb.append("draft:  ").append(Texts.oneLine(q.text())).append('\n');
    SourceRef src = v.source();
    if (src != null) {
      sb.append("source: ").append(Texts.oneLine(src.text())).append('\n');
      sb.append("        ").append(src.path()).append(':').append(src.line())
          .append(src.speaker() == null ? "" : " (" + src.speaker() + ")")
          .append(String.format(Locale.ROOT, ", %.0f%% similar", v.similarity() * 100)).append('\n');
    }
    v.reasons().forEach(r -> sb.append("reason: ").append(Texts.oneLine(r)).append('\n'));
    return sb.toString();
  }

  static String clean(String s) {
    return NOT_XML.matcher(s).replaceAll("\uFFFD");
  }
}
