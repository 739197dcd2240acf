package dev.quotecheck.match;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an alignment into a word diff with java-diff-utils: each ellipsis-separated segment of
 * the quotation is diffed against the source window it aligned to, brackets compare equal to the
 * words they stand for, and ops are reported as the contract names them (seen from the draft).
 */
final class WordDiff {

  /** Source words skipped inside one segment from this many on count as two places joined. */
  private final int spliceGap;

  WordDiff(int spliceGap) {
    this.spliceGap = spliceGap;
  }

  /** A diff unit: one word, or a bracket with the source words it stands for. */
  private record Unit(String key, int from, int to) {}

  Comparison compare(String draftText, List<Token> draft, Alignment a, SourceText source) {
    List<int[]> segments = segments(draft, a);
    List<Change> changes = new ArrayList<>();
    int matched = 0;
    int draftUnits = 0;
    int sourceUnits = 0;
    String splice = null;
    int seg = 0;
    for (int i = 0; i < draft.size(); i++) {
      Token t = draft.get(i);
      if (t.kind() == Token.Kind.ELLIPSIS) {
        int before = lastWindowEnd(segments, seg);
        int after = seg < segments.size() ? segments.get(seg)[2] : -1;
        String skipped = before >= 0 && after > before ? shorten(source.display(before, after)) : "";
        changes.add(new Change(new DiffOp(DiffOp.Op.EQUAL, draftText.substring(t.start(), t.end()), skipped), List.of(t), List.of()));
        continue;
      }
      int[] g = segments.get(seg++);
      Segment counts = diffSegment(draftText, draft, g[0], g[1], a, source, g[2], g[3], changes);
      matched += counts.matched;
      draftUnits += counts.draftUnits;
      sourceUnits += counts.sourceUnits;
      if (splice == null) {
        splice = spliceIn(g[0], g[1], a, source);
      }
      i = g[1] - 1;
    }
    int from = -1;
    int to = -1;
    for (int[] g : segments) {
      if (g[3] > g[2]) {
        from = from < 0 ? g[2] : from;
        to = g[3];
      }
    }
    return new Comparison(changes, matched, draftUnits, sourceUnits, from, to, splice);
  }

  /** Segments between ellipses as {query from, query to, window from, window to}. */
  private static List<int[]> segments(List<Token> draft, Alignment a) {
    List<int[]> out = new ArrayList<>();
    int prevEnd = 0;
    int start = 0;
    for (int i = 0; i <= draft.size(); i++) {
      if (i < draft.size() && draft.get(i).kind() != Token.Kind.ELLIPSIS) {
        continue;
      }
      if (i > start) {
        int ws = a.windowStart(draft, start, i);
        int we = a.windowEnd(draft, start, i);
        if (ws < 0) {
          ws = prevEnd;
          we = prevEnd;
        }
        out.add(new int[] {start, i, ws, we});
        prevEnd = we;
      }
      start = i + 1;
    }
    return out;
  }

  private static int lastWindowEnd(List<int[]> segments, int next) {
    return next > 0 ? segments.get(next - 1)[3] : -1;
  }

  private static String shorten(String s) {
    return s.length() <= 200 ? s : s.substring(0, 100) + " … " + s.substring(s.length() - 100);
  }

  private static final class Segment {
    int matched;
    int draftUnits;
    int sourceUnits;
  }

  private Segment diffSegment(
      String draftText, List<Token> draft, int qa, int qb, Alignment a, SourceText source, int ws, int we, List<Change> out) {
    List<Unit> d = new ArrayList<>();
    for (int i = qa; i < qb; i++) {
      Token t = draft.get(i);
      d.add(new Unit(t.kind() == Token.Kind.WILDCARD ? "\u0000" + i : t.norm(), i, i + 1));
    }
    List<Unit> s = new ArrayList<>();
    List<Token> st = source.tokens();
    for (int j = ws; j < we; ) {
      int bracket = bracketCovering(draft, qa, qb, a, j);
      if (bracket >= 0) {
        s.add(new Unit("\u0000" + bracket, j, a.to()[bracket]));
        j = a.to()[bracket];
      } else {
        s.add(new Unit(st.get(j).norm(), j, j + 1));
        j++;
      }
    }
    // source is the "original", the draft the "revised": a delete is source words the draft left out
    List<AbstractDelta<Unit>> deltas = DiffUtils.diff(s, d, (x, y) -> x.key().equals(y.key())).getDeltas();
    Segment seg = new Segment();
    seg.draftUnits = d.size();
    seg.sourceUnits = s.size();
    int si = 0;
    int di = 0;
    for (AbstractDelta<Unit> delta : deltas) {
      int sp = delta.getSource().getPosition();
      int dp = delta.getTarget().getPosition();
      seg.matched += equalRun(draftText, draft, source, d, s, di, dp, si, out);
      di = dp;
      si = sp;
      int dEnd = dp + delta.getTarget().size();
      int sEnd = sp + delta.getSource().size();
      out.add(change(opOf(delta.getType()), draftText, draft, source, d, s, di, dEnd, si, sEnd));
      di = dEnd;
      si = sEnd;
    }
    seg.matched += equalRun(draftText, draft, source, d, s, di, d.size(), si, out);
    return seg;
  }

