package dev.quotecheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.text.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusReadersTest {
  private static final Path DATA = Path.of("testdata/corpus");

  static String read(String name) throws IOException {
    return Files.readString(DATA.resolve(name), StandardCharsets.UTF_8);
  }

  static Reading readWith(String name) throws IOException {
    String original = read(name);
    CorpusReader reader = CorpusFormats.standard().readerFor(name, original).orElseThrow();
    return reader.read(name, original);
  }

  /** Every passage's offsets cover its text in the file (where the reader keeps text verbatim). */
  static void assertVerbatim(Reading r, String original) {
    for (Passage p : r.passages()) {
      assertThat(original.substring(p.start(), p.end())).isEqualTo(p.text());
    }
  }

  @Test
  void tvTranscriptGivesOnePassagePerLineWithSoftenedNames() throws IOException {
    String original = read("tv-transcript.txt");
    Reading r = readWith("tv-transcript.txt");
    assertThat(r.problems()).isEmpty();
    assertThat(r.passages()).extracting(Passage::speaker)
        .containsExactly("Jake Tapper", "Maria Lopez", "Tapper", "Maria Lopez", null);
    assertThat(r.passages().get(1).text()).isEqualTo("Thank you for having me. We will not raise taxes on working families.");
    assertThat(r.passages().get(1).line()).isEqualTo(2);
    assertVerbatim(r, original);
  }

  @Test
  void timestampedTranscriptKeepsParagraphsOfATurnTogether() throws IOException {
    String original = read("stamped.txt");
    Reading r = readWith("stamped.txt");
    assertThat(r.turns()).hasSize(3);
    assertThat(r.turns().get(0).passages()).extracting(Passage::text)
        .containsExactly("We built four hundred schools in three years.", "And we will build more.");
    assertThat(r.turns().get(0).passages().get(1).line()).isEqualTo(4);
    assertThat(r.turns().get(1).speaker()).isEqualTo("Tom Reed");
    assertThat(r.turns().get(1).passages().get(0).text()).isEqualTo("That number is simply wrong.");
    assertVerbatim(r, original);
  }

  @Test
  void webVttJoinsCuesOfOneVoiceAndStripsTags() throws IOException {
    Reading r = readWith("hearing.vtt");
    assertThat(r.turns()).hasSize(2);
    Passage lopez = r.turns().get(0).passages().get(0);
    assertThat(lopez.speaker()).isEqualTo("Maria Lopez");
    assertThat(lopez.text()).isEqualTo("The river is cleaner than it has been in forty years.");
    assertThat(lopez.line()).isEqualTo(7);
    assertThat(read("hearing.vtt").substring(lopez.start(), lopez.end())).startsWith("The river").endsWith("years.</v>");
    assertThat(r.turns().get(1).passages().get(0).text()).isEqualTo("Cleaner & cheaper, you mean.");
  }

  @Test
  void srtTakesTheSpeakerFromACueThatBeginsWithAName() throws IOException {
    Reading r = readWith("interview.srt");
    assertThat(r.turns()).extracting(Turn::speaker).containsExactly("Maria Lopez", "Tom Reed");
    assertThat(r.turns().get(0).passages().get(0).text()).isEqualTo("Our plan costs less than the one it replaces.");
    assertThat(r.turns().get(1).passages().get(0).text()).isEqualTo("We will see.");
  }

  @Test
  void jsonLinesReportsBadLinesByNumberAndKeepsTheRest() throws IOException {
    Reading r = readWith("posts.jsonl");
    assertThat(r.passages()).extracting(Passage::text).containsExactly(
        "Proud of our teachers today.", "The budget does not add up.", "Statement from the committee office.");
    Passage first = r.passages().get(0);
    assertThat(first.date()).isEqualTo("2021-03-01");
    assertThat(first.source()).isEqualTo("Twitter");
    assertThat(first.url()).isEqualTo("https://example.org/1");
    assertThat(r.passages().get(1).line()).isEqualTo(3);
    assertThat(r.passages().get(2).speaker()).isNull();
    assertThat(r.problems()).extracting(CorpusProblem::line).containsExactly(2, 4);
    assertThat(r.problems().get(0).toString()).startsWith("posts.jsonl:2: invalid JSON");
  }

  @Test
  void frontMatterMakesTheWholeBodyTheSpeakersWords() throws IOException {
    Reading r = readWith("speech.md");
    assertThat(r.turns()).hasSize(1);
    assertThat(r.passages()).allSatisfy(p -> {
      assertThat(p.speaker()).isEqualTo("Governor Maria Lopez");
      assertThat(p.date()).isEqualTo("2021-05-04");
      assertThat(p.source()).isEqualTo("State of the State address");
    });
    assertThat(r.passages()).extracting(p -> p.text().replaceAll("\\s+", " ").strip())
        .contains("Today I can report that unemployment fell to four percent.", "We did not get here by accident.");
    Passage p = r.passages().get(r.passages().size() - 1);
    assertThat(read("speech.md").substring(p.start(), p.end())).isEqualTo("We did not get here by accident.");
    assertThat(p.line()).isEqualTo(11);
  }

  @Test
  void formatsAreChosenByExtensionThenContent() throws IOException {
    CorpusFormats f = CorpusFormats.standard();
    assertThat(f.readerFor("a.txt", read("tv-transcript.txt")).orElseThrow()).isInstanceOf(TranscriptReader.class);
    assertThat(f.readerFor("a.md", read("speech.md")).orElseThrow()).isInstanceOf(SpeechReader.class);
    assertThat(f.readerFor("a.txt", read("article.txt")).orElseThrow()).isInstanceOf(ArticleReader.class);
    assertThat(f.readerFor("a.txt", "WEBVTT\n\n").orElseThrow()).isInstanceOf(SubtitleReader.class);
    assertThat(f.readerFor("a.pdf", "x")).isEmpty();
    assertThat(CorpusFormats.supports("x/y.JSONL")).isTrue();
    assertThat(CorpusFormats.supports("x/y.docx")).isFalse();
  }

  @Test
  void longParagraphsAreSplitAtSentenceEnds() {
    String sentence = "This is one sentence of the long speech. ";
    String body = sentence.repeat(200);
    Reading r = new TranscriptReader().read("long.txt", "Maria Lopez:\n" + body + "\n\nTom Reed:\nShort.\n");
    List<Passage> lopez = r.turns().get(0).passages();
    assertThat(lopez.size()).isGreaterThan(2);
    assertThat(lopez).allSatisfy(p -> {
      assertThat(p.text().length()).isLessThanOrEqualTo(PassageMaker.MAX_PASSAGE);
      assertThat(p.text()).endsWith(".");
    });
    assertThat(String.join(" ", lopez.stream().map(Passage::text).toList())).isEqualTo(body.strip());
  }

  @Test
  void speechReaderWithoutSpeakerReportsAProblem() {
    Reading r = new SpeechReader(Format.TEXT).read("x.txt", "no header here");
    assertThat(r.turns()).isEmpty();
    assertThat(r.problems()).hasSize(1);
  }
}
