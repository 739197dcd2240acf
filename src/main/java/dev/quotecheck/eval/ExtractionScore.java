package dev.quotecheck.eval;

import java.util.List;

/**
 * Quotation extraction against PolNeAR's gold quotations.
 *
 * @param gold gold quotations
 * @param predicted top-level quotations extracted
 * @param predictedScare of those, the ones classified as scare quotes
 * @param matched gold quotations matched by a prediction
 * @param matchedScare matches whose prediction is a scare quote
 * @param misses false negatives and false positives, in corpus order
 */
public record ExtractionScore(
    int gold, int predicted, int predictedScare, int matched, int matchedScare, List<Miss> misses) {

  public ExtractionScore {
    misses = List.copyOf(misses);
  }

  /** A gold quotation not found ({@code missed}) or an extracted one not in the gold ({@code spurious}). */
  public record Miss(String file, int offset, String type, String kind, String text) {}

  public double recall() {
    return ratio(matched, gold);
  }

  /** Precision over every predicted quotation. */
  public double precisionAll() {
    return ratio(matched, predicted);
  }

  /** Precision over predictions not classified as scare quotes (PolNeAR annotates none). */
  public double precision() {
    return ratio(matched - matchedScare, predicted - predictedScare);
  }

  /** The headline figure: F1 of {@link #precision()} and {@link #recall()}. */
  public double f1() {
    return f1(precision(), recall());
  }

  public double f1All() {
    return f1(precisionAll(), recall());
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
