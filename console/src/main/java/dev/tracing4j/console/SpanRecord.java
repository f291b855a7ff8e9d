package dev.tracing4j.console;

import dev.tracing4j.runtime.registry.SpanData;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * What the console counts for one span, on the threads that enter and exit it: the number of
 * enters, how many threads are inside, when it was first entered, when its current busy period
 * started and when its last one ended. Counters are atomic and lock-free; the busy intervals are
 * kept for the span's timeline, a few at most.
 *
 * <p>Writers publish a time before the count that makes it meaningful (the start of a busy period
 * before {@code entered} leaves zero, the end before it returns to zero), so that the aggregator,
 * which reads the count first, never pairs a count with a stale time.
 */
class SpanRecord {
  static final long NEVER = Long.MIN_VALUE;

  private static final VarHandle POLLS;
  private static final VarHandle ENTERED;
  private static final VarHandle FIRST_ENTER;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      POLLS = lookup.findVarHandle(SpanRecord.class, "polls", long.class);
      ENTERED = lookup.findVarHandle(SpanRecord.class, "entered", int.class);
      FIRST_ENTER = lookup.findVarHandle(SpanRecord.class, "firstEnterNanos", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  final SpanData span;
  /** The nearest visible ancestor's record, or {@code null} for a root. */
  final SpanRecord parent;
  private final TrackedSpan owner;

  private volatile long polls;
  private volatile int entered;
  private volatile long firstEnterNanos = NEVER;
  private volatile long busySinceNanos;
  private volatile long lastExitNanos = NEVER;
  private volatile long closedNanos = NEVER;
  private final BusyIntervals intervals = new BusyIntervals();

  /** A record that belongs to {@code owner}'s subtree; a {@link TrackedSpan} passes null: itself. */
  SpanRecord(SpanData span, SpanRecord parent, TrackedSpan owner) {
    this.span = span;
    this.parent = parent;
    this.owner = owner == null ? (TrackedSpan) this : owner;
  }

  /** The listed task or root span whose subtree this span is in (itself if listed). */
  final TrackedSpan owner() {
    return owner;
  }

  final long id() {
    return span.id();
  }

  /** A thread entered the span at {@code now}; returns whether it was the first enter. */
  final boolean entered(long now) {
    POLLS.getAndAdd(this, 1L);
    int inside;
    do {
      inside = entered;
      if (inside == 0) {
        busySinceNanos = now;
      }
    } while (!ENTERED.compareAndSet(this, inside, inside + 1));
    return firstEnterNanos == NEVER && FIRST_ENTER.compareAndSet(this, NEVER, now);
  }

  /**
   * A thread exited the span at {@code now}. Returns how long the busy period that this exit ends
   * lasted, or {@code -1} while another thread is still inside.
   */
  final long exited(long now) {
    int inside;
    long since = busySinceNanos;
    do {
      inside = entered;
      if (inside == 0) {
        return -1; // an exit the console did not see the enter of
      }
      if (inside == 1) {
        lastExitNanos = now;
      }
    } while (!ENTERED.compareAndSet(this, inside, inside - 1));
    if (inside > 1) {
      return -1;
    }
    intervals.add(since, now, Thread.currentThread().getName());
    return now - since;
  }

  /** The span closed at {@code now}. */
  final void closed(long now) {
    closedNanos = now;
    entered = 0;
  }

  final long polls() {
    return polls;
  }

  final boolean isRunning() {
    return entered > 0 && closedNanos == NEVER;
  }

  final boolean isClosed() {
    return closedNanos != NEVER;
  }

  /** When the current busy period started; meaningful while {@link #isRunning()}. */
  final long busySinceNanos() {
    return busySinceNanos;
  }

  final long firstEnterNanos() {
    return firstEnterNanos;
  }

  final long lastExitNanos() {
    return lastExitNanos;
  }

  final long closedNanos() {
    return closedNanos;
  }

  final BusyIntervals intervals() {
    return intervals;
  }

  /** The span's state at {@code now}, as the console names it. */
  final TaskState state() {
    if (isClosed()) {
      return TaskState.DONE;
    }
    if (entered > 0) {
      return TaskState.RUNNING;
    }
    return firstEnterNanos == NEVER ? TaskState.SCHEDULED : TaskState.IDLE;
  }

  /**
   * Since when the span has been idle: its last exit, or its creation for a span never entered;
   * {@link #NEVER} while it is entered, closed, or a task waiting in its queue.
   */
  final long idleSinceNanos() {
    if (entered > 0 || isClosed()) {
      return NEVER;
    }
    long lastExit = lastExitNanos;
    if (lastExit != NEVER) {
      return lastExit;
    }
    return this instanceof TrackedSpan tracked && tracked.isTask() ? NEVER : span.createdNanos();
  }
}
