package dev.tracing4j.timeline;

/** The closed spans of one name: how many, how long, how busy. Thread-safe. */
final class SpanNameStatistics {
  private final String name;
  private final DurationDistribution durations = new DurationDistribution();
  // Guarded by this.
  private long totalNanos;
  private long busyNanos;
  private long minNanos = Long.MAX_VALUE;
  private long maxNanos;

  SpanNameStatistics(String name) {
    this.name = name;
  }

  synchronized void add(long durationNanos, long spanBusyNanos) {
    long duration = Math.max(0, durationNanos);
    durations.add(duration);
    totalNanos += duration;
    busyNanos += Math.max(0, Math.min(spanBusyNanos, duration));
    minNanos = Math.min(minNanos, duration);
    maxNanos = Math.max(maxNanos, duration);
  }

  synchronized SpanNameRow row() {
    long count = durations.count();
    return new SpanNameRow(name, count, totalNanos, count == 0 ? 0 : totalNanos / count,
        durations.percentile(50, minNanos, maxNanos),
        durations.percentile(99, minNanos, maxNanos), maxNanos, busyNanos);
  }
}
