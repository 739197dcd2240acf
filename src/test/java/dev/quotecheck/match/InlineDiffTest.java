package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineDiffTest {

  @Test
  void rendersEveryOp() {
    List<DiffOp> diff = List.of(
        new DiffOp(DiffOp.Op.EQUAL, "The Americans are", "the Americans are"),
        new DiffOp(DiffOp.Op.REPLACE, "always", "still"),
        new DiffOp(DiffOp.Op.EQUAL, "with us", "with us"),
        new DiffOp(DiffOp.Op.DELETE, "", "today"),
        new DiffOp(DiffOp.Op.INSERT, "forever", ""));
    assertThat(InlineDiff.render(diff)).isEqualTo("The Americans are [-still-]{+always+} with us [-today-] {+forever+}");
  }

  @Test
  void emptyDiffIsEmpty() {
    assertThat(InlineDiff.render(List.of())).isEmpty();
  }
}
