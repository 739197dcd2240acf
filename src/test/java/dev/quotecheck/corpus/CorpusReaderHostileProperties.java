package dev.quotecheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.robust.HostileText;
import dev.quotecheck.text.Format;
import dev.quotecheck.text.LineMap;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every corpus reader on any file of roughly its shape (and on anything else): no exception,
 * problems of one line, and passages that lie in the file, on the line they claim, with text.
 * Transcripts, WebVTT, SRT, JSON Lines and front-matter speeches 2,000 tries each; articles and
 * the format dispatch 1,000 each (they run extraction and attribution).
 */
class CorpusReaderHostileProperties {

  private static final QuoteChecker CHECKER = QuoteChecker.builder().build();

  @Property(tries = 2000)
  void transcripts(@ForAll("transcripts") String file) {
    check(file, new TranscriptReader().read("t.txt", file), true);
  }

  @Property(tries = 2000)
  void webVtt(@ForAll("subtitles") String file) {
    String vtt = "WEBVTT\n\n" + file;
    check(vtt, SubtitleReader.webVtt().read("s.vtt", vtt), false);
  }

  @Property(tries = 2000)
  void srt(@ForAll("subtitles") String file) {
    check(file, SubtitleReader.srt().read("s.srt", file), false);
  }

  @Property(tries = 2000)
  void jsonLines(@ForAll("jsonLines") String file) {
    check(file, new JsonLinesReader().read("p.jsonl", file), false);
  }

  @Property(tries = 2000)
  void frontMatterSpeeches(@ForAll("speeches") String file, @ForAll boolean markdown) {
    check(file, new SpeechReader(markdown ? Format.MARKDOWN : Format.TEXT).read("s.md", file), !markdown);
  }

  @Property(tries = 1000)
  void articles(@ForAll("articles") String file, @ForAll("articleFormats") Format format) {
    check(file, new ArticleReader(format, CHECKER).read("a", file), format == Format.TEXT);
  }

  @Property(tries = 1000)
  void dispatchByNameAndContent(@ForAll("anyShape") String file, @ForAll("names") String name) {
    new CorpusFormats(() -> CHECKER).readerFor(name, file)
        .ifPresent(r -> check(file, r.read(name, file), false));
  }

  /**
   * @param in the file as the reader got it
   * @param sameCharacters whether a passage starts on its own first character in the file (not
   *     so where markup, JSON escapes or subtitle tags sit between)
   */
  private static void check(String in, Reading reading, boolean sameCharacters) {
    for (CorpusProblem p : reading.problems()) {
      assertThat(p.toString()).doesNotContain("\n").doesNotContain("\r");
    }
    for (Turn t : reading.turns()) {
      for (Passage p : t.passages()) {
        assertThat(p.text()).isNotBlank();
        assertThat(p.start()).isLessThanOrEqualTo(p.end());
        assertThat(p.speaker()).isEqualTo(t.speaker());
        assertThat(p.end()).isLessThanOrEqualTo(in.length());
        assertThat(new LineMap(in).position(p.start()).line()).isEqualTo(p.line());
        if (sameCharacters) {
          assertThat(in.charAt(p.start())).isEqualTo(p.text().charAt(0));
        }
      }
    }
  }

  private static Arbitrary<String> lines(Arbitrary<String> line, int max) {
    return line.list().ofMaxSize(max).map(l -> String.join("\n", l));
  }

  @Provide
  Arbitrary<String> transcripts() {
    Arbitrary<String> label = Arbitraries.of("MARIA LOPEZ:", "Maria Lopez:", "Maria Lopez (00:01:02):",
        "GOV. MARIA LOPEZ:", "Moderator Ann Lee:", "Q:", "A:", "MR. REED: (crosstalk)", "Ann (1:02): ", ":", "(00:01):");
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, label),
        net.jqwik.api.Tuple.of(1, Combinators.combine(label, HostileText.draft(10)).as((l, t) -> l + " " + t)),
        net.jqwik.api.Tuple.of(3, HostileText.draft(15)));
    return lines(line, 25);
  }

  @Provide
  Arbitrary<String> subtitles() {
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.of("1", "2", "", "NOTE x", "STYLE", "00:00:01.000 --> 00:00:02.000",
            "00:00:01,000 --> 00:00:02,000", "00:01.000 --> 00:02.000 align:start", "-->", "99:99:99,999 --> 0")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("<v Maria Lopez>", "<v.loud Ann>", "<c.x>", "</c>", "<i>", "{\\an8}",
            ">> MARIA LOPEZ: ", "- Ann: ", "&amp;", "&lt;")),
        net.jqwik.api.Tuple.of(3, HostileText.draft(10)));
    return line.list().ofMaxSize(40).map(l -> String.join("", interleave(l)));
  }

  private static List<String> interleave(List<String> pieces) {
    return pieces.stream().map(p -> p.isEmpty() || p.matches("\\d+|.*-->.*|NOTE.*|STYLE") ? p + "\n" : p).toList();
  }

  @Provide
  Arbitrary<String> jsonLines() {
    Arbitrary<String> value = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, HostileText.draft(12).map(CorpusReaderHostileProperties::jsonString)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("null", "1", "true", "[]", "{}", "\"\"", "\"\\ud800\"", "\"\\u0000\"",
            "[[[[[[[[[[]]]]]]]]]]", "\"unterminated")));
    Arbitrary<String> record = Combinators.combine(value, value, value)
        .as((speaker, text, date) -> "{\"speaker\":" + speaker + ",\"text\":" + text + ",\"date\":" + date + "}");
    Arbitrary<String> line = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, record),
        net.jqwik.api.Tuple.of(1, HostileText.draft(10)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "{", "}", "[", "{\"text\":\"a\"", "\r", "{\"text\":\"x\"}\r")),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 300).map(n -> "[".repeat(n) + "]".repeat(n))));
    return lines(line, 15);
  }

  static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  @Provide
  Arbitrary<String> speeches() {
    Arbitrary<String> yaml = Arbitraries.of("speaker: Maria Lopez", "speaker: \"Gov. Maria Lopez\"", "speaker:",
        "speaker: [a, b]", "speaker: {x: 1}", "date: 2026-01-01", "source: Town hall", "url: http://x", ": :",
        "speaker: &a x", "speaker: *a", "- list", "  indented: yes", "speaker: \u202eevil", "'", "\"", "{", "!!binary x");
    Arbitrary<String> header = yaml.list().ofMaxSize(6).map(l -> "---\n" + String.join("\n", l) + "\n---\n");
    return Combinators.combine(Arbitraries.of("", "\ufeff", "\r\n"), header, HostileText.draft(60))
        .as((bom, h, body) -> bom.equals("\r\n") ? h.replace("\n", "\r\n") + body : bom + h + body);
  }

  @Provide
  Arbitrary<String> articles() {
    return Arbitraries.oneOf(speeches(), HostileText.draft());
  }

  @Provide
  Arbitrary<Format> articleFormats() {
    return Arbitraries.of(Format.class);
  }

  @Provide
  Arbitrary<String> anyShape() {
    return Arbitraries.oneOf(transcripts(), subtitles(), jsonLines(), speeches(), HostileText.draft());
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("a.txt", "a.md", "a.html", "a.vtt", "a.srt", "a.jsonl", "a.ndjson", "a", "a.TXT", "a.pdf");
  }
}
