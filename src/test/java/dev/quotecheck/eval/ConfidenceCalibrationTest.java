package dev.quotecheck.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfidenceCalibrationTest {

  private static AttributionScore score() {
    AttributionScore.Miss miss = new AttributionScore.Miss("a.txt", 0, "q", "he", "she");
    return new AttributionScore(14, 10, 0,
        Map.of("quote-x-said", List.of(miss), "scare", List.of(miss, miss)),
        0, 0, List.of(), Map.of("quote-x-said", 10, "pronoun", 2, "scare", 2));
  }

  @Test
  void eachCreditingConstructionGetsItsSmoothedPrecision() {
    Map<String, Double> table = ConfidenceCalibration.calibrate(score());
    assertThat(table).containsOnlyKeys("quote-x-said", "pronoun");
    assertThat(table.get("quote-x-said")).isCloseTo(10.0 / 12, within(1e-9)); // 9 of 10 right
    assertThat(table.get("pronoun")).isCloseTo(3.0 / 4, within(1e-9)); // 2 of 2: not yet 1.0
  }

  @Test
  void printsTheTableInTheResolversFormat() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConfidenceCalibration.print(score(), "train", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines())
        .contains("pronoun          0.75   # 2 of 2 right", "quote-x-said     0.83   # 9 of 10 right")
        .noneMatch(l -> l.startsWith("scare"));
  }
}
