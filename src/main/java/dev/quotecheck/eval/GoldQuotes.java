package dev.quotecheck.eval;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The gold quotations of a PolNeAR article: the quoted segments inside its Content spans (the
 * words between the marks). Deliberately simpler than the extractor and independent of it. Double
 * marks ({@code “ ” "} and {@code ''}) pair in order; single marks count only in a Content span
 * without double marks, and only as a left-flanking opener with a right-flanking closer. A segment
 * may start or end without a mark where the annotators cut a quotation into several Content spans
 * (one per sentence, one per paragraph); such pieces of one quotation (no mark between them) are
 * joined again, since extraction reports a quotation whole.
 */
public final class GoldQuotes {

  /** A gold quotation and the attribution whose Content holds (the start of) it. */
  public record GoldQuote(Span span, GoldAttribution attribution) {}

  /** A segment, and whether it starts or ends without a mark (cut by the annotation). */
  private record Segment(Span span, boolean cutStart, boolean cutEnd, GoldAttribution attribution) {}

  private GoldQuotes() {}

  public static List<GoldQuote> of(PolnearArticle article) {
    String text = article.text();
    List<Segment> segments = new ArrayList<>();
    Set<Span> seen = new HashSet<>();
    for (GoldAttribution a : article.attributions()) {
      for (Span part : a.content()) {
        for (Segment s : segments(text, part, a)) {
          if (seen.add(s.span())) {
            segments.add(s);
          }
        }
      }
    }
    segments.sort(Comparator.comparing(Segment::span));
    List<GoldQuote> out = new ArrayList<>();
    Segment current = null;
    for (Segment s : segments) {
      if (current != null && current.cutEnd() && s.span().start() >= current.span().end()
          && continues(text, current.span().end(), s)) {
        current = new Segment(new Span(current.span().start(), s.span().end()), current.cutStart(), s.cutEnd(),
            current.attribution());
        continue;
      }
      if (current != null) {
        out.add(new GoldQuote(current.span(), current.attribution()));
      }
      current = s;
    }
    if (current != null) {
      out.add(new GoldQuote(current.span(), current.attribution()));
    }
    return out;
  }

  /** The gap holds no mark, or only a paragraph-opening mark of a continued quotation. */
  private static boolean continues(String text, int from, Segment next) {
    int marks = 0;
    boolean paragraphMark = false;
    for (int i = from; i < next.span().start(); i++) {
      if (isDouble(text.charAt(i)) || text.startsWith("''", i)) {
        marks++;
        paragraphMark = i > 0 && text.charAt(i - 1) == '\n';
        i += text.startsWith("''", i) ? 1 : 0;
      }
    }
    // no mark between the end of one piece and the start of the next: the same quotation, even
    // where the annotators left a sentence of it out of every Content span
    return (marks == 0 && next.cutStart()) || (marks == 1 && paragraphMark && !next.cutStart());
  }

  private static boolean isDouble(char c) {
    return c == '"' || c == '“' || c == '”';
  }

  private static List<Segment> segments(String text, Span part, GoldAttribution a) {
    int lo = Math.max(0, part.start() - 1);
    int hi = Math.min(text.length(), part.end() + 1);
    boolean doubles = false;
    for (int i = lo; i < hi && !doubles; i++) {
      doubles = isDouble(text.charAt(i)) || text.startsWith("''", i);
    }
    List<Segment> out = new ArrayList<>();
    int open = -1;
    boolean any = false;
    for (int i = lo; i < hi; i++) {
      char c = text.charAt(i);
      char prev = i > 0 ? text.charAt(i - 1) : '\n';
      int len = text.startsWith("''", i) ? 2 : 1;
      char next = i + len < text.length() ? text.charAt(i + len) : '\n';
      boolean left = !Character.isWhitespace(next) && (Character.isWhitespace(prev) || "([—–-".indexOf(prev) >= 0);
      boolean right = !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next);
      int at = i;
      if (doubles) {
        if (!(isDouble(c) || len == 2)) {
          continue;
        }
        i += len - 1;
        boolean opening = c == '“' || (c != '”' && left);
        if (open < 0) {
          if (!opening && !any && at > part.start()) {
            add(out, text, part.start(), at, true, false, a); // the Content starts inside the quotation
          } else if (c != '”' || !any) {
            open = i;
          }
        } else if (c == '“' && !Character.isWhitespace(next) && prev == '\n') {
          continue; // a new paragraph of the same quotation
        } else if (c == '“' && !Character.isWhitespace(next)) {
          continue; // nested or stray
        } else {
          add(out, text, open + 1, at, false, false, a);
          open = -1;
        }
        any = true;
      } else if (c == '‘' || c == '’' || c == '\'') {
        if (open < 0 && c != '’' && left && Character.isLetterOrDigit(next)) {
          open = i;
        } else if (open >= 0 && c != '‘' && right) {
          add(out, text, open + 1, at, false, false, a);
          open = -1;
        }
      }
    }
    if (open >= 0 && doubles) {
      add(out, text, open + 1, Math.min(hi, part.end()), false, true, a);
    }
    return out;
  }

  private static void add(List<Segment> out, String text, int start, int end, boolean cutStart, boolean cutEnd,
      GoldAttribution a) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.add(new Segment(new Span(start, end), cutStart, cutEnd, a));
        return;
      }
    }
  }
}
