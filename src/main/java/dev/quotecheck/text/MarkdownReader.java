package dev.quotecheck.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Markdown by blanking its syntax in place: code, link destinations, HTML comments and
 * tags, block-quote and list markers, heading and emphasis marks become spaces. Every character
 * that remains stays at its original offset, so the offset map is the identity and line breaks
 * (and so paragraphs) survive.
 */
final class MarkdownReader implements DocumentReader {

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(?s:.*?)\\n---[ \\t]*(\\r?\\n|\\z)");
  private static final Pattern QUOTE_PREFIX = Pattern.compile("^(?: {0,3}> ?)+");
  private static final Pattern LIST_MARKER = Pattern.compile("^ {0,12}(?:[-*+]|\\d{1,9}[.)])(?=[ \\t]|$)");
  private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?=[ \\t]|$)");
  private static final Pattern HEADING_CLOSE = Pattern.compile("[ \\t]#+[ \\t]*$");
  private static final Pattern SETEXT_OR_BREAK =
      Pattern.compile("^ {0,3}(?:=+|-+|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|(?:-[ \\t]*){3,})[ \\t]*$");
  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$");
  private static final Pattern INLINE_TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s+[^<>]*?)?/?>|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*>");

  @Override
  public Document read(String path, String original) {
    char[] t = original.toCharArray();
    Matcher fm = FRONT_MATTER.matcher(original);
    if (fm.lookingAt()) {
      blank(t, 0, fm.end());
    }
    blankCodeBlocks(t);
    blankComments(t);
    blankBlockMarkers(t);
    blankInline(t);
    return new Document(path, Format.MARKDOWN, original, new String(t), OffsetMap.IDENTITY);
  }

  /** Fenced blocks, and indented blocks that follow a blank line outside a list. */
  private static void blankCodeBlocks(char[] t) {
    String fence = null;
    boolean previousBlank = true;
    boolean previousCode = false;
    boolean inList = false;
    for (int start = 0; start < t.length; ) {
      int end = lineEnd(t, start);
      String line = new String(t, start, end - start);
      boolean blankLine = line.isBlank();
      if (fence != null) {
        blank(t, start, end);
        if (closesFence(line, fence)) {
          fence = null;
        }
        previousCode = true;
      } else {
        Matcher f = FENCE.matcher(line);
        if (f.find()) {
          fence = f.group(1);
          blank(t, start, end);
          previousCode = true;
        } else if (!blankLine
            && !inList
            && (previousBlank || previousCode)
            && (line.startsWith("    ") || line.startsWith("\t"))) {
          blank(t, start, end);
          previousCode = true;
        } else {
          if (!blankLine) {
            boolean indented = line.startsWith("  ") || line.startsWith("\t");
            inList = LIST_MARKER.matcher(stripQuotePrefix(line)).find() || (inList && indented);
            previousCode = false;
          }
        }
      }
      previousBlank = blankLine;
      start = nextLine(t, end);
    }
  }

  private static boolean closesFence(String line, String fence) {
    String s = line.strip();
    return s.length() >= fence.length() && s.chars().allMatch(c -> c == fence.charAt(0));
  }

  private static String stripQuotePrefix(String line) {
    Matcher m = QUOTE_PREFIX.matcher(line);
    return m.lookingAt() ? line.substring(m.end()) : line;
  }

  private static void blankComments(char[] t) {
    String s = new String(t);
    int from = 0;
    while (true) {
      int open = s.indexOf("<!--", from);
      if (open < 0) {
        return;
      }
      int close = s.indexOf("-->", open + 4);
      int end = close < 0 ? t.length : close + 3;
      blank(t, open, end);
      from = end;
    }
  }

  private static void blankBlockMarkers(char[] t) {
    boolean previousBlank = true;
    for (int start = 0; start < t.length; ) {
      int end = lineEnd(t, start);
      String line = new String(t, start, end - start);
      Matcher q = QUOTE_PREFIX.matcher(line);
      int offset = 0;
      if (q.lookingAt()) {
        blank(t, start, start + q.end());
        offset = q.end();
      }
      String rest = line.substring(offset);
      Matcher m;
      if (REFERENCE_DEFINITION.matcher(rest).matches()) {
        blank(t, start + offset, end);
      } else if (!previousBlank && SETEXT_OR_BREAK.matcher(rest).matches()) {
        blank(t, start + offset, end);
      } else if (previousBlank && SETEXT_OR_BREAK.matcher(rest).matches() && !rest.strip().matches("[-=]")) {
        blank(t, start + offset, end);
      } else if ((m = HEADING.matcher(rest)).lookingAt()) {
        blank(t, start + offset, start + offset + m.end());
        Matcher close = HEADING_CLOSE.matcher(rest);
        if (close.find()) {
          blank(t, start + offset + close.start(), end);
        }
      } else if ((m = LIST_MARKER.matcher(rest)).lookingAt()) {
        blank(t, start + offset, start + offset + m.end());
      }
      previousBlank = new String(t, start, end - start).isBlank();
      start = nextLine(t, end);
    }
  }

  private static void blankInline(char[] t) {
    blankCodeSpans(t);
    Matcher tag = INLINE_TAG.matcher(new String(t));
    while (tag.find()) {
      blank(t, tag.start(), tag.end());
    }
    blankLinks(t);
    for (int i = 0; i < t.length; i++) {
      char c = t[i];
      if (c == '\\' && i + 1 < t.length && isAsciiPunctuation(t[i + 1])) {
        t[i] = ' ';
        i++;
      } else if (c == '*' || (c == '~' && i + 1 < t.length && t[i + 1] == '~')) {
        t[i] = ' ';
        if (c == '~') {
          t[++i] = ' ';
        }
      } else if (c == '_') {
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(t[i - 1]);
        int j = i;
        while (j < t.length && t[j] == '_') {
          j++;
        }
        boolean wordAfter = j < t.length && Character.isLetterOrDigit(t[j]);
        if (!(wordBefore && wordAfter)) {
          blank(t, i, j);
        }
        i = j - 1;
      }
    }
  }

  private static void blankCodeSpans(char[] t) {
    for (int i = 0; i < t.length; i++) {
      if (t[i] != '`' || (i > 0 && t[i - 1] == '\\')) {
        continue;
      }
      int run = 0;
      while (i + run < t.length && t[i + run] == '`') {
        run++;
      }
      int close = findBacktickRun(t, i + run, run);
      if (close < 0) {
        i += run - 1;
        continue;
      }
      blank(t, i, close + run);
      i = close + run - 1;
    }
  }

  private static int findBacktickRun(char[] t, int from, int run) {
    for (int i = from; i < t.length; i++) {
      if (t[i] == '`') {
        int n = 0;
        while (i + n < t.length && t[i + n] == '`') {
          n++;
        }
        if (n == run) {
          return i;
        }
        i += n - 1;
      } else if (t[i] == '\n' && i + 1 < t.length && (t[i + 1] == '\n' || t[i + 1] == '\r')) {
        return -1; // code spans do not cross paragraphs
      }
    }
    return -1;
  }

  /** {@code [text](url "title")}, {@code ![alt](url)} and {@code [text][ref]}: keep the text. */
  private static void blankLinks(char[] t) {
    for (int i = 0; i + 1 < t.length; i++) {
      if (t[i] != ']' || (t[i + 1] != '(' && t[i + 1] != '[')) {
        continue;
      }
      int open = matchingOpenBracket(t, i);
      if (open < 0) {
        continue;
      }
      int close = closing(t, i + 1, t[i + 1], t[i + 1] == '(' ? ')' : ']');
      if (close < 0) {
        continue;
      }
      t[open] = ' ';
      if (open > 0 && t[open - 1] == '!') {
        t[open - 1] = ' ';
      }
      blank(t, i, close + 1);
      i = close;
    }
  }

  private static int matchingOpenBracket(char[] t, int close) {
    int depth = 0;
    for (int i = close - 1; i >= 0 && t[i] != '\n'; i--) {
      if (t[i] == ']') {
        depth++;
      } else if (t[i] == '[') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }

  private static int closing(char[] t, int openAt, char open, char close) {
    int depth = 0;
    for (int i = openAt; i < t.length && t[i] != '\n'; i++) {
      if (t[i] == open) {
        depth++;
      } else if (t[i] == close && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isAsciiPunctuation(char c) {
    return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
  }

  private static int lineEnd(char[] t, int start) {
    int i = start;
    while (i < t.length && t[i] != '\n' && t[i] != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(char[] t, int end) {
    if (end < t.length && t[end] == '\r' && end + 1 < t.length && t[end + 1] == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  /** Spaces in place of everything but line breaks. */
  static void blank(char[] t, int from, int to) {
    for (int i = from; i < to && i < t.length; i++) {
      if (t[i] != '\n' && t[i] != '\r') {
        t[i] = ' ';
      }
    }
  }
}
