package dev.quotecheck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quotecheck.corpus.Reading;
import dev.quotecheck.corpus.SpeechReader;
import dev.quotecheck.text.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No XML external entities anywhere: quotecheck parses no XML (HTML goes through jsoup, which
 * resolves no DTD; JUnit and SARIF reports are only written), and entity tricks in drafts and YAML
 * headers come out as text, never as a file's content or an exponential expansion.
 */
class XmlSafetyTest {
  private static final Pattern XML_PARSERS = Pattern.compile(
      "DocumentBuilderFactory|SAXParserFactory|XMLInputFactory|XMLReaderFactory|TransformerFactory|SchemaFactory|XmlMapper|XPathFactory");

  @TempDir Path dir;

  @Test
  void noXmlParserInTheMainCode() throws IOException {
    List<String> users;
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      users = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
        try {
          return XML_PARSERS.matcher(Files.readString(f)).find();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).map(Path::toString).toList();
    }
    assertThat(users).as("a new XML parser must disable DTDs and external entities, and be tested here").isEmpty();
  }

  @Test
  void anExternalEntityInAnHtmlDraftStaysText() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String html = "<!DOCTYPE p [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<p>She said \u201c&xxe; is what we will not wait for\u201d today.</p>";
    JsonNode report = new DraftPipeline().run("x.html", html.getBytes(StandardCharsets.UTF_8)).report();
    assertThat(report.toString()).doesNotContain("TOP-SECRET-CONTENT").contains("&xxe;");
  }

  @Test
  void aBillionLaughsYamlHeaderIsNotExpanded() {
    StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char p = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(p);
      for (int i = 0; i < 8; i++) {
        yaml.append(",*").append(p);
      }
      yaml.append("]\n");
    }
    yaml.append("speaker: Maria Lopez\n---\nWe will not raise taxes.\n");
    Reading r = new SpeechReader(Format.TEXT).read("laughs.txt", yaml.toString());
    // Jackson's YAML reader does not expand aliases: the header reads at once, its speaker too
    assertThat(r.turns()).singleElement().satisfies(t -> assertThat(t.speaker()).isEqualTo("Maria Lopez"));
    assertThat(r.passages()).extracting(p -> p.text()).containsExactly("We will not raise taxes.");
  }
}
