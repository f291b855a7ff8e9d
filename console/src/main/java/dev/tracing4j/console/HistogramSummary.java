package dev.tracing4j.console;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A histogram as the page draws it: count, min, mean, percentiles and max, and the counts in
 * {@link #BUCKETS} equal ranges from min to max, as tokio-console's chart.
 *
 * @param buckets counts per range; bucket {@code i} covers {@code [min + i*w, min + (i+1)*w)},
 *     {@code w = (max - min) / BUCKETS}, the last one including max
 */
record HistogramSummary(long count, long minNanos, long meanNanos, long p50Nanos, long p90Nanos,
    long p99Nanos, long maxNanos, long highOutliers, List<Long> buckets) {

  static final int BUCKETS = 24;
  static final HistogramSummary EMPTY =
      new HistogramSummary(0, 0, 0, 0, 0, 0, 0, 0, List.of());

  static HistogramSummary single(long value, long highOutliers) {
    List<Long> buckets = new ArrayList<>(BUCKETS);
    for (int i = 0; i < BUCKETS; i++) {
      buckets.add(i == BUCKETS - 1 ? 1L : 0L);
    }
    return new HistogramSummary(1, value, value, value, value, value, value, highOutliers,
        List.copyOf(buckets));
  }

  static HistogramSummary of(Histogram histogram, long highOutliers) {
    long min = histogram.getMinValue();
    long max = histogram.getMaxValue();
    long[] counts = new long[BUCKETS];
    double width = Math.max(1, max - min) / (double) BUCKETS;
    for (HistogramIterationValue value : histogram.recordedValues()) {
      long representative = histogram.highestEquivalentValue(value.getValueIteratedTo());
      int bucket = (int) ((Math.min(representative, max) - min) / width);
      counts[Math.max(0, Math.min(BUCKETS - 1, bucket))] += value.getCountAtValueIteratedTo();
    }
    List<Long> buckets = new ArrayList<>(BUCKETS);
    for (long count : counts) {
      buckets.add(count);
    }
    return new HistogramSummary(histogram.getTotalCount(), min, Math.round(histogram.getMean()),
        histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(90),
        histogram.getValueAtPercentile(99), max, highOutliers, List.copyOf(buckets));
  }
}
