package dev.quotecheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quotecheck.corpus.JsonLinesReader;
import dev.quotecheck.corpus.Passage;
import dev.quotecheck.match.Normalizer;
import dev.quotecheck.match.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every input in {@code testdata/robust/} (crashes and wrong results found by the property and
 * mutation tests) goes through the whole draft pipeline; the named tests below also pin down the
 * right answer for each bug.
 */
class RegressionCasesTest {
  private static final Path CASES = Path.of("testdata/robust");

  @TestFactory
  Stream<DynamicTest> everyCaseIsReadOrRefusedInOneLine() throws IOException {
    DraftPipeline pipeline = new DraftPipeline();
    List<Path> files;
    try (Stream<Path> s = Files.list(CASES)) {
      files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("README.md")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
        () -> pipeline.run(f.getFileName().toString(), Files.readAllBytes(f))));
  }

  /** HtmlReader mapped CDATA text from the start of its {@code <![CDATA[} marker, and read entities in it. */
  @Test
  void htmlCdataTextMapsToItsOwnCharacters() throws IOException {
    Path f = CASES.resolve("html-cdata-offsets.html");
    String original = Files.readString(f);
    JsonNode q = new DraftPipeline().run("html-cdata-offsets.html", Files.readAllBytes(f)).report()
        .path("documents").path(0).path("quotes").path(0);
    assertThat(q.path("text").asText()).isEqualTo("we & &amp; they will not wait");
    assertThat(original.substring(q.path("start").asInt(), q.path("start").asInt() + 2)).isEqualTo("we");
    assertThat(original.substring(0, q.path("end").asInt())).endsWith("wait");
  }

  /** JsonLinesReader counted only LF as a line end; the rest of quotecheck (LineMap) counts a lone CR too. */
  @Test
  void jsonLinesRecordsAfterALoneCarriageReturnCarryTheirEditorLine() throws IOException {
    String file = Files.readString(CASES.resolve("jsonl-lone-cr.jsonl"));
    List<Passage> passages = new JsonLinesReader().read("p.jsonl", file).passages();
    assertThat(passages).extracting(Passage::line).containsExactly(1, 3);
    assertThat(file.substring(passages.get(1).start(), passages.get(1).end())).contains("ferry");
  }

  /** Normalizer made a word of a lone combining mark, which no source could then verify. */
  @Test
  void aLoneCombiningMarkIsNoWordButAccentedWordsStayWhole() {
    Normalizer n = Normalizer.standard();
    assertThat(n.draft("... \u0301  ")).noneMatch(Token::isWord);
    assertThat(n.draft("cafe\u0301 society")).filteredOn(Token::isWord).hasSize(2);
  }
}
