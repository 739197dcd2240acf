package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitReportWriterTest {

  /** A parser that refuses DOCTYPEs and external entities altogether (no XXE). */
  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
      @Override
      public void fatalError(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXParseException {
        throw e;
      }
    });
    return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static String junit(Report report, FailOn failOn) throws Exception {
    StringWriter out = new StringWriter();
    new JunitReportWriter(failOn).write(report, out);
    return out.toString();
  }

  @Test
  void oneTestCasePerQuotationAndFailuresAtTheThreshold() throws Exception {
    Document doc = parse(junit(ReportFixtures.sample(), FailOn.DEFAULT));
    Element suites = doc.getDocumentElement();
    assertThat(suites.getTagName()).isEqualTo("testsuites");
    assertThat(suites.getAttribute("tests")).isEqualTo("5");
    assertThat(suites.getAttribute("failures")).isEqualTo("3");
    NodeList cases = doc.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(5);
    NodeList failures = doc.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(3);
    Element first = (Element) failures.item(0);
    assertThat(first.getAttribute("type")).isEqualTo("quote-altered");
    assertThat(first.getTextContent()).contains("source: And I say this clearly", "reason: negation removed");
    assertThat(((Element) cases.item(0)).getAttribute("name")).startsWith("line 5:2 \u201cWe will not");

    Document none = parse(junit(ReportFixtures.sample(), FailOn.NONE));
    assertThat(none.getElementsByTagName("failure").getLength()).isZero();
    Document strict = parse(junit(ReportFixtures.sample(), FailOn.parse("minor,unverified")));
    assertThat(strict.getElementsByTagName("failure").getLength()).isEqualTo(4);
  }

  @Test
  void hostileTextAndControlCharactersStillMakeWellFormedXml() throws Exception {
    String xml = junit(ReportFixtures.hostile(), FailOn.parse("minor,unverified"));
    Document doc = parse(xml);
    assertThat(doc.getElementsByTagName("error").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(xml).doesNotContain("<script>");
    assertThat(JunitReportWriter.clean("a\u0001b\uFFFEc\uD83D\uDE00")).isEqualTo("a\uFFFDb\uFFFDc\uD83D\uDE00");
  }

  @Test
  void theTestParserRefusesDoctypes() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>";
    assertThatThrownBy(() -> parse(xxe)).hasMessageContaining("DOCTYPE");
  }
}
