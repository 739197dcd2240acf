package dev.quotecheck.text;

import java.util.Arrays;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the visible text of an HTML file with jsoup, tracking where each character came from.
 * Block elements become paragraph breaks; script, style and other invisible content is dropped.
 * Entities decode to their characters but map back to the entity's position in the file.
 */
final class HtmlReader implements DocumentReader {

  private static final Set<String> INVISIBLE =
      Set.of("script", "style", "noscript", "template", "head", "title", "svg", "math", "iframe", "object");
  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "blockquote",
          "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figure",
          "figcaption", "table", "tr", "td", "th", "caption", "pre", "hr", "address", "details",
          "summary", "form", "fieldset", "body", "html");

  @Override
  public Document read(String path, String original) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    org.jsoup.nodes.Document html = parser.parseInput(original, "");
    Builder out = new Builder(original.length());
    NodeTraversor.traverse(new Visitor(out, original), html);
    return new Document(path, Format.HTML, original, out.text.toString(), out.map());
  }

  private static final String CDATA_OPEN = "<![CDATA[";

  private static final class Visitor implements NodeVisitor {
    private final Builder out;
    private final String original;
    private int hiddenDepth;

    Visitor(Builder out, String original) {
      this.out = out;
      this.original = original;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof Element e) {
        String tag = e.normalName();
        if (INVISIBLE.contains(tag) || hiddenDepth > 0) {
          hiddenDepth++;
          return;
        }
        if (tag.equals("br")) {
          out.append('\n', start(e));
        } else if (BLOCKS.contains(tag)) {
          out.paragraphBreak(start(e));
        }
      } else if (node instanceof TextNode text && hiddenDepth == 0) {
        appendText(text);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (hiddenDepth > 0) {
          hiddenDepth--;
          return;
        }
        if (BLOCKS.contains(e.normalName())) {
          int at = e.endSourceRange().isTracked() ? e.endSourceRange().startPos() : out.lastOriginal();
          out.paragraphBreak(at);
        }
      }
    }

    private int start(Element e) {
      return e.sourceRange().isTracked() ? e.sourceRange().startPos() : out.lastOriginal();
    }

    /** Aligns decoded characters with the raw source, one entity at a time. */
    private void appendText(TextNode node) {
      String decoded = node.getWholeText();
      if (!node.sourceRange().isTracked()) {
        for (int i = 0; i < decoded.length(); i++) {
          out.append(decoded.charAt(i), out.lastOriginal());
        }
        return;
      }
      int o = node.sourceRange().startPos();
      int end = Math.min(node.sourceRange().endPos(), original.length());
      boolean cdata = node instanceof CDataNode;
      if (cdata && original.startsWith(CDATA_OPEN, o)) {
        o += CDATA_OPEN.length(); // the range covers the markers; the text is raw, no entities
      }
      int d = 0;
      while (d < decoded.length()) {
        if (o >= end) {
          out.append(decoded.charAt(d++), Math.max(0, end - 1));
          continue;
        }
        char raw = original.charAt(o);
        if (raw == '&' && !cdata) {
          int semi = entityEnd(o, end);
          if (semi > o) {
            String entity = Parser.unescapeEntities(original.substring(o, semi), false);
            for (int k = 0; k < entity.length() && d < decoded.length(); k++) {
              out.append(decoded.charAt(d++), o);
            }
            o = semi;
            continue;
          }
        }
        if (raw == '\r' && decoded.charAt(d) == '\n') {
          o++; // jsoup reads CRLF as LF: map the LF to the CR's line end
          continue;
        }
        if (raw != decoded.charAt(d)) {
          // jsoup made this text from markup it could not parse (a tag cut off by the end of the
          // file): map the character to where it stands in that stretch, if it does.
          int found = original.indexOf(decoded.charAt(d), o);
          if (found >= 0 && found < end) {
            o = found;
          }
        }
        out.append(decoded.charAt(d++), o++);
      }
    }

    private int entityEnd(int amp, int end) {
      int i = amp + 1;
      int limit = Math.min(end, amp + 34);
      while (i < limit && (Character.isLetterOrDigit(original.charAt(i)) || original.charAt(i) == '#')) {
        i++;
      }
      if (i == amp + 1) {
        return -1;
      }
      return i < end && original.charAt(i) == ';' ? i + 1 : i;
    }
  }

  /** The reading text and, for each of its characters, the original offset. */
  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    int[] table = new int[64];
    final int originalLength;

    Builder(int originalLength) {
      this.originalLength = originalLength;
    }

    void append(char c, int originalOffset) {
      if (text.length() == table.length) {
        table = Arrays.copyOf(table, table.length * 2);
      }
      table[text.length()] = Math.min(originalOffset, Math.max(0, originalLength - 1));
      text.append(c);
    }

    int lastOriginal() {
      return text.length() == 0 ? 0 : table[text.length() - 1];
    }

    /** At most one blank line between blocks, none at the start. */
    void paragraphBreak(int originalOffset) {
      int n = text.length();
      if (n == 0) {
        return;
      }
      int trailing = 0;
      while (trailing < n && text.charAt(n - 1 - trailing) == '\n') {
        trailing++;
      }
      for (int i = trailing; i < 2; i++) {
        append('\n', originalOffset);
      }
    }

    OffsetMap map() {
      return OffsetMap.of(Arrays.copyOf(table, text.length()), originalLength);
    }
  }
}
