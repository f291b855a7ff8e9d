package dev.tracing4j.console;

import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.spi.FieldValues;
import java.util.List;

/**
 * One row of the list at one aggregation: what the page and {@code /api/snapshot} show of a task
 * or root span. Times are nanoseconds; {@code total = busy + scheduled + idle}.
 */
record RowView(long id, boolean task, String name, String target, String level, TaskState state,
    long parentId, String parentName, String file, int line, FieldValues fields,
    long createdEpochMicros, long totalNanos, long busyNanos, long scheduledNanos, long idleNanos,
    long polls, List<WarningView> warnings) {

  static final long NO_PARENT = 0;

  /** A warning as the page shows it: its kind and a sentence saying what was seen. */
  record WarningView(String kind, String message) {}

  /**
   * Where in the source the row comes from: its callsite, or for a task (whose callsite is the
   * executor's) the nearest enclosing span's, where the task was submitted; {@code null} if none.
   */
  private static SpanData located(TrackedSpan row) {
    for (SpanRecord span = row; span != null; span = span.parent) {
      if (span.span.metadata().file() != null) {
        return span.span;
      }
      if (!row.isTask()) {
        return null;
      }
    }
    return null;
  }

  /** The row of {@code row} at {@code now}. */
  static RowView of(TrackedSpan row, long now, Clock clock, Warnings warnings) {
    SpanData span = row.span;
    long created = span.createdNanos();
    long end = row.isClosed() ? row.closedNanos() : now;
    long total = Math.max(0, end - created);
    long busy = Math.min(total, span.timing().busyNanos());
    long firstEnter = row.firstEnterNanos();
    long scheduled = Math.max(0,
        Math.min(total - busy, (firstEnter == SpanRecord.NEVER ? end : firstEnter) - created));
    long idle = Math.max(0, total - busy - scheduled);
    SpanRecord parent = row.parent;
    SpanData located = located(row);
    return new RowView(row.id(), row.isTask(), span.name(), span.target(), span.level().name(),
        row.state(), parent == null ? NO_PARENT : parent.id(),
        parent == null ? null : parent.span.name(), located == null ? null : located.metadata().file(),
        located == null ? 0 : located.metadata().line(), span.fieldsSnapshot(), clock.epochMicros(created), total, busy,
        scheduled, idle, row.polls(), warnings.of(row));
  }
}
