package dev.tracing4j.console;

import dev.tracing4j.runtime.registry.SpanData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listed row: a task of an instrumented executor or a root span, with what its details show
 * (subtree, recent events, histograms of its polls and scheduling delays) and its warnings, which
 * stay with it while it is listed.
 */
final class TrackedSpan extends SpanRecord {
  static final String TASK_NAME = "task";
  static final String TASK_TARGET = "dev.tracing4j.task";
  /** Idle spans flagged per row at most: the first ones tell where it is stuck. */
  static final int MAX_IDLE_WARNINGS = 8;

  /** An open span of this row's subtree found idle for too long. */
  record IdleWarning(long spanId, String spanName, String target, long idleNanos) {}

  private final boolean task;
  final DurationHistogram pollTimes = new DurationHistogram();
  final DurationHistogram scheduledTimes = new DurationHistogram();
  final RecentEvents events = new RecentEvents();
  final Subtree subtree = new Subtree();

  private volatile long blockingNanos; // the longest poll over the threshold, 0 when none
  private Map<Long, IdleWarning> idleWarnings; // guarded by this, made at the first
  private volatile RowView doneView; // a done row never changes: its view is made once

  TrackedSpan(SpanData span, SpanRecord parent) {
    super(span, parent, null);
    this.task = isTask(span);
  }

  static boolean isTask(SpanData span) {
    return TASK_NAME.equals(span.name()) && TASK_TARGET.equals(span.target());
  }

  /** A task of an instrumented executor, rather than a root span. */
  boolean isTask() {
    return task;
  }

  /** Flags a poll that lasted {@code nanos}, over the threshold. */
  void flagBlocking(long nanos) {
    if (nanos > blockingNanos) {
      blockingNanos = nanos; // racing writers both hold a value over the threshold
    }
  }

  long blockingNanos() {
    return blockingNanos;
  }

  /** Flags {@code span}, of this row's subtree or this row itself, idle for {@code idleNanos}. */
  synchronized void flagIdle(SpanRecord span, long idleNanos) {
    if (idleWarnings == null) {
      idleWarnings = new LinkedHashMap<>();
    }
    IdleWarning warning = new IdleWarning(span.id(), span.span.name(), span.span.target(),
        idleNanos);
    if (idleWarnings.containsKey(span.id()) || idleWarnings.size() < MAX_IDLE_WARNINGS) {
      idleWarnings.put(span.id(), warning);
    }
  }

  synchronized List<IdleWarning> idleWarnings() {
    return idleWarnings == null ? List.of() : new ArrayList<>(idleWarnings.values());
  }

  RowView doneView() {
    return doneView;
  }

  void doneView(RowView view) {
    doneView = view;
  }
}
