package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WinnowerTest {

  private static List<Long> winnow(int window, long[] hashes, int from, int to) {
    List<Long> kept = new ArrayList<>();
    Winnower w = new Winnower(window, kept::add);
    for (int i = from; i < to; i++) {
      w.add(hashes[i]);
    }
    w.endRun();
    return kept;
  }

  @Test
  void keepsTheSmallestOfEveryWindowAndNothingElse() {
    long[] h = {50, 40, 60, 70, 30, 80, 90, 85, 95};
    // windows of 3: [50 40 60] 40, [40 60 70] 40, [60 70 30] 30, [70 30 80] 30, [30 80 90] 30,
    // [80 90 85] 80, [90 85 95] 85
    assertThat(winnow(3, h, 0, h.length)).containsExactly(40L, 30L, 80L, 85L);
    assertThat(winnow(3, h, 0, 2)).as("a run shorter than a window keeps its smallest").containsExactly(40L);
    assertThat(winnow(3, new long[0], 0, 0)).isEmpty();
  }

  @Test
  void aStretchAsLongAsAWindowKeepsWhatItsSourceKeeps() {
    SplittableRandom random = new SplittableRandom(3);
    for (int round = 0; round < 200; round++) {
      long[] h = random.longs(40, 0, 1L << 48).toArray();
      Set<Long> source = new HashSet<>(winnow(4, h, 0, h.length));
      assertThat(source.size()).isLessThan(h.length); // it does thin the pairs out
      int from = random.nextInt(30);
      int to = from + 4 + random.nextInt(h.length - from - 4 + 1);
      // a quotation of h[from, to): every window entirely inside it keeps the same pair
      List<Long> inner = new ArrayList<>();
      Winnower w = new Winnower(4, inner::add);
      for (int i = from; i < to; i++) {
        w.add(h[i]);
      }
      assertThat(inner).isNotEmpty();
      assertThat(source).containsAll(inner);
    }
  }
}
