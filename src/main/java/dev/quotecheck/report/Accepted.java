package dev.quotecheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Status;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The sign-off file ({@code .quotecheck-accepted.yml}): quotations a fact-checker has reviewed and
 * accepted, each with who, why and when. An entry's fingerprint covers the quotation's words, its
 * speaker, the source file and the source passage's text, so an accepted difference stays silent
 * exactly until the quotation or its source changes.
 */
public final class Accepted {
  private static final String HEADER = """
      # Quotations reviewed and signed off by a fact-checker. quotecheck stays silent about each one
      # until the quotation, its speaker or its source passage changes. Add entries with
      # `quotecheck accept`; remove an entry to check that quotation again.
      """;

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR))
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  public static final Accepted EMPTY = new Accepted(List.of());

  /**
   * One sign-off.
   *
   * @param fingerprint what is signed off (see {@link Fingerprints#accepted})
   * @param draft the draft it was seen in, for people reading the file
   * @param line its line there, when accepted
   * @param quote the quotation's words, for people
   * @param speaker the attributed speaker, or null
   * @param status the verdict that was accepted
   * @param source the source file, or null for an unverified quotation
   * @param by who accepted it
   * @param why the reason
   * @param when when, as an ISO-8601 instant
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"fingerprint", "draft", "line", "quote", "speaker", "status", "source", "by", "why", "when"})
  public record Entry(
      @JsonProperty("fingerprint") String fingerprint,
      @JsonProperty("draft") String draft,
      @JsonProperty("line") Integer line,
      @JsonProperty("quote") String quote,
      @JsonProperty("speaker") String speaker,
      @JsonProperty("status") String status,
      @JsonProperty("source") String source,
      @JsonProperty("by") String by,
      @JsonProperty("why") String why,
      @JsonProperty("when") String when) {}

  /** A flagged quotation of a report, offered for sign-off. */
  public record Candidate(String draft, int line, String status, String quote, String speaker,
      String sourcePath, String sourceText) {

    public String fingerprint() {
      return Fingerprints.accepted(quote, speaker, sourcePath, sourceText);
    }

    /** Whether this candidate is in {@code draft} (as written in the report) and, if given, on {@code line}. */
    public boolean isAt(String draftPath, Integer atLine) {
      return (draftPath == null || draft.equals(draftPath)) && (atLine == null || line == atLine);
    }
  }

  /** Who signs off, why and when. */
  public record Signature(String by, String why, Instant when) {
    public Signature {
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(why, "why");
      Objects.requireNonNull(when, "when");
      if (by.isBlank() || why.isBlank()) {
        throw new IllegalArgumentException("an acceptance needs who accepted it and why");
      }
    }
  }

  private record FileForm(@JsonProperty("version") Integer version, @JsonProperty("accepted") List<Entry> accepted) {}

  private final List<Entry> entries;
  private final Map<String, Entry> byFingerprint = new LinkedHashMap<>();

  private Accepted(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    for (Entry e : this.entries) {
      byFingerprint.putIfAbsent(e.fingerprint(), e);
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Whether this quotation, against this source, has been signed off. */
  public boolean accepts(QuoteResult q) {
    return !entries.isEmpty() && byFingerprint.containsKey(candidate("", 0, q).fingerprint());
  }

  /** The file's entries; a missing file has none. */
  public static Accepted load(Path file) throws InputException {
    String name = file.toString();
    String text = TextFiles.readIfExists(file).orElse("");
    if (text.isBlank()) {
      return EMPTY;
    }
    FileForm form;
    try {
      form = YAML.readValue(text, FileForm.class);
    } catch (UnrecognizedPropertyException e) {
      throw new InputException(name + ":" + keyLine(text, e.getPropertyName(), e.getLocation().getLineNr())
          + ": unknown key '" + e.getPropertyName() + "'");
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
      throw new InputException(name + ":" + line + ": not a valid accepted file ("
          + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
    }
    if (form == null || form.accepted() == null) {
      return EMPTY;
    }
    if (form.version() != null && form.version() != 1) {
      throw new InputException(name + ": unsupported version " + form.version() + " (this quotecheck reads version 1)");
    }
    for (int i = 0; i < form.accepted().size(); i++) {
      Entry e = form.accepted().get(i);
      if (e == null || e.fingerprint() == null || e.fingerprint().isBlank()) {
        throw new InputException(name + ": entry " + (i + 1) + " has no fingerprint");
      }
    }
    return new Accepted(form.accepted());
  }

  /** Writes the file atomically, with a comment that says what it is. */
  public void save(Path file) throws IOException {
    String body = YAML.writeValueAsString(new FileForm(1, entries));
    AtomicOutput.write(file, out -> out.write(HEADER + body));
  }

  /** The flagged quotations of an in-memory report. */
  public static List<Candidate> candidates(Report report) {
    List<Candidate> out = new ArrayList<>();
    for (DocumentResult doc : report.documents()) {
      for (LocatedQuote q : LocatedQuote.all(doc)) {
        if (q.rule().isPresent()) {
          out.add(candidate(q.path(), q.start().line(), q.result()));
        }
      }
    }
    return out;
  }

  /**
   * The flagged quotations of a report in the contract's JSON format ({@code --format json}).
   *
   * @throws InputException when the JSON is not such a report
   */
  public static List<Candidate> candidates(JsonNode report, String name) throws InputException {
    JsonNode documents = report.path("documents");
    if (!report.isObject() || report.path("version").asInt() != 1 || !documents.isArray()) {
      throw new InputException(name + ": not a quotecheck JSON report (version 1)");
    }
    List<Candidate> out = new ArrayList<>();
    for (JsonNode doc : documents) {
      String path = doc.path("path").asText();
      for (JsonNode q : doc.path("quotes")) {
        String status = q.path("status").asText(null);
        if (status == null) {
          throw new InputException(name + ": " + path + " has no verdicts: accept needs a verify report");
        }
        if (Status.VERIFIED.id().equals(status)) {
          continue;
        }
        JsonNode src = q.path("source");
        out.add(new Candidate(path, q.path("line").asInt(), status, q.path("text").asText(),
            textOrNull(q.path("speaker")), src.isObject() ? textOrNull(src.path("path")) : null,
            src.isObject() ? textOrNull(src.path("text")) : null));
      }
    }
    return out;
  }

  /** These entries plus one for each selected candidate not yet accepted. */
  public Accepted with(List<Candidate> candidates, Predicate<Candidate> select, Signature signature) {
    List<Entry> all = new ArrayList<>(entries);
    Map<String, Entry> seen = new LinkedHashMap<>(byFingerprint);
    for (Candidate c : candidates) {
      if (!select.test(c)) {
        continue;
      }
      String fp = c.fingerprint();
      if (seen.containsKey(fp)) {
        continue;
      }
      Entry e = new Entry(fp, c.draft(), c.line(), c.quote(), c.speaker(), c.status(), c.sourcePath(),
          signature.by().strip(), signature.why().strip(), signature.when().truncatedTo(ChronoUnit.SECONDS).toString());
      seen.put(fp, e);
      all.add(e);
    }
    return new Accepted(all);
  }

  static Candidate candidate(String draft, int line, QuoteResult q) {
    SourceRef src = q.verdict() == null ? null : q.verdict().source();
    return new Candidate(draft, line, q.verdict() == null ? null : q.verdict().status().id(), q.quote().text(),
        q.attribution().speaker(), src == null ? null : src.path(), src == null ? null : src.text());
  }

  /** The parser reports the position after a value; the key is on that line or one above it. */
  private static int keyLine(String text, String key, int reported) {
    List<String> lines = text.lines().toList();
    Pattern keyLine = Pattern.compile(
        "^\\s*(-\\s+)?" + Pattern.quote(key) + "\\s*:.*");
    for (int i = Math.min(reported, lines.size()); i >= 1; i--) {
      if (keyLine.matcher(lines.get(i - 1)).matches()) {
        return i;
      }
    }
    return reported;
  }

  private static String textOrNull(JsonNode n) {
    return n.isTextual() ? n.asText() : null;
  }
}
