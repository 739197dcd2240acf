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
 * @param byConfidence the scored quotations by the resolver's confidence, highest band first
 * @param scoredByConstruction how many scored quotations each construction was credited by
 */
public record AttributionScore(int scored, int right, int noSource, Map<String, List<Miss>> missesByConstruction,
    int swapped, int rightIfUnswapped, List<Band> byConfidence, Map<String, Integer> scoredByConstruction) {

  /** Lower bounds of the confidence bands, highest first; a band runs up to the one above it. */
  public static final double[] BAND_FLOORS = {0.9, 0.75, 0.5, 0.0};

  public AttributionScore {
    missesByConstruction = Map.copyOf(missesByConstruction);
    byConfidence = List.copyOf(byConfidence);
    scoredByConstruction = Map.copyOf(scoredByConstruction);
  }

  /**
   * Scored quotations whose confidence is at least {@code floor} and below the band above: how far
   * a caller can trust a speaker of that confidence.
   */
  public record Band(double floor, int scored, int right) {
    public Band {
      if (scored < 0 || right < 0 || right > scored) {
        throw new IllegalArgumentException("band counts out of range: " + right + " of " + scored);
      }
    }

    public double accuracy() {
      return scored == 0 ? 0 : (double) right / scored;
    }
  }

  /** The band a confidence falls in, as an index into {@link #BAND_FLOORS}. */
  public static int band(double confidence) {
    for (int i = 0; i < BAND_FLOORS.length - 1; i++) {
      if (confidence >= BAND_FLOORS[i]) {
        return i;
      }
    }
    return BAND_FLOORS.length - 1;
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
