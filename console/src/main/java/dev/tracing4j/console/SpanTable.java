package dev.tracing4j.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every open span the console sees, and the completed rows it still lists. Completed rows are
 * bounded at all times by count (a closing thread drops the oldest beyond {@code retentionMax})
 * and, at each aggregation, by age, so memory stays flat however many tasks a program runs.
 */
final class SpanTable {
  private final Set<SpanRecord> open = ConcurrentHashMap.newKeySet();
  private final ConcurrentLinkedQueue<TrackedSpan> completed = new ConcurrentLinkedQueue<>();
  private final AtomicInteger completedCount = new AtomicInteger();
  private final int retentionMax;
  private final long retentionNanos;

  SpanTable(int retentionMax, long retentionNanos) {
    this.retentionMax = retentionMax;
    this.retentionNanos = retentionNanos;
  }

  void opened(SpanRecord span) {
    open.add(span);
  }

  void closed(SpanRecord span, long now) {
    span.closed(now);
    open.remove(span);
    if (span instanceof TrackedSpan row && retentionMax > 0) {
      completed.add(row);
      if (completedCount.incrementAndGet() > retentionMax && completed.poll() != null) {
        completedCount.decrementAndGet();
      }
    }
  }

  /** Drops completed rows closed longer than the retention ago. */
  void pruneCompleted(long now) {
    TrackedSpan oldest;
    while ((oldest = completed.peek()) != null && now - oldest.closedNanos() > retentionNanos) {
      if (completed.remove(oldest)) {
        completedCount.decrementAndGet();
      }
    }
  }

  /** The open spans, live: iterating sees some of the changes made meanwhile. */
  Iterable<SpanRecord> open() {
    return open;
  }

  int openCount() {
    return open.size();
  }

  /** The completed rows still listed, oldest first. */
  List<TrackedSpan> completed() {
    return new ArrayList<>(completed);
  }

  int completedCount() {
    return completedCount.get();
  }
}
