package dev.quotecheck.report;

import dev.quotecheck.extract.Quotation;
import dev.quotecheck.match.DiffOp;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Verdict;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of a word diff, ready to render: the quoted stretch as highlighted segments, with the
 * text around it (the rest of the draft sentence, or the rest of the source passage) as context.
 *
 * @param before context before the quoted stretch, as written
 * @param segments the quoted stretch, one segment per diff step
 * @param after context after the quoted stretch, as written
 */
public record DiffView(String before, List<Segment> segments, String after) {

  /** What a segment is, seen from its own side. */
  public enum Kind {
    /** The same on both sides. */
    SAME,
    /** Only in the draft: words the source lacks. */
    ADDED,
    /** Only in the source: words the draft left out. */
    REMOVED,
    /** Present on both sides but different words. */
    CHANGED,
    /** A marker where the other side has words this side lacks; the text is the other side's. */
    GAP
  }

  /** A run of words and what happened to them. */
  public record Segment(Kind kind, String text) {}

  public DiffView {
    segments = List.copyOf(segments);
  }

  /** The draft side: the quotation in its sentence, diffed against the source when there is one. */
  public static DiffView draft(Document document, Quotation quote, Verdict verdict) {
    String text = document.text();
    Span content = quote.content();
    Span sentence = quote.sentence();
    String before = sentence.start() <= content.start() ? text.substring(sentence.start(), content.start()) : "";
    String after = sentence.end() >= content.end() ? text.substring(content.end(), sentence.end()) : "";
    return new DiffView(before, draft(quote, verdict).segments(), after);
  }

  /** The draft side without its sentence around it. */
  public static DiffView draft(Quotation quote, Verdict verdict) {
    List<Segment> segments = new ArrayList<>();
    if (verdict == null || verdict.diff().isEmpty()) {
      segments.add(new Segment(Kind.SAME, quote.text()));
    } else {
      for (DiffOp op : verdict.diff()) {
        switch (op.op()) {
          case EQUAL -> add(segments, Kind.SAME, op.draft());
          case INSERT -> add(segments, Kind.ADDED, op.draft());
          case REPLACE -> add(segments, Kind.CHANGED, op.draft());
          case DELETE -> add(segments, Kind.GAP, op.source());
        }
      }
    }
    return new DiffView("", segments, "");
  }

  /** The source side: the passage with the stretch the quotation matches highlighted. */
  public static DiffView source(Verdict verdict) {
    SourceRef source = verdict.source();
    if (source == null) {
      return new DiffView("", List.of(), "");
    }
    List<Segment> segments = new ArrayList<>();
    for (DiffOp op : verdict.diff()) {
      switch (op.op()) {
        case EQUAL -> add(segments, Kind.SAME, op.source());
        case DELETE -> add(segments, Kind.REMOVED, op.source());
        case REPLACE -> add(segments, Kind.CHANGED, op.source());
        case INSERT -> add(segments, Kind.GAP, op.draft());
      }
    }
    if (segments.isEmpty()) {
      return new DiffView("", List.of(new Segment(Kind.SAME, source.text())), "");
    }
    return framed(source.text(), segments);
  }

  /** Puts the diffed stretch back into the full passage, when it can be found there. */
  private static DiffView framed(String passage, List<Segment> segments) {
    String first = null;
    String last = null;
    for (Segment s : segments) {
      if (s.kind() != Kind.GAP) {
        if (first == null) {
          first = s.text();
        }
        last = s.text();
      }
    }
    if (first == null) {
      return new DiffView("", segments, "");
    }
    int from = passage.indexOf(first);
    int lastAt = passage.lastIndexOf(last);
    if (from < 0 || lastAt < from) {
      return new DiffView("", segments, "");
    }
    return new DiffView(passage.substring(0, from), segments, passage.substring(lastAt + last.length()));
  }

  private static void add(List<Segment> segments, Kind kind, String words) {
    String trimmed = words.strip();
    if (!trimmed.isEmpty()) {
      segments.add(new Segment(kind, trimmed));
    }
  }
}
