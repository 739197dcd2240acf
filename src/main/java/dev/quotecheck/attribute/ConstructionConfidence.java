package dev.quotecheck.attribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The confidence of a speaker found by each construction: its measured precision on PolNeAR
 * train (data file {@code construction-confidence.txt}, written by {@code
 * eval.ConfidenceCalibration}), so that a report's confidence says how often such a speaker is
 * right. Immutable.
 */
final class ConstructionConfidence {
  private static final String RESOURCE = "/dev/quotecheck/attribute/construction-confidence.txt";
  private static final ConstructionConfidence STANDARD = load(RESOURCE);

  private final Map<String, Double> byConstruction;
  private final double fallback;

  private ConstructionConfidence(Map<String, Double> byConstruction, double fallback) {
    this.byConstruction = Map.copyOf(byConstruction);
    this.fallback = fallback;
  }

  static ConstructionConfidence standard() {
    return STANDARD;
  }

  /** The confidence of a speaker credited by {@code construction}; the default for one not measured. */
  double of(String construction) {
    return byConstruction.getOrDefault(construction, fallback);
  }

  static ConstructionConfidence load(String resource) {
    List<String> lines;
    try (InputStream in = ConstructionConfidence.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Double> table = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i).replaceFirst("#.*", "").strip();
      if (l.isEmpty()) {
        continue;
      }
      String[] parts = l.split("\\s+");
      double value = parts.length == 2 && parts[1].matches("[01](\\.\\d+)?") ? Double.parseDouble(parts[1]) : -1;
      if (value < 0 || value > 1) {
        throw new IllegalStateException(resource + ":" + (i + 1) + ": expected a construction and a confidence in 0..1");
      }
      table.put(parts[0], value);
    }
    Double fallback = table.remove("default");
    if (fallback == null) {
      throw new IllegalStateException(resource + ": no default confidence");
    }
    return new ConstructionConfidence(table, fallback);
  }
}
