package dev.tracing4j.runtime.registry;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.FieldVisitor;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import java.util.Arrays;
import java.util.function.Function;

/**
 * What the {@link Registry} knows about one span: its id, metadata, parent, fields, timing and the
 * state layers attach to it.
 *
 * <p>A span keeps its parent reachable, so a child's context can still be printed after the parent
 * closed. Fields may be recorded from any thread; read them through {@link #visitFields} or {@link
 * #fieldsSnapshot}.
 *
 * <pre>{@code
 * public void onClose(SpanData span, Context ctx) {
 *   FieldValues fields = span.fieldsSnapshot();
 *   long busy = span.timing().busyNanos();     // with tracksTiming() true
 * }
 * }</pre>
 */
public final class SpanData implements SpanHandle {

  private final Registry owner;
  private final long id;
  private final Metadata metadata;
  private final SpanData parent;
  private final FieldValues fields; // guarded by this
  long layerMask; // written once by the registry before the span is published

  /**
   * Busy/idle time, or {@code null} when no layer reads it: then enter and exit touch no lock
   * and no clock, and the span does not carry the clock's fields.
   */
  private final BusyTime busyTime;
  private volatile boolean closed;

  private static final Object[] NO_EXTENSIONS = {};

  private volatile Object[] extensions = NO_EXTENSIONS; // key, value, key, value...

  /** The clock of a timed span, guarded by the span. */
  private static final class BusyTime {
    final long createdNanos = System.nanoTime();
    /** Busy time accumulates while at least one thread is inside. */
    int enteredThreads;
    long busySince;
    long busyNanos;
    long closedNanos;
  }

  SpanData(Registry owner, long id, Metadata metadata, SpanData parent, FieldValues fields,
      boolean timed) {
    this.owner = owner;
    this.id = id;
    this.metadata = metadata;
    this.parent = parent;
    this.fields = fields;
    this.busyTime = timed ? new BusyTime() : null;
  }

  @Override
  public long id() {
    return id;
  }

  public Metadata metadata() {
    return metadata;
  }

  public String name() {
    return metadata.name();
  }

  public String target() {
    return metadata.target();
  }

  public Level level() {
    return metadata.level();
  }

  /** The parent span, or {@code null} for a root span. */
  public SpanData parent() {
    return parent;
  }

  /**
   * When the span was created, in {@link System#nanoTime()} nanoseconds.
   *
   * @throws IllegalStateException when no layer of the registry tracks timing
   */
  public long createdNanos() {
    requireTiming();
    return busyTime.createdNanos;
  }

  /** Whether busy and idle time are measured for this span (see {@link Layer#tracksTiming()}). */
  public boolean isTimed() {
    return busyTime != null;
  }

  private void requireTiming() {
    if (busyTime == null) {
      throw new IllegalStateException("span '" + metadata.name() + "' has no timing: no layer of"
          + " its registry tracks it. Return true from Layer.tracksTiming() in the layer that"
          + " reads it.");
    }
  }

  Registry owner() {
    return owner;
  }

  /** Visits the span's current field values while holding its lock, so no record interleaves. */
  public synchronized void visitFields(FieldVisitor visitor) {
    fields.visit(visitor);
  }

  /** A copy of the span's current field values. */
  public synchronized FieldValues fieldsSnapshot() {
    return fields.copy();
  }

  synchronized void record(FieldValues values) {
    fields.merge(values);
  }

  /** Returns false when the span was already closed: entering it then has no effect. */
  boolean enter() {
    if (busyTime == null) {
      return !closed;
    }
    synchronized (this) {
      if (closed) {
        return false;
      }
      BusyTime time = busyTime;
      if (time.enteredThreads++ == 0) {
        time.busySince = System.nanoTime();
      }
      return true;
    }
  }

  /** Returns false when the span was not entered or is already closed. */
  boolean exit() {
    if (busyTime == null) {
      return !closed;
    }
    synchronized (this) {
      BusyTime time = busyTime;
      if (closed || time.enteredThreads == 0) {
        return false;
      }
      if (--time.enteredThreads == 0) {
        time.busyNanos += System.nanoTime() - time.busySince;
      }
      return true;
    }
  }

  /**
   * Returns false when the span was already closed. The facade closes a span once (see {@link
   * dev.tracing4j.runtime.spi.Subscriber#close}), so an untimed span needs no lock here.
   */
  boolean close() {
    if (busyTime == null) {
      if (closed) {
        return false;
      }
      closed = true;
      return true;
    }
    return closeTimed();
  }

  private synchronized boolean closeTimed() {
    if (closed) {
      return false;
    }
    BusyTime time = busyTime;
    long now = System.nanoTime();
    if (time.enteredThreads > 0) {
      time.busyNanos += now - time.busySince;
      time.enteredThreads = 0;
    }
    closed = true;
    time.closedNanos = now;
    return true;
  }

  /** Whether the span was closed. */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Busy and idle time so far, or for the whole life of a closed span.
   *
   * @throws IllegalStateException when no layer of the registry tracks timing
   */
  public Timing timing() {
    requireTiming();
    return timing(System.nanoTime());
  }

  private synchronized Timing timing(long now) {
    BusyTime time = busyTime;
    long end = closed ? time.closedNanos : now;
    long busy = time.busyNanos + (time.enteredThreads > 0 ? end - time.busySince : 0);
    long idle = Math.max(0, (end - time.createdNanos) - busy);
    return new Timing(busy, idle);
  }

  /** The value a layer or filter stored under {@code key}, or {@code null}. */
  @SuppressWarnings("unchecked")
  public <T> T extension(ExtensionKey<T> key) {
    Object[] pairs = extensions;
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i] == key) {
        return (T) pairs[i + 1];
      }
    }
    return null;
  }

  /**
   * Computes a value from the span and stores it under {@code key}, atomically with respect to
   * field records, so that state derived from the fields never lags behind a concurrent record.
   */
  public synchronized <T> T computeExtension(ExtensionKey<T> key,
      Function<? super SpanData, ? extends T> compute) {
    T value = compute.apply(this);
    putExtension(key, value);
    return value;
  }

  /** Stores {@code value} under {@code key}, replacing what was there. */
  public synchronized <T> void putExtension(ExtensionKey<T> key, T value) {
    Object[] pairs = extensions;
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i] == key) {
        Object[] copy = pairs.clone();
        copy[i + 1] = value;
        extensions = copy;
        return;
      }
    }
    Object[] copy = Arrays.copyOf(pairs, pairs.length + 2);
    copy[pairs.length] = key;
    copy[pairs.length + 1] = value;
    extensions = copy;
  }

  @Override
  public String toString() {
    return metadata.name() + "#" + id;
  }
}
