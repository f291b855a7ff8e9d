package dev.tracing4j.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Percentiles: exact up to 4096 values, within 0.4% beyond, in bounded memory. */
class DurationDistributionTest {

  @Test
  void nearestRankPercentilesAreExactWhileFewValuesAreKept() {
    DurationDistribution distribution = new DurationDistribution();
    for (long v = 1; v <= 300; v++) {
      distribution.add(v * 1000);
    }
    assertEquals(150_000, distribution.percentile(50, 1000, 300_000));
    // 99% of 300 is rank 297 exactly; doubles would make it 298.
    assertEquals(297_000, distribution.percentile(99, 1000, 300_000));
    assertEquals(300_000, distribution.percentile(100, 1000, 300_000));
  }

  @Test
  void aSingleValueIsEveryPercentile() {
    DurationDistribution distribution = new DurationDistribution();
    distribution.add(42);
    assertEquals(42, distribution.percentile(50, 42, 42));
    assertEquals(42, distribution.percentile(99, 42, 42));
  }

  @Test
  void pastTheExactLimitPercentilesStayWithinFourPerMille() {
    DurationDistribution distribution = new DurationDistribution();
    Random random = new Random(7);
    long[] values = new long[100_000];
    for (int i = 0; i < values.length; i++) {
      values[i] = (long) Math.exp(random.nextDouble() * 25); // 1 ns to 72 s, log-uniform
      distribution.add(values[i]);
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    for (int percent : new int[] {1, 50, 90, 99}) {
      long exact = sorted[(values.length * percent + 99) / 100 - 1];
      long estimate = distribution.percentile(percent, sorted[0], sorted[sorted.length - 1]);
      assertTrue(Math.abs(estimate - exact) <= Math.max(1, exact * 0.004),
          "p" + percent + ": " + estimate + " for " + exact);
    }
  }

  @Test
  void bucketsCoverEveryLongInOrder() {
    int previous = -1;
    for (long value : new long[] {0, 1, 255, 256, 257, 511, 512, 1 << 20, Long.MAX_VALUE}) {
      int bucket = DurationDistribution.bucketOf(value);
      assertTrue(bucket >= previous, value + " in " + bucket);
      assertTrue(DurationDistribution.lowestOf(bucket) <= value, "lowest of " + value);
      previous = bucket;
    }
  }
}
