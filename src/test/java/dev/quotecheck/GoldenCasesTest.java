package dev.quotecheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.LineMap;
import dev.quotecheck.text.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every golden case in {@code testdata/cases/NAME/} (one {@code input.txt|md|html} and an
 * {@code expected.json}, format in the project notes) through the default pipeline. Each key of an
 * expected quotation is checked only when present.
 */
class GoldenCasesTest {

  private static final Path CASES = Path.of("testdata", "cases");
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Named<Path>> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      List<Path> found = dirs.filter(Files::isDirectory).sorted().toList();
      assertThat(found).as("golden cases in %s", CASES.toAbsolutePath()).isNotEmpty();
      return found.stream().map(p -> Named.of(p.getFileName().toString(), p));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void goldenCase(Path dir) throws Exception {
    String name = dir.getFileName().toString();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(dir)) {
      inputs = files.filter(p -> p.getFileName().toString().startsWith("input.")).toList();
    }
    assertThat(inputs).as("%s: exactly one input.* file", name).hasSize(1);
    JsonNode expected = JSON.readTree(dir.resolve("expected.json").toFile());
    assertThat(expected.path("description").asText()).as("%s: description", name).isNotBlank();

    Document doc = Documents.load(inputs.get(0));
    DocumentResult result = QuoteChecker.builder().build().check(doc);
    check(name, "quote", doc, expected.path("quotes"), result.quotes());
  }

  private static void check(String name, String where, Document doc, JsonNode expected, List<QuoteResult> actual) {
    List<String> found = new ArrayList<>();
    for (QuoteResult q : actual) {
      found.add(q.quote().text());
    }
    assertThat(actual).as("%s: number of %ss, found %s", name, where, found).hasSize(expected.size());
    for (int i = 0; i < actual.size(); i++) {
      checkQuote(name, where + " " + i, doc, expected.get(i), actual.get(i));
    }
  }

  private static void checkQuote(String name, String where, Document doc, JsonNode e, QuoteResult r) {
    String at = name + ": " + where + " ";
    Span original = doc.toOriginal(r.quote().content());
    if (e.has("text")) {
      assertThat(r.quote().text()).as(at + "text").isEqualTo(e.get("text").asText());
    }
    if (e.has("kind")) {
      assertThat(r.quote().kind().id()).as(at + "kind of '%s'", r.quote().text()).isEqualTo(e.get("kind").asText());
    }
    if (e.has("start")) {
      assertThat(original.start()).as(at + "start of '%s'", r.quote().text()).isEqualTo(e.get("start").asInt());
    }
    if (e.has("end")) {
      assertThat(original.end()).as(at + "end of '%s'", r.quote().text()).isEqualTo(e.get("end").asInt());
    }
    LineMap.Position pos = doc.lineMap().position(original.start());
    if (e.has("line")) {
      assertThat(pos.line()).as(at + "line").isEqualTo(e.get("line").asInt());
    }
    if (e.has("column")) {
      assertThat(pos.column()).as(at + "column").isEqualTo(e.get("column").asInt());
    }
    if (e.has("speaker")) {
      String speaker = e.get("speaker").isNull() ? null : e.get("speaker").asText();
      assertThat(r.attribution().speaker()).as(at + "speaker of '%s'", r.quote().text()).isEqualTo(speaker);
    }
    if (e.has("mention")) {
      String mention = e.get("mention").isNull() ? null : e.get("mention").asText();
      assertThat(r.attribution().mentionText()).as(at + "mention").isEqualTo(mention);
    }
    if (e.has("cue")) {
      String cue = e.get("cue").isNull() ? null : e.get("cue").asText();
      assertThat(r.attribution().cue()).as(at + "cue").isEqualTo(cue);
    }
    if (e.has("warning")) {
      assertThat(r.quote().warnings()).as(at + "warnings").anyMatch(w -> w.contains(e.get("warning").asText()));
    }
    if (e.has("warnings")) {
      assertThat(r.quote().warnings()).as(at + "warning count").hasSize(e.get("warnings").asInt());
    }
    if (e.has("nested")) {
      check(name, where + " nested", doc, e.get("nested"), r.nested());
    }
  }
}
