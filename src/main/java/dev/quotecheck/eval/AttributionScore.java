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
 */
public record AttributionScore(int scored, int right, int noSource, Map<String, List<Miss>> missesByConstruction) {

  public AttributionScore {
    missesByConstruction = Map.copyOf(missesByConstruction);
  }

  /** A quotation whose mention (or its absence) does not overlap the gold Source. */
  public record Miss(String file, int offset, String quote, String mention, String goldSource) {}

  public double accuracy() {
    return scored == 0 ? 0 : (double) right / scored;
  }
}
