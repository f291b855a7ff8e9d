package dev.tracing4j.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Once a second, on the console's own daemon thread: drops completed rows past their retention,
 * raises warnings, and makes the {@link Snapshot} that the endpoints serve, so that none of this
 * work happens on the program's threads.
 */
final class Aggregator {
  static final long PERIOD_MILLIS = 1_000;
  /** Open rows listed at most; the oldest are kept, as they are the likeliest to be stuck. */
  static final int MAX_OPEN_ROWS = 5_000;

  private final SpanTable table;
  private final Warnings warnings;
  private final Clock clock = new Clock();
  private final Updates updates = new Updates();
  private final ScheduledExecutorService thread =
      Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("tracing4j-console"));
  private volatile Map<Long, TrackedSpan> listed = Map.of();
  private Map<Long, RowView> previous = Map.of(); // confined to the aggregation thread
  private long seq;

  Aggregator(SpanTable table, ConsoleOptions options) {
    this.table = table;
    this.warnings = new Warnings(options.busyWarning().toNanos(), options.idleWarning().toNanos());
  }

  void start() {
    thread.scheduleAtFixedRate(this::aggregateQuietly, 0, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  void stop() {
    thread.shutdownNow();
    updates.close();
  }

  Updates updates() {
    return updates;
  }

  Clock clock() {
    return clock;
  }

  Warnings warnings() {
    return warnings;
  }

  /** A row listed at the latest aggregation, or {@code null}. */
  TrackedSpan listed(long id) {
    return listed.get(id);
  }

  private void aggregateQuietly() {
    try {
      aggregate();
    } catch (RuntimeException | StackOverflowError failure) {
      // A failure must not end the periodic task: the next second tries again.
      ConsoleMessages.reportOnce("the console's aggregation", failure);
    }
  }

  /** One aggregation; runs on the console thread (tests call it directly). */
  synchronized Snapshot aggregate() {
    long now = System.nanoTime();
    table.pruneCompleted(now);
    List<TrackedSpan> open = new ArrayList<>();
    for (SpanRecord span : table.open()) {
      warnings.check(span, now);
      if (span instanceof TrackedSpan row && !row.isClosed()) {
        open.add(row);
      }
    }
    open.sort(Comparator.comparingLong(SpanRecord::id));
    List<TrackedSpan> done = table.completed();
    Map<TaskState, Integer> taskCounts = new EnumMap<>(TaskState.class);
    Map<TaskState, Integer> spanCounts = new EnumMap<>(TaskState.class);
    for (TaskState state : TaskState.values()) {
      taskCounts.put(state, 0);
      spanCounts.put(state, 0);
    }
    List<RowView> rows = new ArrayList<>(Math.min(open.size(), MAX_OPEN_ROWS) + done.size());
    Map<Long, TrackedSpan> byId = new HashMap<>();
    for (int i = 0; i < open.size(); i++) {
      TrackedSpan row = open.get(i);
      RowView view = RowView.of(row, now, clock, warnings);
      (row.isTask() ? taskCounts : spanCounts).merge(view.state(), 1, Integer::sum);
      if (i < MAX_OPEN_ROWS) {
        rows.add(view);
        byId.put(row.id(), row);
      }
    }
    for (TrackedSpan row : done) {
      RowView view = doneView(row, now);
      (row.isTask() ? taskCounts : spanCounts).merge(TaskState.DONE, 1, Integer::sum);
      rows.add(view);
      byId.put(row.id(), row);
    }
    rows.sort(Comparator.comparingLong(RowView::id));
    Snapshot snapshot = new Snapshot(++seq, clock.epochMicros(now), List.copyOf(rows),
        Math.max(0, open.size() - MAX_OPEN_ROWS), taskCounts, spanCounts,
        changed(rows), removed(byId.keySet()));
    Map<Long, RowView> current = new HashMap<>();
    rows.forEach(row -> current.put(row.id(), row));
    previous = current;
    listed = byId;
    updates.publish(snapshot);
    return snapshot;
  }

  /** A done row never changes but for a warning raised late, so its view is made once. */
  private RowView doneView(TrackedSpan row, long now) {
    RowView cached = row.doneView();
    if (cached != null && cached.warnings().equals(warnings.of(row))) {
      return cached;
    }
    RowView view = RowView.of(row, now, clock, warnings);
    row.doneView(view);
    return view;
  }

  private List<RowView> changed(List<RowView> rows) {
    List<RowView> changed = new ArrayList<>();
    for (RowView row : rows) {
      if (previous.get(row.id()) != row) { // done rows keep their view object
        changed.add(row);
      }
    }
    return changed;
  }

  private List<Long> removed(Set<Long> listedNow) {
    Set<Long> gone = new HashSet<>(previous.keySet());
    gone.removeAll(listedNow);
    List<Long> removed = new ArrayList<>(gone);
    removed.sort(null);
    return removed;
  }
}
