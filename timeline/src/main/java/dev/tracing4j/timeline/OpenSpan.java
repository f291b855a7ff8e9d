package dev.tracing4j.timeline;

import dev.tracing4j.runtime.registry.SpanData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the timeline collects about one span while it lives: the intervals during which threads
 * were inside it and the events inside it. Stored on the span as an extension; threads enter,
 * exit and log concurrently, so every method holds the lock of this object, never another.
 */
final class OpenSpan {
  final Request request;
  final SpanData span;
  final long parentId;
  final long start;

  // Guarded by this. Finished intervals as triples start, end, thread.
  private long[] intervals = new long[3];
  private int intervalLength;
  // Threads inside now, as triples thread, since, depth: a thread that enters the span again
  // before it exits stays in one interval.
  private long[] inside = new long[3];
  private int insideLength;
  private List<EventRecord> events;
  private boolean closed;

  OpenSpan(Request request, SpanData span, long parentId, long start) {
    this.request = request;
    this.span = span;
    this.parentId = parentId;
    this.start = start;
  }

  synchronized void enter(int thread, long now) {
    if (closed) {
      return;
    }
    for (int i = 0; i < insideLength; i += 3) {
      if (inside[i] == thread) {
        inside[i + 2]++;
        return;
      }
    }
    if (insideLength == inside.length) {
      inside = Arrays.copyOf(inside, insideLength * 2);
    }
    inside[insideLength] = thread;
    inside[insideLength + 1] = now;
    inside[insideLength + 2] = 1;
    insideLength += 3;
  }

  synchronized void exit(int thread, long now) {
    for (int i = 0; i < insideLength; i += 3) {
      if (inside[i] == thread) {
        if (--inside[i + 2] == 0) {
          addInterval(inside[i + 1], now, thread);
          System.arraycopy(inside, i + 3, inside, i, insideLength - i - 3);
          insideLength -= 3;
        }
        return;
      }
    }
    // Entered before the timeline existed: nothing to end.
  }

  /** Returns false when the span already closed: the event arrived too late to be drawn on it. */
  synchronized boolean addEvent(EventRecord event) {
    if (closed) {
      return false;
    }
    if (events == null) {
      events = new ArrayList<>(2);
    }
    events.add(event);
    return true;
  }

  /**
   * Ends the span at {@code end}: threads still inside it leave it then. Returns its record, or
   * {@code null} if it was already closed.
   */
  synchronized SpanRecord close(String[] fields, long end, boolean open) {
    if (closed) {
      return null;
    }
    closed = true;
    for (int i = 0; i < insideLength; i += 3) {
      addInterval(inside[i + 1], end, (int) inside[i]);
    }
    insideLength = 0;
    long[] finished = Arrays.copyOf(intervals, intervalLength);
    intervals = null;
    List<EventRecord> kept = events == null ? List.of() : List.copyOf(events);
    events = null;
    return new SpanRecord(span.id(), parentId, span.name(), span.target(), fields, start,
        Math.max(start, end), open, finished, kept);
  }

  private void addInterval(long from, long to, long thread) {
    if (intervalLength == intervals.length) {
      intervals = Arrays.copyOf(intervals, intervalLength * 2);
    }
    intervals[intervalLength] = from;
    intervals[intervalLength + 1] = Math.max(from, to);
    intervals[intervalLength + 2] = thread;
    intervalLength += 3;
  }
}
