package dev.quotecheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.attribute.SpeakerResolver;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Format;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

  /** Credits each quotation to whichever known name follows it in its paragraph. */
  private static final SpeakerResolver NAME_AFTER = (doc, extraction) -> {
    Map<Quotation, Attribution> out = new IdentityHashMap<>();
    for (Quotation q : extraction.quotes()) {
      String after = doc.text().substring(q.outer().end(), q.sentence().end());
      String speaker = after.contains("Maria Lopez") ? "Maria Lopez" : after.contains("Tom Reed") ? "Tom Reed" : null;
      out.put(q, new Attribution(speaker, null, null, null, "test", speaker == null ? 0 : 1));
    }
    return out;
  };

  @Test
  void attributedQuotationsBecomeTheirSpeakersPassagesAndTheRestIsUnattributed() throws IOException {
    String original = CorpusReadersTest.read("article.txt");
    ArticleReader reader = new ArticleReader(Format.TEXT, QuoteChecker.builder().resolver(NAME_AFTER).build());
    Reading r = reader.read("article.txt", original);

    List<Passage> lopez = r.passages().stream().filter(p -> "Maria Lopez".equals(p.speaker())).toList();
    assertThat(lopez).extracting(Passage::text).containsExactly("We did not cut a single teacher,");
    assertThat(original.substring(lopez.get(0).start(), lopez.get(0).end())).isEqualTo(lopez.get(0).text());
    assertThat(lopez.get(0).line()).isEqualTo(3);
    assertThat(r.passages().stream().filter(p -> "Tom Reed".equals(p.speaker())))
        .extracting(Passage::text).containsExactly("The numbers hide the cuts,");

    List<String> rest = r.passages().stream().filter(p -> p.speaker() == null).map(Passage::text).toList();
    assertThat(rest).contains("City hall approved the new budget on Tuesday after a long debate.", "Critics were unconvinced.");
    assertThat(String.join(" ", rest)).doesNotContain("single teacher").doesNotContain("hide the cuts");
    CorpusReadersTest.assertVerbatim(r, original);
  }

  @Test
  void withoutAttributionsTheWholeArticleIsUnattributed() throws IOException {
    String original = CorpusReadersTest.read("article.txt");
    ArticleReader reader = new ArticleReader(Format.TEXT,
        QuoteChecker.builder().resolver((doc, ex) -> Map.of()).build());
    Reading r = reader.read("article.txt", original);
    assertThat(r.passages()).isNotEmpty().allSatisfy(p -> assertThat(p.speaker()).isNull());
    assertThat(String.join(" ", r.passages().stream().map(Passage::text).toList())).contains("single teacher");
  }
}
