package dev.quotecheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.quotecheck.DocumentResult;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * SARIF 2.1.0 for code-scanning dashboards. One result per flagged quotation, under a stable rule
 * ID; {@code partialFingerprints} hash the words, speaker and rule so an alert follows the
 * quotation when lines move; columns are 1-based UTF-16 code units, as the run declares.
 */
public final class SarifReportWriter implements ReportWriter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String FINGERPRINT_KEY = "quotecheck/v1";

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private final FailOn failOn;
  private final String docsUri;

  /** Rules link to {@link Rule#DEFAULT_DOCS}. */
  public SarifReportWriter(FailOn failOn) {
    this(failOn, Rule.DEFAULT_DOCS);
  }

  /** @param docsUri absolute URI of the rules page; each rule links to its anchor there */
  public SarifReportWriter(FailOn failOn, String docsUri) {
    this.failOn = Objects.requireNonNull(failOn, "failOn");
    try {
      if (!new URI(docsUri).isAbsolute()) {
        throw new IllegalArgumentException("rules documentation URI must be absolute: " + docsUri);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("bad rules documentation URI: " + docsUri, e);
    }
    this.docsUri = docsUri;
  }

  @Override
  public String format() {
    return "sarif";
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "quotecheck");
    driver.put("version", Versions.tool());
    driver.put("informationUri", Rule.HOME);
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      ObjectNode r = rules.addObject();
      r.put("id", rule.id());
      r.put("name", camel(rule.id()));
      r.putObject("shortDescription").put("text", rule.title());
      r.putObject("fullDescription").put("text", rule.description());
      r.put("helpUri", docsUri + "#" + rule.id());
      r.putObject("help").put("text", rule.description() + " See " + docsUri + "#" + rule.id());
      r.putObject("defaultConfiguration").put("level", defaultLevel(rule));
    }
    run.put("columnKind", "utf16CodeUnits");
    ArrayNode results = run.putArray("results");
    for (DocumentResult doc : report.documents()) {
      for (LocatedQuote q : LocatedQuote.all(doc)) {
        q.rule().ifPresent(rule -> results.add(result(q, rule)));
      }
    }
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("executionSuccessful", report.errors().isEmpty());
    if (!report.errors().isEmpty()) {
      ArrayNode notes = invocation.putArray("toolExecutionNotifications");
      for (String error : report.errors()) {
        ObjectNode n = notes.addObject();
        n.put("level", "error");
        n.putObject("message").put("text", error);
      }
    }
    JSON.writeValue(out, log);
    out.write('\n');
    out.flush();
  }

  private ObjectNode result(LocatedQuote q, Rule rule) {
    Verdict v = q.verdict();
    ObjectNode r = JSON.createObjectNode();
    r.put("ruleId", rule.id());
    r.put("ruleIndex", rule.ordinal());
    r.put("level", Level.of(v, failOn).name().toLowerCase(Locale.ROOT));
    r.put("rank", Level.rank(v));
    r.putObject("message").put("text", q.message());
    ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", uri(q.path()));
    ObjectNode region = physical.putObject("region");
    region.put("startLine", q.start().line());
    region.put("startColumn", q.start().column());
    region.put("endLine", q.end().line());
    region.put("endColumn", Math.max(q.end().column(), 1));
    region.putObject("snippet").put("text", q.text());
    SourceRef src = v.source();
    if (src != null) {
      ObjectNode related = r.putArray("relatedLocations").addObject();
      related.put("id", 1);
      ObjectNode rp = related.putObject("physicalLocation");
      rp.putObject("artifactLocation").put("uri", uri(src.path()));
      rp.putObject("region").put("startLine", src.line()).putObject("snippet").put("text", src.text());
      related.putObject("message").put("text", "source" + (src.speaker() == null ? "" : ": " + src.speaker()));
    }
    r.putObject("partialFingerprints").put(FINGERPRINT_KEY, Fingerprints.alert(q.text(), q.speaker(), rule.id()));
    ObjectNode props = r.putObject("properties");
    props.put("status", v.status().id());
    props.put("severity", v.severity().id());
    props.put("similarity", v.similarity());
    if (q.speaker() != null) {
      props.put("speaker", q.speaker());
    }
    return r;
  }

  private String defaultLevel(Rule rule) {
    return switch (rule) {
      case ALTERED, MISATTRIBUTED -> "error";
      case UNVERIFIED -> "note";
    };
  }

  /** A relative URI reference for a path as the user gave it; absolute paths become file URIs. */
  static String uri(String path) {
    String slashed = path.replace('\\', '/');
    try {
      if (slashed.startsWith("/")) {
        return new URI("file", "", slashed, null).toASCIIString();
      }
      String rel = new URI(null, null, slashed, null).toASCIIString();
      // a colon in the first segment would read as a scheme
      int colon = rel.indexOf(':');
      return colon >= 0 && (rel.indexOf('/') < 0 || colon < rel.indexOf('/')) ? "./" + rel : rel;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("path cannot be a URI: " + path, e);
    }
  }

  private static String camel(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return sb.toString();
  }
}
