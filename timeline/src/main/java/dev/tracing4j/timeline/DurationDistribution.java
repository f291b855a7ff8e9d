package dev.tracing4j.timeline;

import java.util.Arrays;

/**
 * The durations of one span name, for percentiles: every value exactly while there are at most
 * {@value #EXACT_LIMIT}, then a log-linear histogram whose buckets are at most 1/256 of their
 * value wide, so a long-running program's summary takes bounded memory and its percentiles stay
 * within 0.4% of the exact ones. Not thread-safe: {@link SpanNameStatistics} guards it.
 */
final class DurationDistribution {

  static final int EXACT_LIMIT = 4096;

  /** Values below 2^8 have a bucket each; above, each power of two has 256 buckets. */
  private static final int SUB_BITS = 8;
  private static final int SUB_COUNT = 1 << SUB_BITS;
  private static final int BUCKETS = SUB_COUNT + (63 - SUB_BITS) * SUB_COUNT;

  private long[] exact = new long[16];
  private int exactCount;
  private long[] buckets; // null while exact
  private long count;

  void add(long nanos) {
    long value = Math.max(0, nanos);
    count++;
    if (buckets == null) {
      if (exactCount < EXACT_LIMIT) {
        if (exactCount == exact.length) {
          exact = Arrays.copyOf(exact, exactCount * 2);
        }
        exact[exactCount++] = value;
        return;
      }
      buckets = new long[BUCKETS];
      for (int i = 0; i < exactCount; i++) {
        buckets[bucketOf(exact[i])]++;
      }
      exact = null;
    }
    buckets[bucketOf(value)]++;
  }

  long count() {
    return count;
  }

  /**
   * The nearest-rank percentile: the smallest recorded value that at least {@code percent}% of
   * all values do not exceed; 0 when empty. From the histogram, the middle of the bucket holding
   * it, kept within {@code [min, max]} of the values.
   */
  long percentile(int percent, long min, long max) {
    if (count == 0) {
      return 0;
    }
    // Integer arithmetic: 0.99 * 300 in doubles is 297.00000000000006, whose ceiling is wrong.
    long rank = Math.max(1, (count * percent + 99) / 100);
    if (buckets == null) {
      long[] sorted = Arrays.copyOf(exact, exactCount);
      Arrays.sort(sorted);
      return sorted[(int) rank - 1];
    }
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += buckets[i];
      if (seen >= rank) {
        return Math.min(max, Math.max(min, middleOf(i)));
      }
    }
    return max;
  }

  static int bucketOf(long value) {
    if (value < SUB_COUNT) {
      return (int) value;
    }
    int exponent = 63 - Long.numberOfLeadingZeros(value); // >= SUB_BITS
    int shift = exponent - SUB_BITS;
    int mantissa = (int) (value >>> shift) & (SUB_COUNT - 1);
    return SUB_COUNT + shift * SUB_COUNT + mantissa;
  }

  static long lowestOf(int bucket) {
    if (bucket < SUB_COUNT) {
      return bucket;
    }
    int shift = (bucket - SUB_COUNT) / SUB_COUNT;
    long mantissa = (bucket - SUB_COUNT) % SUB_COUNT;
    return (SUB_COUNT + mantissa) << shift;
  }

  static long middleOf(int bucket) {
    if (bucket < SUB_COUNT) {
      return bucket;
    }
    int shift = (bucket - SUB_COUNT) / SUB_COUNT;
    return lowestOf(bucket) + ((1L << shift) >>> 1);
  }
}
