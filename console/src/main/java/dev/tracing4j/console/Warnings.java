package dev.tracing4j.console;

import dev.tracing4j.runtime.format.DurationFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * The console's warnings, as tokio-console's lints: a task that held its thread longer than the
 * busy threshold in one poll (it blocks a pool thread), and an open span idle longer than the idle
 * threshold (its future may never complete: Java's lost wakeup). Checked at each exit and once a
 * second; once raised, a warning stays with its row while the row is listed.
 */
final class Warnings {
  static final String BLOCKING = "blocking";
  static final String IDLE = "idle";

  private final long busyNanos;
  private final long idleNanos;

  Warnings(long busyNanos, long idleNanos) {
    this.busyNanos = busyNanos;
    this.idleNanos = idleNanos;
  }

  long busyNanos() {
    return busyNanos;
  }

  long idleNanos() {
    return idleNanos;
  }

  /** Raises the warnings that {@code span}, open, shows at {@code now}. */
  void check(SpanRecord span, long now) {
    if (span instanceof TrackedSpan row && row.isTask() && row.isRunning()) {
      long poll = now - row.busySinceNanos();
      if (poll > busyNanos) {
        row.flagBlocking(poll);
      }
    }
    long idleSince = span.idleSinceNanos();
    if (idleSince != SpanRecord.NEVER && now - idleSince > idleNanos && !span.isClosed()) {
      span.owner().flagIdle(span, now - idleSince);
    }
  }

  /** The warnings of {@code row}, as sentences. */
  List<RowView.WarningView> of(TrackedSpan row) {
    List<RowView.WarningView> views = new ArrayList<>(0);
    long blocking = row.blockingNanos();
    if (blocking > 0) {
      views.add(new RowView.WarningView(BLOCKING, "entered for " + DurationFormat.format(blocking)
          + " at a time (over " + DurationFormat.format(busyNanos)
          + "): it blocks its pool thread"));
    }
    for (TrackedSpan.IdleWarning idle : row.idleWarnings()) {
      String which = idle.spanId() == row.id() ? "idle" : "span " + idle.spanName() + " (id "
          + idle.spanId() + ") idle";
      views.add(new RowView.WarningView(IDLE, which + " for " + DurationFormat.format(idle.idleNanos())
          + " (over " + DurationFormat.format(idleNanos)
          + ") and not closed: the future it waits for may never complete"));
    }
    return views;
  }
}
