package dev.quotecheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The real debate transcripts in ../shared (skipped when absent). */
class DebateTranscriptsTest {

  static Path debates() {
    Path dir = Path.of(System.getProperty("quotecheck.shared", "../shared"), "corpora", "debates-2020");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no ../shared/corpora/debates-2020");
    return dir;
  }

  @Test
  void debateTurnsHaveSpeakersLinesAndVerbatimOffsets() throws IOException {
    Path file = debates().resolve("2020_debate1_part1.txt");
    String original = Files.readString(file, StandardCharsets.UTF_8);
    CorpusReader reader = CorpusFormats.standard().readerFor(file.toString(), original).orElseThrow();
    assertThat(reader).isInstanceOf(TranscriptReader.class);
    Reading r = reader.read("debate1.txt", original);

    assertThat(r.problems()).isEmpty();
    assertThat(r.passages()).allSatisfy(p -> {
      assertThat(original.substring(p.start(), p.end())).isEqualTo(p.text());
      assertThat(p.text()).doesNotContain("\r").doesNotEndWith(":");
    });
    List<String> speakers = r.turns().stream().map(Turn::speaker).distinct().toList();
    assertThat(speakers).contains("Chris Wallace", "President Donald J. Trump", "Vice President Joe Biden");
    Passage first = r.passages().get(0);
    assertThat(first.speaker()).isEqualTo("Chris Wallace");
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.text()).startsWith("Good evening from the Health Education Campus");
    // the two opening blocks of Chris Wallace are one turn
    assertThat(r.turns().get(0).passages()).hasSize(2);
    // "How you doing, man?" is Biden's
    assertThat(r.turns().get(1).speaker()).isEqualTo("Vice President Joe Biden");
    assertThat(r.turns().get(1).passages().get(0).text()).isEqualTo("How you doing, man?");
    // no turn of one speaker follows another turn of the same named speaker
    for (int i = 1; i < r.turns().size(); i++) {
      String s = r.turns().get(i).speaker();
      if (s != null) {
        assertThat(s).isNotEqualTo(r.turns().get(i - 1).speaker());
      }
    }
  }

  @Test
  void newSpeakerIsAnUnknownSpeaker() throws IOException {
    Path file = debates().resolve("2020_vp_part2.txt");
    String original = Files.readString(file, StandardCharsets.UTF_8);
    Reading r = new TranscriptReader().read("vp2.txt", original);
    long unknown = r.turns().stream().filter(t -> t.speaker() == null).count();
    assertThat(unknown).isGreaterThan(0);
    assertThat(r.turns()).noneMatch(t -> "New Speaker".equals(t.speaker()));
  }
}
