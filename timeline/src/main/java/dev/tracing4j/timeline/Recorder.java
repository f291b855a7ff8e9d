package dev.tracing4j.timeline;

import dev.tracing4j.runtime.registry.Context;
import dev.tracing4j.runtime.registry.Event;
import dev.tracing4j.runtime.registry.ExtensionKey;
import dev.tracing4j.runtime.registry.SpanData;
import dev.tracing4j.runtime.registry.Timing;

/**
 * Turns a layer's callbacks into the timeline's records: an {@link OpenSpan} on each recorded
 * span while it lives, a {@link SpanRecord} handed to the {@link Retention} when it closes, and
 * every closed span, recorded or not, added to the {@link SpanStatistics}. Times are nanoseconds
 * since the recorder was made.
 */
final class Recorder {
  private final ExtensionKey<OpenSpan> key = new ExtensionKey<>("timeline span");
  private final long origin = System.nanoTime();
  private final ThreadNames threads = new ThreadNames();
  private final SpanStatistics statistics = new SpanStatistics();
  private final Retention retention;

  Recorder(int cap) {
    this.retention = new Retention(cap);
  }

  private long now() {
    return System.nanoTime() - origin;
  }

  void onNewSpan(SpanData span, Context ctx) {
    long start = span.createdNanos() - origin;
    SpanData parent = ctx.nearestVisible(span.parent());
    OpenSpan open;
    if (parent == null) {
      Request request = retention.startRequest(start);
      if (request == null) {
        return;
      }
      open = new OpenSpan(request, span, 0, start);
    } else {
      OpenSpan parentSpan = parent.extension(key);
      // Nothing under a span that is not recorded is recorded: no row without its parent.
      if (!retention.admitSpan(parentSpan == null ? null : parentSpan.request)) {
        return;
      }
      open = new OpenSpan(parentSpan.request, span, parent.id(), start);
    }
    span.putExtension(key, open);
    retention.opened(open);
  }

  void onEnter(SpanData span) {
    OpenSpan open = span.extension(key);
    if (open != null) {
      open.enter(threads.current(), now());
    }
  }

  void onExit(SpanData span) {
    OpenSpan open = span.extension(key);
    if (open != null) {
      open.exit(threads.current(), now());
    }
  }

  void onEvent(Event event, Context ctx) {
    SpanData parent = ctx.nearestVisible(event.parent());
    if (parent == null) {
      retention.looseEvent(record(event));
      return;
    }
    OpenSpan open = parent.extension(key);
    if (retention.admitEvent(open == null ? null : open.request)) {
      open.addEvent(record(event));
    }
  }

  /** The event's fields are valid only during the call: they become text now. */
  private EventRecord record(Event event) {
    FieldText text = new FieldText();
    event.fields().visit(text);
    String message = text.message() != null ? text.message() : event.metadata().name();
    return new EventRecord(now(), event.metadata().level().ordinal(), message, text.pairs(),
        threads.current());
  }

  void onClose(SpanData span) {
    Timing timing = span.timing();
    long duration = timing.busyNanos() + timing.idleNanos();
    statistics.add(span.name(), duration, timing.busyNanos());
    OpenSpan open = span.extension(key);
    if (open == null) {
      return;
    }
    // The end the registry measured, so that the page agrees with fmt's close line.
    long end = open.start + duration;
    SpanRecord record = open.close(FieldText.of(span.fieldsSnapshot()), end, false);
    retention.closed(open, record, open.parentId == 0);
  }

  /** Ends the recording and returns what the page shows; spans still open stay open up to now. */
  Recording finish() {
    long end = now();
    Retention.Kept kept = retention.end(end);
    return new Recording(end, threads.names(), kept.requests(), kept.looseEvents(),
        statistics.rows(), kept.coverage());
  }

  SpanStatistics statistics() {
    return statistics;
  }
}
