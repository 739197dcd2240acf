package dev.quotecheck.eval;

import java.util.List;
import java.util.Map;

/**
 * Speakers of the matched quotations against PolNeAR's Source spans.
 *
 * @param scored matched quotations whose gold attribution has a Source span
 * @param right of those, the ones whose attribution mention overlaps the gold Source
 * @param noSource matched quotations whose gold attribution has no Source (not scored)
 * @param missesByConstruction the wrong ones, grouped by {@code Attribution.construction()}
 * @param swapped scored quotations whose gold Source is a speech verb ("said") and whose Cue is
 *     a name: the annotator swapped the two labels
 * @param rightIfUnswapped of those, the ones whose mention overlaps the gold Cue span
 */
public record AttributionScore(int scored, int right, int noSource, Map<String, List<Miss>> missesByConstruction,
    int swapped, int rightIfUnswapped) {

  public AttributionScore {
    missesByConstruction = Map.copyOf(missesByConstruction);
  }

  /** A quotation whose mention (or its absence) does not overlap the gold Source. */
  public record Miss(String file, int offset, String quote, String mention, String goldSource) {}

  public double accuracy() {
    return scored == 0 ? 0 : (double) right / scored;
  }

  /** Accuracy with the swapped labels read the other way round (reported beside, never instead). */
  public double accuracyUnswapped() {
    return scored == 0 ? 0 : (double) (right + rightIfUnswapped) / scored;
  }
}
