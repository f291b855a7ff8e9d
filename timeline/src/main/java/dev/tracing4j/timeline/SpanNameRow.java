package dev.tracing4j.timeline;

/**
 * One row of the table per span name, durations in nanoseconds.
 *
 * @param name the span name
 * @param count how many spans of that name closed
 * @param totalNanos the sum of their durations (creation to close)
 * @param meanNanos {@code totalNanos / count}
 * @param p50Nanos the median duration
 * @param p99Nanos the 99th percentile duration
 * @param maxNanos the longest duration
 * @param busyNanos the sum of their busy time
 */
record SpanNameRow(String name, long count, long totalNanos, long meanNanos, long p50Nanos,
    long p99Nanos, long maxNanos, long busyNanos) {

  /** Busy time as a share of the total duration, from 0 to 1; 0 when nothing took time. */
  double busyShare() {
    return totalNanos == 0 ? 0 : (double) busyNanos / totalNanos;
  }
}
