package dev.quotecheck.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotecheck.text.LineMap;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON Lines: one record {@code {"speaker", "text", "date", "source", "url"}} per line (posts,
 * statements). Each record is a turn; its passages are the paragraphs of {@code text}, and all
 * carry the record's line and the offsets of the whole line, since the words sit inside JSON
 * escapes. A bad line is reported with its number and the rest is read.
 */
public final class JsonLinesReader implements CorpusReader {
  private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE / 4)
          .maxNestingDepth(200)
          .build())
      .build());

  @Override
  public Reading read(String path, String original) {
    PassageMaker maker = new PassageMaker(path, original, SourceMeta.NONE);
    List<Turn> turns = new ArrayList<>();
    List<CorpusProblem> problems = new ArrayList<>();
    int n = original.length();
    LineMap lines = new LineMap(original); // a lone CR inside a record still starts an editor's line
    for (int ls = 0; ls < n; ) {
      int le = original.indexOf('\n', ls);
      le = le < 0 ? n : le;
      int lineNo = lines.line(ls);
      int e = le > ls && original.charAt(le - 1) == '\r' ? le - 1 : le;
      String line = original.substring(ls, e);
      if (!line.isBlank()) {
        record(maker, line, ls, e, lineNo, turns, problems);
      }
      ls = le + 1;
    }
    return new Reading(turns, problems);
  }

  private static void record(
      PassageMaker maker, String line, int start, int end, int lineNo, List<Turn> turns, List<CorpusProblem> problems) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      problems.add(new CorpusProblem(maker.path(), lineNo, "invalid JSON (" + e.getOriginalMessage() + ")"));
      return;
    }
    if (node == null || !node.isObject()) {
      problems.add(new CorpusProblem(maker.path(), lineNo, "expected a JSON object with \"text\""));
      return;
    }
    JsonNode text = node.get("text");
    if (text == null || !text.isTextual() || text.asText().isBlank()) {
      problems.add(new CorpusProblem(maker.path(), lineNo, "record has no \"text\" string"));
      return;
    }
    String speaker = FrontMatter.value(node, "speaker");
    SourceMeta meta = new SourceMeta(FrontMatter.value(node, "date"), FrontMatter.value(node, "source"), FrontMatter.value(node, "url"));
    List<Passage> passages = new ArrayList<>();
    String words = text.asText();
    for (Passage p : new PassageMaker(maker.path(), words, meta).paragraphs(speaker, 0, words.length())) {
      passages.add(new Passage(maker.path(), speaker, p.text(), start, end, lineNo, meta.date(), meta.source(),
          meta.url()));
    }
    if (!passages.isEmpty()) {
      turns.add(new Turn(speaker, passages));
    }
  }
}
