package dev.quotecheck.eval;

import dev.quotecheck.text.InputException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures how often each construction's speaker is right on a PolNeAR split and prints the
 * result in the format of the resolver's {@code construction-confidence.txt}, so that the
 * confidence a report gives is a measured precision rather than a guess.
 */
public final class ConfidenceCalibration {
  /** Constructions that credit nobody: their confidence is not a precision. */
  private static final Set<String> NO_SPEAKER = Set.of("scare", "none");

  private ConfidenceCalibration() {}

  /**
   * Laplace-smoothed precision of each construction that credits someone: (right + 1) / (credited
   * + 2), so that a construction seen a few times stays near the middle.
   */
  static Map<String, Double> calibrate(AttributionScore score) {
    Map<String, Double> out = new TreeMap<>();
    for (Map.Entry<String, Integer> e : score.scoredByConstruction().entrySet()) {
      if (NO_SPEAKER.contains(e.getKey())) {
        continue;
      }
      int wrong = score.missesByConstruction().getOrDefault(e.getKey(), List.of()).size();
      out.put(e.getKey(), (e.getValue() - wrong + 1.0) / (e.getValue() + 2.0));
    }
    return out;
  }

  static void print(AttributionScore score, String split, PrintStream out) {
    out.printf(Locale.ROOT, "# measured on PolNeAR %s: construction, then (right + 1) / (credited + 2)%n", split);
    for (Map.Entry<String, Double> e : calibrate(score).entrySet()) {
      int credited = score.scoredByConstruction().get(e.getKey());
      int wrong = score.missesByConstruction().getOrDefault(e.getKey(), List.of()).size();
      out.printf(Locale.ROOT, "%-16s %.2f   # %d of %d right%n", e.getKey(), e.getValue(), credited - wrong, credited);
    }
  }

  /** {@code ConfidenceCalibration SPLIT_DIR}: the confidence table for that split on stdout. */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ConfidenceCalibration SPLIT_DIR");
      System.exit(2);
    }
    try {
      PolnearEval.Result r = new PolnearEval().evaluate(Path.of(args[0]));
      print(r.attribution(), r.split(), System.out);
    } catch (InputException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }
}