  /**
   * Equal units {@code [di, dEnd)} (paired with source units from {@code si}) as equal steps; a
   * contraction written out on one side only ({@code don't} / {@code do not}) gets a step of its
   * own so it can be named, and so does each bracket, to show the words it stands for.
   */
  private static int equalRun(
      String draftText, List<Token> draft, SourceText source, List<Unit> d, List<Unit> s, int di, int dEnd, int si, List<Change> out) {
    int runStart = di;
    for (int k = di; k < dEnd; k++) {
      boolean differs = contractionDiffers(draft, source, d.get(k), s.get(si + k - di));
      boolean nextDiffers = k + 1 < dEnd && contractionDiffers(draft, source, d.get(k + 1), s.get(si + k + 1 - di));
      boolean bracket = isBracket(d.get(k)) || k + 1 < dEnd && isBracket(d.get(k + 1));
      if (k + 1 == dEnd || differs != nextDiffers || bracket) {
        out.add(change(DiffOp.Op.EQUAL, draftText, draft, source, d, s, runStart, k + 1, si + runStart - di, si + k + 1 - di));
        runStart = k + 1;
      }
    }
    return dEnd - di;
  }

  private static boolean isBracket(Unit u) {
    return u.key().startsWith("\u0000");
  }

  private static boolean contractionDiffers(List<Token> draft, SourceText source, Unit d, Unit s) {
    if (d.to() - d.from() != 1 || s.to() - s.from() != 1) {
      return false;
    }
    Token x = draft.get(d.from());
    return x.kind() != Token.Kind.WILDCARD && x.contracted() != source.tokens().get(s.from()).contracted();
  }

  private static Change change(
      DiffOp.Op op, String draftText, List<Token> draft, SourceText source, List<Unit> d, List<Unit> s, int di, int dEnd, int si, int sEnd) {
    int qa = di < dEnd ? d.get(di).from() : 0;
    int qb = di < dEnd ? d.get(dEnd - 1).to() : 0;
    int sa = si < sEnd ? s.get(si).from() : 0;
    int sb = si < sEnd ? s.get(sEnd - 1).to() : 0;
    String dText = Texts.display(draftText, draft, qa, qb);
    String sText = source.display(sa, sb);
    return new Change(new DiffOp(op, dText, sText), draft.subList(qa, qb), source.tokens().subList(sa, sb));
  }

  private static DiffOp.Op opOf(DeltaType type) {
    return switch (type) {
      case DELETE -> DiffOp.Op.DELETE;
      case INSERT -> DiffOp.Op.INSERT;
      case CHANGE -> DiffOp.Op.REPLACE;
      case EQUAL -> DiffOp.Op.EQUAL;
    };
  }

  private static int bracketCovering(List<Token> draft, int qa, int qb, Alignment a, int j) {
    for (int i = qa; i < qb; i++) {
      if (draft.get(i).kind() == Token.Kind.WILDCARD && a.from()[i] == j && a.to()[i] > j) {
        return i;
      }
    }
    return -1;
  }

  /** Within one segment: a long run of skipped source words, or words from two passages. */
  private String spliceIn(int qa, int qb, Alignment a, SourceText source) {
    int prev = -1;
    for (int i = qa; i < qb; i++) {
      if (a.from()[i] < 0 || a.to()[i] <= a.from()[i]) {
        continue;
      }
      int here = a.from()[i];
      if (prev >= 0) {
        if (source.crossesPassage(prev, here)) {
          return "spliced from two places without an ellipsis";
        }
        if (here - prev - 1 >= spliceGap) {
          return "spliced from two places without an ellipsis: " + (here - prev - 1) + " source words left out";
        }
      }
      prev = a.to()[i] - 1;
    }
    return null;
  }
}
