package dev.quotecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Extraction and attribution on PolNeAR dev must not fall below the figures in docs/accuracy.md (minus 0.01). */
class PolnearEvalIT {

  /** Measured headline F1 on dev (docs/accuracy.md), minus 0.01. */
  private static final double F1_FLOOR = 0.989 - 0.01;
  private static final double RECALL_FLOOR = 0.998 - 0.01;
  /** Measured source accuracy on dev, session 6 (docs/accuracy.md), minus 0.01. */
  private static final double SOURCE_ACCURACY_FLOOR = 0.938 - 0.01;

  @Test
  void devExtractionStaysAboveItsFloor() throws Exception {
    Path dev = Path.of(System.getProperty("quotecheck.shared", "../shared"), "corpora", "polnear", "dev");
    assumeTrue(Files.isDirectory(dev), "no PolNeAR dev split at " + dev);
    PolnearEval.Result result = new PolnearEval().evaluate(dev);
    ExtractionScore e = result.extraction();
    assertThat(e.f1()).as("headline extraction F1 on dev").isGreaterThanOrEqualTo(F1_FLOOR);
    assertThat(e.recall()).as("recall on dev").isGreaterThanOrEqualTo(RECALL_FLOOR);
    assertThat(e.gold()).as("gold quotations on dev").isGreaterThan(800);
    assertThat(result.attribution().accuracy()).as("attribution source accuracy on dev")
        .isGreaterThanOrEqualTo(SOURCE_ACCURACY_FLOOR);
    assertThat(result.attribution().scored()).as("scored attributions on dev").isGreaterThan(850);
  }
}
