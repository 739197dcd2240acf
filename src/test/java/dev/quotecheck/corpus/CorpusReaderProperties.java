package dev.quotecheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.index.IndexTerms;
import dev.quotecheck.index.WordTokenizer;
import dev.quotecheck.text.Format;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every corpus reader, on any text built from the pieces its format is made of: no exception, and
 * passages whose offsets and lines lie inside the file.
 */
class CorpusReaderProperties {
  private static final QuoteChecker NO_ATTRIBUTION = QuoteChecker.builder().resolver((d, e) -> Map.of()).build();

  private static void assertSound(Reading r, String original) {
    for (Passage p : r.passages()) {
      assertThat(p.end()).isLessThanOrEqualTo(original.length());
      assertThat(p.start()).isLessThanOrEqualTo(p.end());
      assertThat(p.line()).isBetween(1, original.split("\r\n|\r|\n", -1).length);
      assertThat(p.text()).isNotBlank();
    }
    r.problems().forEach(pr -> assertThat(pr.toString()).doesNotContain("\n"));
  }

  @Property(tries = 10000)
  void transcripts(@ForAll("transcript") String s) {
    assertSound(new TranscriptReader().read("t.txt", s), s);
  }

  @Property(tries = 10000)
  void transcriptPassagesAreVerbatim(@ForAll("transcript") String s) {
    for (Passage p : new TranscriptReader().read("t.txt", s).passages()) {
      assertThat(s.substring(p.start(), p.end())).isEqualTo(p.text());
    }
  }

  @Property(tries = 10000)
  void webVtt(@ForAll("subtitles") String s) {
    assertSound(SubtitleReader.webVtt().read("s.vtt", "WEBVTT\n\n" + s), "WEBVTT\n\n" + s);
  }

  @Property(tries = 10000)
  void srt(@ForAll("subtitles") String s) {
    assertSound(SubtitleReader.srt().read("s.srt", s), s);
  }

  @Property(tries = 10000)
  void jsonLines(@ForAll("jsonLines") String s) {
    assertSound(new JsonLinesReader().read("p.jsonl", s), s);
  }

  @Property(tries = 10000)
  void frontMatter(@ForAll("frontMatter") String s) {
    assertSound(new SpeechReader(Format.MARKDOWN).read("s.md", s), s);
    assertSound(new SpeechReader(Format.TEXT).read("s.txt", s), s);
  }

  @Property(tries = 1000)
  void articles(@ForAll("transcript") String s) {
    assertSound(new ArticleReader(Format.TEXT, NO_ATTRIBUTION).read("a.txt", s), s);
  }

  @Property(tries = 10000)
  void retrievalTermsOfAnyText(@ForAll("transcript") String s) {
    WordTokenizer.words(s).forEach(w -> assertThat(w == null || !w.isEmpty()).isTrue());
    assertThat(IndexTerms.distinct(s)).doesNotHaveDuplicates();
  }

  private static Arbitrary<String> joined(String... pieces) {
    return Arbitraries.of(pieces).list().ofMaxSize(50).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> transcript() {
    return joined("Chris Wallace:", "New Speaker:", "Joe Biden (01:02:03):", "TAPPER:", ">> ANN BELL, HOST:", ":",
        "\n", "\r\n", "\r", "\n\n", " ", "words", "not", "don't", "[crosstalk 00:08:48]", "[", "]", "…", "...",
        "“", "”", "\"", "said", ".", "😀", "\u200b", "\u202e", "e\u0301", "(", ")", "00:01");
  }

  @Provide
  Arbitrary<String> subtitles() {
    return joined("00:00:01.000 --> 00:00:02.000", "00:00:01,000 --> 00:00:02,000", "-->", "<v Ann Bell>", "<v>",
        "<v.loud Tom>", "</v>", "<i>", "</i>", "<00:00:01.500>", "&amp;", "&", "NOTE", "STYLE", "1", "\n", "\r\n",
        "\n\n", " ", "words", "ANN BELL:", ">> TOM:", "<", ">", "{\\an8}", "😀");
  }

  @Provide
  Arbitrary<String> jsonLines() {
    return joined("{\"speaker\":\"Ann\",\"text\":\"words\"}", "{\"text\":\"a\\n\\nb\"}", "{", "}", "\"", "text",
        "speaker", ":", ",", "null", "[1]", "\n", "\r\n", "\\u0000", "\\", "😀", " ", "{\"text\":\"\"}",
        "{\"text\":{\"a\":1}}", "{\"speaker\":[1],\"text\":\"x\",\"date\":2020}");
  }

  @Provide
  Arbitrary<String> frontMatter() {
    return joined("---\n", "speaker: Ann Bell\n", "speaker:\n", "date: 2020-01-01\n", "url: [x\n", ": :\n",
        "words", " ", "\n", "\n\n", "# ", "**", "`", "<b>", "😀", "---");
  }
}
