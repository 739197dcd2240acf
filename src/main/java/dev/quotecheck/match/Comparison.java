package dev.quotecheck.match;

import java.util.List;

/**
 * A quotation compared word by word with one source stretch.
 *
 * @param changes every diff step in draft order (equal steps too)
 * @param matched units that are equal on both sides (a bracket counts as one)
 * @param draftUnits the draft's units
 * @param sourceUnits the source units inside the aligned windows
 * @param windowFrom first aligned source token, -1 when nothing aligned
 * @param windowTo end of the last aligned window, exclusive
 * @param splice a description of words from different places joined without an ellipsis, or null
 */
record Comparison(
    List<Change> changes, int matched, int draftUnits, int sourceUnits, int windowFrom, int windowTo, String splice) {

  Comparison {
    changes = List.copyOf(changes);
  }

  /** Dice similarity of the matched units, 0..1. */
  double similarity() {
    int total = draftUnits + sourceUnits;
    return total == 0 ? 0 : Math.min(1.0, 2.0 * matched / total);
  }

  List<DiffOp> diff() {
    return changes.stream().map(Change::op).toList();
  }

  boolean hasSource() {
    return windowFrom >= 0 && windowTo > windowFrom;
  }
}
