package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quotecheck.extract.QuotationExtractor;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerAliasesTest {
  @TempDir Path dir;

  private Path write(String name, String yaml) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void readsListsAndSingleVariants() throws Exception {
    Path f = write("speakers.yml", "Donald Trump: [the president, President Trump]\nBenny Gantz:\n  - the defense minister\nJoe Biden: Uncle Joe\n");
    SpeakerAliases a = SpeakerAliases.load(f);

    assertThat(a.entries()).containsOnlyKeys("Donald Trump", "Benny Gantz", "Joe Biden");
    assertThat(a.lookup("The President")).contains("Donald Trump");
    assertThat(a.lookup("the  defense   minister")).contains("Benny Gantz");
    assertThat(a.lookup("uncle joe")).contains("Joe Biden");
    assertThat(a.lookup("the minister")).isEmpty();
    assertThat(a.canonical("Trump", SpeakerNames.standard())).isEqualTo("Donald Trump");
    assertThat(a.canonical("Ivanka Trump", SpeakerNames.standard())).isEqualTo("Ivanka Trump");
  }

  @Test
  void malformedYamlNamesFileAndLine() throws Exception {
    Path f = write("bad.yml", "Donald Trump: [the president\nJoe Biden: x\n");
    assertThatThrownBy(() -> SpeakerAliases.load(f))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(f + ":")
        .hasMessageContaining("invalid YAML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void wrongShapeNamesTheLine() throws Exception {
    Path f = write("shape.yml", "Donald Trump: [the president]\nJoe Biden:\n  nested: map\n");
    assertThatThrownBy(() -> SpeakerAliases.load(f))
        .isInstanceOf(InputException.class)
        .hasMessage(f + ":3: variants of 'Joe Biden' must be a list of names");
    Path top = write("list.yml", "- just\n- a list\n");
    assertThatThrownBy(() -> SpeakerAliases.load(top))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(top + ":1: ");
  }

  @Test
  void missingFileIsAnInputError() {
    Path f = dir.resolve("none.yml");
    assertThatThrownBy(() -> SpeakerAliases.load(f)).isInstanceOf(InputException.class).hasMessageContaining("not found");
  }

  @Test
  void emptyFileHasNoAliases() throws Exception {
    assertThat(SpeakerAliases.load(write("empty.yml", "")).isEmpty()).isTrue();
  }

  @Test
  void resolverUsesAliasesForRolesAndSurnames() {
    String text = "“We will build it,” the president said.\n\n“Not this year,” Trump added.\n";
    Document doc = Document.plain("a.txt", text);
    SpeakerAliases aliases = SpeakerAliases.of(Map.of("Donald Trump", List.of("the president")));
    var extraction = new QuotationExtractor().extract(doc);

    var with = new CueSpeakerResolver(aliases).resolve(doc, extraction);
    var without = new CueSpeakerResolver().resolve(doc, extraction);

    assertThat(extraction.quotes()).hasSize(2);
    assertThat(with.get(extraction.quotes().get(0)).speaker()).isEqualTo("Donald Trump");
    assertThat(with.get(extraction.quotes().get(1)).speaker()).isEqualTo("Donald Trump");
    assertThat(without.get(extraction.quotes().get(0)).speaker()).isEqualTo("president");
    assertThat(without.get(extraction.quotes().get(1)).speaker()).isEqualTo("Trump");
  }
}
