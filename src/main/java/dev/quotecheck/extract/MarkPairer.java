package dev.quotecheck.extract;

import static dev.quotecheck.extract.Marks.leftFlanking;
import static dev.quotecheck.extract.Marks.rightFlanking;
import static dev.quotecheck.extract.Marks.space;

import dev.quotecheck.extract.Marks.Group;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks paragraph by paragraph with one explicit stack (no recursion), so a
 * million marks or nesting thousands deep costs linear time. A closing mark looks at most {@link
 * #CLOSE_SEARCH} openers down the stack. An opener left at the end of a paragraph either goes on
 * (the next paragraph opens with a mark of its kind) or is recovered up to the attribution or the
 * paragraph's end, with a warning.
 */
final class MarkPairer {

  static final int CLOSE_SEARCH = 8;
  static final String NO_CLOSE_CUE = "no closing quotation mark: ended before the attribution";
  static final String NO_CLOSE_PARAGRAPH = "no closing quotation mark: ended at the end of the paragraph";
  static final String WRONG_CLOSE = "closed by a wrong-direction mark ";
  static final String WRONG_OPEN = "opened by a closing mark ";
  static final String NO_OPEN = "no opening quotation mark: started after the attribution";

  private final SpeechCues cues;

  MarkPairer(SpeechCues cues) {
    this.cues = cues;
  }

  List<RawQuote> pair(String text, List<Span> paragraphs) {
    List<RawQuote> out = new ArrayList<>();
    Opener carry = null;
    for (int k = 0; k < paragraphs.size(); k++) {
      Scan scan = new Scan(text, paragraphs.get(k), out);
      int from = paragraphs.get(k).start();
      if (carry != null) {
        int len = text.startsWith("''", from) ? 2 : 1;
        for (int i = 0; i < len; i++) {
          carry.continuation.add(from + i);
        }
        scan.stack.add(carry);
        from += len;
      }
      scan.run(from);
      carry = scan.finish(k + 1 < paragraphs.size() ? paragraphs.get(k + 1) : null);
    }
    return out;
  }

  private static final class Opener {
    final int pos;
    final char mark;
    final Group group;
    final int len;
    final List<Integer> continuation = new ArrayList<>(0);
    final List<String> warnings = new ArrayList<>(0);

    Opener(int pos, char mark, Group group, int len) {
      this.pos = pos;
      this.len = len;
      this.mark = mark;
      this.group = group;
    }
  }

  /** The state of one paragraph's scan. */
  private final class Scan {
    final String text;
    final Span paragraph;
    final List<RawQuote> out;
    final List<Opener> stack = new ArrayList<>();
    int lastQuoteEnd;

    Scan(String text, Span paragraph, List<RawQuote> out) {
      this.text = text;
      this.paragraph = paragraph;
      this.out = out;
    }

    char at(int i) {
      return i >= paragraph.start() && i < paragraph.end() ? text.charAt(i) : '\n';
    }

    void run(int from) {
      for (int i = from; i < paragraph.end(); i++) {
        char c = text.charAt(i);
        Group g = Marks.group(c);
        if (g == null) {
          continue;
        }
        char prev = at(i - 1);
        char next = at(i + 1);
        if ((c == '"' || c == '\'') && prev == '=') {
          i = skipAttributeValue(i, c); // markup debris: name="value"
        } else if (c == '\'' && next == '\'') {
          doubleMark(i, '"', prev, at(i + 2), 2); // two apostrophes stand for a straight double mark
          i++;
        } else if (g == Group.DOUBLE) {
          doubleMark(i, c, prev, next, 1);
        } else if (g == Group.SINGLE) {
          i = singleMark(i, c, prev, next);
        } else if (Marks.onlyOpens(c)) {
          push(i, c, g, null);
        } else {
          int idx = findOpen(g);
          if (idx >= 0) {
            close(idx, i, null);
          }
        }
      }
    }

    int skipAttributeValue(int i, char c) {
      for (int j = i + 1; j < paragraph.end(); j++) {
        if (text.charAt(j) == c) {
          return j;
        }
      }
      return i;
    }

    void doubleMark(int i, char c, char prev, char next, int len) {
      int idx = findOpen(Group.DOUBLE);
      if (idx < 0 && c != '„' && startsParagraph(i)) {
        // the first thing in a paragraph can only open, whatever its shape or spacing
        push(i, c, Group.DOUBLE, c == '”' ? WRONG_OPEN + c : null, len);
        return;
      }
      boolean left = leftFlanking(prev, next);
      boolean right = rightFlanking(prev, next);
      switch (c) {
        case '„' -> {
          if (!space(next)) {
            push(i, c, Group.DOUBLE, null);
          }
        }
        case '“' -> {
          if (idx >= 0 && stack.get(idx).mark == '„' && !space(prev)) {
            close(idx, i, null);
          } else if (space(next) || (right && !left)) {
            if (idx >= 0) {
              close(idx, i, WRONG_CLOSE + c);
            }
          } else {
            push(i, c, Group.DOUBLE, null);
          }
        }
        case '”' -> {
          if (idx >= 0) {
            close(idx, i, null);
          } else if (left) {
            push(i, c, Group.DOUBLE, WRONG_OPEN + c);
          } else {
            orphan(i);
          }
        }
        default -> { // the straight mark says nothing about its direction
          if (left && !right) {
            push(i, c, Group.DOUBLE, null, len);
          } else if (idx >= 0) {
            close(idx, i, null, len);
          } else if (!right && !space(next)) {
            push(i, c, Group.DOUBLE, null, len);
          }
        }
      }
    }

    /** Only white space or format characters stand between the paragraph start and {@code i}. */
    boolean startsParagraph(int i) {
      for (int k = i - 1; k >= paragraph.start(); k--) {
        if (!space(text.charAt(k))) {
          return false;
        }
      }
      return true;
    }

    /** Returns the last offset consumed (an elided {@code 'n'} consumes its second mark). */
    int singleMark(int i, char c, char prev, char next) {
      if (Character.isLetterOrDigit(prev) && Character.isLetterOrDigit(next)) {
        return i; // don't, Iran’s
      }
      if (space(prev) || Marks.opensBefore(prev)) {
        int elided = Apostrophes.elisionEnd(text, i + 1, paragraph.end());
        if (elided >= 0) {
          return elided; // 'n', 'em, '90s
        }
      }
      int idx = findOpen(Group.SINGLE);
      boolean left = leftFlanking(prev, next);
      boolean right = rightFlanking(prev, next);
      if (c == '‘') {
        if (left) {
          push(i, c, Group.SINGLE, null);
        } else if (idx >= 0 && right) {
          close(idx, i, WRONG_CLOSE + c);
        }
      } else if (c == '\'' && left && !right) {
        push(i, c, Group.SINGLE, null);
      } else if (idx >= 0 && !space(prev) && !possessive(i, prev, next)) {
        close(idx, i, null);
      }
      return i;
    }

    /** students' books: a plural possessive, when a later single mark can still close. */
    boolean possessive(int i, char prev, char next) {
      boolean sEnding = prev == 's' || prev == 'S' || (prev == 'n' && at(i - 2) == 'i');
      if (!sEnding || !space(next) || !Character.isLetterOrDigit(at(i + 2))) {
        return false;
      }
      for (int j = i + 1; j < paragraph.end(); j++) {
        char c = text.charAt(j);
        if (Marks.group(c) == Group.SINGLE) {
          char p = at(j - 1);
          char n = at(j + 1);
          if (Character.isLetterOrDigit(p) && Character.isLetterOrDigit(n)) {
            continue;
          }
          return rightFlanking(p, n);
        }
      }
      return false;
    }

    /** The stack index of the nearest open quotation of {@code g}, or -1. */
    int findOpen(Group g) {
      int floor = Math.max(0, stack.size() - CLOSE_SEARCH);
      for (int j = stack.size() - 1; j >= floor; j--) {
        Group h = stack.get(j).group;
        if (h == g) {
          return j;
        }
        if (g == Group.SINGLE && h != Group.SINGLE) {
          return -1; // a single mark never closes across an open double
        }
      }
      return -1;
    }

    void push(int i, char c, Group g, String warning) {
      push(i, c, g, warning, 1);
    }

    void push(int i, char c, Group g, String warning, int len) {
      Opener o = new Opener(i, c, g, len);
      if (warning != null) {
        o.warnings.add(warning);
      }
      stack.add(o);
    }

    void close(int idx, int i, String warning) {
      close(idx, i, warning, 1);
    }

    void close(int idx, int i, String warning, int len) {
      Opener o = stack.get(idx);
      stack.subList(idx, stack.size()).clear();
      if (warning != null) {
        o.warnings.add(warning);
      }
      out.add(new RawQuote(o.pos, o.pos + o.len, i, i + len, o.continuation, o.warnings));
      lastQuoteEnd = i + len;
    }

    /**
     * A closing mark with nothing to close ({@code she added, We will win.”}): the quotation
     * starts after the nearest speech cue and comma or colon before it, within the paragraph and
     * after the last quotation; without such a cue the mark is left alone.
     */
    void orphan(int i) {
      int lower = Math.max(paragraph.start(), lastQuoteEnd);
      lastQuoteEnd = i + 1; // the next orphan searches no further back: linear time
      for (int p = i - 1; p > lower; p--) {
        char c = text.charAt(p);
        if ((c == ',' || c == ':') && cueBefore(p, lower)) {
          int start = p + 1;
          while (start < i && space(text.charAt(start))) {
            start++;
          }
          out.add(new RawQuote(start, start, i, i + 1, List.of(), List.of(NO_OPEN)));
          return;
        }
      }
    }

    /** The word just before {@code p} is a speech cue. */
    boolean cueBefore(int p, int lower) {
      int end = p;
      int start = end;
      while (start > lower && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      return start < end && cues.isCue(text.substring(start, end));
    }

    /** Ends the paragraph; returns the quotation that goes on into the next one, if any. */
    Opener finish(Span nextParagraph) {
      Opener open = null;
      for (Opener o : stack) {
        if (o.group != Group.SINGLE) {
          open = o;
          break;
        }
      }
      stack.clear();
      if (open == null) {
        return null;
      }
      if (nextParagraph != null && continues(open, nextParagraph)) {
        return open;
      }
      int from = open.continuation.isEmpty() ? open.pos + open.len : open.continuation.get(open.continuation.size() - 1) + 1;
      from = Math.max(from, paragraph.start());
      int end = cues.attributionBoundary(text, from, paragraph.end());
      if (end >= 0) {
        open.warnings.add(NO_CLOSE_CUE);
      } else {
        end = paragraph.end();
        open.warnings.add(NO_CLOSE_PARAGRAPH);
      }
      out.add(new RawQuote(open.pos, open.pos + open.len, Math.max(end, open.pos + open.len), Math.max(end, open.pos + open.len), open.continuation, open.warnings));
      return null;
    }

    boolean continues(Opener open, Span next) {
      char first = text.charAt(next.start());
      int len = text.startsWith("''", next.start()) ? 2 : 1;
      if (next.length() <= len || space(text.charAt(next.start() + len))) {
        return false;
      }
      if (len == 2) {
        first = '"';
      }
      return switch (open.group) {
        // the same mark as the one that opened: a stray mark does not swallow the next quotation
        case DOUBLE -> first == open.mark || (open.mark == '„' && first == '“') || (open.mark == '”' && first == '“');
        case GUILLEMET -> first == '«';
        case SINGLE_GUILLEMET -> first == '‹';
        case CORNER -> first == '「';
        case WHITE_CORNER -> first == '『';
        case SINGLE -> false;
      };
    }
  }
}
