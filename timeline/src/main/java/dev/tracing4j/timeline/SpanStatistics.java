package dev.tracing4j.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Durations of every closed span, by name: what the summary prints and the timeline's table
 * shows. Thread-safe; spans of different names never contend.
 */
final class SpanStatistics {

  /** Most busy time first; among equals, by name, so the order is stable. */
  static final Comparator<SpanNameRow> BY_BUSY_TIME =
      Comparator.comparingLong(SpanNameRow::busyNanos).reversed()
          .thenComparing(SpanNameRow::name);

  private final ConcurrentHashMap<String, SpanNameStatistics> byName = new ConcurrentHashMap<>();

  /** Adds one closed span. */
  void add(String name, long durationNanos, long busyNanos) {
    SpanNameStatistics stats = byName.get(name);
    if (stats == null) {
      stats = byName.computeIfAbsent(name, SpanNameStatistics::new);
    }
    stats.add(durationNanos, busyNanos);
  }

  /** One row per span name, most total busy time first. */
  List<SpanNameRow> rows() {
    List<SpanNameRow> rows = new ArrayList<>();
    byName.values().forEach(stats -> rows.add(stats.row()));
    rows.sort(BY_BUSY_TIME);
    return rows;
  }
}
