package dev.quotecheck.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML front-matter header ({@code ---} ... {@code ---}) at the top of a text or Markdown file:
 * who speaks in the body, and when and where.
 *
 * @param end offset just past the closing {@code ---} line
 */
record FrontMatter(String speaker, SourceMeta meta, int end) {
  private static final Pattern HEADER =
      Pattern.compile("\\A\\uFEFF?---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** The header, if the file starts with one that parses; a broken header counts as none. */
  static Optional<FrontMatter> of(String original) {
    if (!original.startsWith("---")) {
      return Optional.empty();
    }
    Matcher m = HEADER.matcher(original.substring(0, Math.min(original.length(), 20000)));
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = YAML.readTree(m.group(1));
    } catch (Exception e) { // any YAML failure means: not a header we understand
      return Optional.empty();
    }
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    return Optional.of(new FrontMatter(
        SpeakerLabels.speaker(value(node, "speaker") == null ? "" : value(node, "speaker")),
        new SourceMeta(value(node, "date"), value(node, "source"), value(node, "url")),
        m.end()));
  }

  /** A field as text, or null when absent, null, a container or blank. */
  static String value(JsonNode node, String key) {
    JsonNode v = node.get(key);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** The original with the header blanked (line breaks kept), so offsets stay put. */
  String blank(String original) {
    char[] t = original.toCharArray();
    for (int i = 0; i < end; i++) {
      if (t[i] != '\n' && t[i] != '\r') {
        t[i] = ' ';
      }
    }
    return new String(t);
  }
}
