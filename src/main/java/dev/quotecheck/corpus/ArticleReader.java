package dev.quotecheck.corpus;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Format;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article (another outlet's report, a press release) with no speaker metadata. Its quotations,
 * attributed by quotecheck's own extraction and attribution, become passages of their speakers;
 * the rest of each paragraph is kept as unattributed passages, so every word of the article lies
 * in exactly one passage. Quotations of one speaker within one paragraph form one turn.
 */
public final class ArticleReader implements CorpusReader {
  private final Format format;
  private final QuoteChecker checker;

  public ArticleReader(Format format, QuoteChecker checker) {
    this.format = format;
    this.checker = Objects.requireNonNull(checker, "checker");
  }

  @Override
  public Reading read(String path, String original) {
    FrontMatter header = FrontMatter.of(original).orElse(null);
    SourceMeta meta = header == null ? SourceMeta.NONE : header.meta();
    Document doc = SpeechReader.body(path, original, format, header);
    DocumentResult result = checker.check(doc);
    PassageMaker maker = new PassageMaker(path, original, meta);
    String text = doc.text();
    List<Span> paragraphs = result.extraction().paragraphs();
    List<Span> quoted = new ArrayList<>();
    Map<String, List<Passage>> byParagraphAndSpeaker = new LinkedHashMap<>();
    for (QuoteResult q : result.quotes()) {
      String speaker = q.attribution().speaker();
      if (speaker == null) {
        continue;
      }
      Span c = q.quote().content();
      Passage p = maker.span(speaker, text, c.start(), c.end(), doc::toOriginal);
      if (p != null) {
        quoted.add(q.quote().outer());
        byParagraphAndSpeaker.computeIfAbsent(paragraphOf(paragraphs, c) + "\u0000" + speaker, k -> new ArrayList<>())
            .add(p);
      }
    }
    quoted.sort(null);
    List<Turn> turns = new ArrayList<>();
    byParagraphAndSpeaker.values().forEach(ps -> turns.add(new Turn(ps.get(0).speaker(), ps)));
    for (Span para : paragraphs) {
      List<Passage> rest = new ArrayList<>();
      int from = para.start();
      for (Span q : quoted) {
        if (q.start() >= from && q.end() <= para.end()) {
          rest.addAll(words(maker, text, from, q.start(), doc));
          from = q.end();
        }
      }
      rest.addAll(words(maker, text, from, para.end(), doc));
      if (!rest.isEmpty()) {
        turns.add(new Turn(null, rest));
      }
    }
    turns.sort((a, b) -> Integer.compare(a.passages().get(0).start(), b.passages().get(0).start()));
    return new Reading(turns, List.of());
  }

  /** Unattributed text between quotations: kept only if it has a word in it. */
  private static List<Passage> words(PassageMaker maker, String text, int from, int to, Document doc) {
    if (from >= to || text.substring(from, to).codePoints().noneMatch(Character::isLetterOrDigit)) {
      return List.of();
    }
    return maker.paragraphs(null, text, from, to, doc::toOriginal);
  }

  private static int paragraphOf(List<Span> paragraphs, Span s) {
    for (int i = 0; i < paragraphs.size(); i++) {
      if (paragraphs.get(i).overlaps(s)) {
        return i;
      }
    }
    return -1;
  }
}
