package dev.quotecheck.match;

import java.util.List;

/**
 * Renders a word diff inline for text reports, wdiff style: the draft's words as they stand, with
 * source words the draft left out or replaced as {@code [-still-]} and draft words the source
 * lacks as {@code {+always+}}.
 */
public final class InlineDiff {

  private InlineDiff() {}

  /** For example {@code The Americans are [-still-]{+always+} with us}. */
  public static String render(List<DiffOp> diff) {
    StringBuilder out = new StringBuilder();
    for (DiffOp op : diff) {
      String piece =
          switch (op.op()) {
            case EQUAL -> op.draft();
            case DELETE -> "[-" + op.source() + "-]";
            case INSERT -> "{+" + op.draft() + "+}";
            case REPLACE -> "[-" + op.source() + "-]{+" + op.draft() + "+}";
          };
      if (piece.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(piece);
    }
    return out.toString();
  }
}
