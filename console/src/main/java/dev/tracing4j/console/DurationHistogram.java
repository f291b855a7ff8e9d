package dev.tracing4j.console;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Durations of one kind for one task (its polls, its scheduling delays), in an HdrHistogram with
 * two significant digits and a microsecond floor. The histogram is made at the second value, so a
 * task entered once costs two longs instead of a few kilobytes; values above one hour are counted
 * as one hour and as outliers, which bounds its size.
 *
 * <p>Recording takes this object's lock: a task is recorded by the thread that just ran it, so
 * the lock is uncontended, and the page reads a copy.
 */
final class DurationHistogram {
  static final long LOWEST_NANOS = 1_000;
  static final long HIGHEST_NANOS = 3_600_000_000_000L;
  private static final int SIGNIFICANT_DIGITS = 2;

  private long count;
  private long single;
  private long highOutliers;
  private IntCountsHistogram histogram;

  synchronized void record(long nanos) {
    long value = Math.max(0, nanos);
    if (value > HIGHEST_NANOS) {
      highOutliers++;
      value = HIGHEST_NANOS;
    }
    count++;
    if (count == 1) {
      single = value;
      return;
    }
    if (histogram == null) {
      histogram = new IntCountsHistogram(LOWEST_NANOS, 2 * LOWEST_NANOS, SIGNIFICANT_DIGITS);
      histogram.setAutoResize(true);
      histogram.recordValue(single);
    }
    histogram.recordValue(value);
  }

  synchronized long count() {
    return count;
  }

  /** A copy to read outside the lock. */
  synchronized HistogramSummary summary() {
    if (count == 0) {
      return HistogramSummary.EMPTY;
    }
    if (histogram == null) {
      return HistogramSummary.single(single, highOutliers);
    }
    Histogram copy = new Histogram(histogram.getLowestDiscernibleValue(),
        Math.max(histogram.getHighestTrackableValue(), 2 * LOWEST_NANOS), SIGNIFICANT_DIGITS);
    copy.add(histogram);
    return HistogramSummary.of(copy, highOutliers);
  }
}
