package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.FailureReporter;
import dev.tracing4j.runtime.internal.InSpan;
import dev.tracing4j.runtime.spi.FieldValues;
import dev.tracing4j.runtime.spi.Metadata;
import dev.tracing4j.runtime.spi.SpanHandle;
import dev.tracing4j.runtime.spi.Subscriber;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * A period of time with a lifecycle: created by {@link SpanBuilder#start()}, entered and exited
 * (possibly many times, on several threads), and closed once. Events recorded while a span is
 * entered happen inside it, and spans created then are its children.
 *
 * <pre>{@code
 * Span span = log.span(Level.INFO, "batch").field("size", 10).start();
 * try (Scope scope = span.enter()) {
 *   log.atInfo().log("processing");            // inside "batch"
 * }
 * span.close();
 * }</pre>
 *
 * <p>A span that no subscriber wanted is disabled: every method is a no-op and {@link
 * #current()} never returns {@code null}. A span may be closed from any thread; closing it again
 * does nothing.
 */
public final class Span {

  private static final Span NONE = new Span(null, null, null, null);
  /**
   * The span's lifecycle in one word, so that enter, exit and close agree without a lock: the
   * number of scopes open on it (on any thread) in the low bits, and two flags. A close asked for
   * while scopes are open only sets {@link #CLOSE_REQUESTED}; the exit that closes the last scope
   * then closes the span, so every enter has its exit and close is the last thing subscribers see.
   */
  private static final VarHandle STATE;
  private static final VarHandle AFTER_CLOSE;
  private static final long OPEN_SCOPES = (1L << 40) - 1;
  private static final long CLOSE_REQUESTED = 1L << 40;
  private static final long CLOSED = 1L << 41;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      STATE = lookup.findVarHandle(Span.class, "state", long.class);
      AFTER_CLOSE = lookup.findVarHandle(Span.class, "afterClose", Runnable.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final Subscriber subscriber;
  private final SpanHandle handle;
  private final Metadata metadata;
  /** The creating thread's stack: most spans are entered where they were created. */
  private final CurrentSpans.Stack creatorStack;
  @SuppressWarnings("unused") // through STATE
  private volatile long state;
  /** What {@link #close(Runnable)} runs once the span has closed; set before the close is asked. */
  @SuppressWarnings("unused") // through AFTER_CLOSE
  private volatile Runnable afterClose;

  Span(Subscriber subscriber, SpanHandle handle, Metadata metadata,
      CurrentSpans.Stack creatorStack) {
    this.subscriber = subscriber;
    this.handle = handle;
    this.metadata = metadata;
    this.creatorStack = creatorStack;
  }

  /** The innermost span entered on this thread, or a disabled span; never {@code null}. */
  public static Span current() {
    return CurrentSpans.current();
  }

  /**
   * Makes no span current on this thread until the returned scope closes: events recorded
   * meanwhile belong to no span, and spans started are roots. The spans entered before stay
   * entered (subscribers see no exit) and are current again once the scope closes. For work that
   * must not be attributed to the caller, and for context-propagation libraries that restore "no
   * span" on a thread.
   *
   * <pre>{@code
   * try (Scope scope = Span.clearCurrent()) {
   *   scheduler.startNightlyJob();   // its spans are roots, not children of this request
   * }
   * }</pre>
   */
  public static Scope clearCurrent() {
    CurrentSpans.Stack stack = CurrentSpans.stack();
    stack.push(CurrentSpans.BARRIER);
    return new EnteredScope(CurrentSpans.BARRIER, stack, false);
  }

  /** The disabled span. */
  public static Span none() {
    return NONE;
  }

  /** Whether no subscriber records this span. */
  public boolean isDisabled() {
    return handle == null;
  }

  /** The span's id, unique in this process; {@code 0} for a disabled span. */
  public long id() {
    return handle == null ? 0 : handle.id();
  }

  /** The span's metadata, or {@code null} for a disabled span. */
  public Metadata metadata() {
    return metadata;
  }

  /**
   * Enters the span on the current thread until the returned scope closes. A span whose close was
   * asked for may still be entered while another scope keeps it open; a closed span is only made
   * current again, for the context of what happens inside, and subscribers see no enter.
   *
   * <pre>{@code
   * try (Scope scope = span.enter()) { ... }
   * }</pre>
   */
  public Scope enter() {
    if (handle == null) {
      return NoopScope.INSTANCE;
    }
    CurrentSpans.Stack stack = enteringStack();
    boolean counted = enterOn(stack);
    // One allocation site, after every call, in a method small enough to inline into the caller,
    // so that the JIT can keep a scope that does not escape (try-with-resources) off the heap.
    return new EnteredScope(this, stack, counted);
  }

  /** The calling thread's stack; most spans are entered on the thread that created them. */
  private CurrentSpans.Stack enteringStack() {
    CurrentSpans.Stack stack = creatorStack;
    return stack != null && stack.owner == Thread.currentThread() ? stack : CurrentSpans.stack();
  }

  /** Makes the span current on {@code stack}; true when the scope counts (the span is open). */
  private boolean enterOn(CurrentSpans.Stack stack) {
    stack.push(this);
    if (!openScope()) {
      return false;
    }
    try {
      subscriber.enter(handle);
    } catch (Throwable failure) {
      report("entering", failure);
    }
    return true;
  }

  /** Counts a scope opened on the span; false once the span is closed. */
  private boolean openScope() {
    long current;
    do {
      current = state;
      if ((current & CLOSED) != 0) {
        return false;
      }
    } while (!STATE.weakCompareAndSet(this, current, current + 1));
    return true;
  }

  /** A counted scope closed: the subscriber sees the exit, then the close if it was the last. */
  void exited() {
    try {
      subscriber.exit(handle);
    } catch (Throwable failure) {
      report("exiting", failure);
    }
    long current = (long) STATE.getAndAdd(this, -1L) - 1;
    while ((current & OPEN_SCOPES) == 0
        && (current & (CLOSE_REQUESTED | CLOSED)) == CLOSE_REQUESTED) {
      if (STATE.weakCompareAndSet(this, current, current | CLOSED)) {
        closeSubscriber();
        return;
      }
      current = state;
    }
  }

  /**
   * Ends the span. Only the first call has an effect. While a scope of the span is open on some
   * thread, the span closes when the last of them closes, so its subscribers always see every
   * exit before the close.
   */
  public void close() {
    if (handle != null) {
      requestClose();
    }
  }

  /**
   * Ends the span as {@link #close()} does, then runs {@code afterClose} on the thread that closed
   * it: at once, or where the last open scope of the span closes. A disabled span, or one already
   * closed, runs it at once. An instrumented async method completes the future it returned this
   * way, so that whoever waits for the future finds the method's span closed.
   *
   * <pre>{@code
   * span.close(() -> result.complete(value));
   * }</pre>
   */
  public void close(Runnable afterClose) {
    if (handle == null) {
      afterClose.run();
      return;
    }
    if (!AFTER_CLOSE.compareAndSet(this, (Runnable) null, afterClose)) {
      afterClose.run(); // a close with its own action was asked for already
      return;
    }
    if (!requestClose() && (state & CLOSED) != 0
        && AFTER_CLOSE.compareAndSet(this, afterClose, (Runnable) null)) {
      afterClose.run(); // closed already, and the closer did not take the action
    }
  }

  /** Returns false when a close was already asked for. */
  private boolean requestClose() {
    long current;
    long next;
    do {
      current = state;
      if ((current & (CLOSE_REQUESTED | CLOSED)) != 0) {
        return false;
      }
      next = (current & OPEN_SCOPES) == 0 ? CLOSE_REQUESTED | CLOSED : current | CLOSE_REQUESTED;
    } while (!STATE.weakCompareAndSet(this, current, next));
    if ((next & CLOSED) != 0) {
      closeSubscriber();
    }
    return true;
  }

  private void closeSubscriber() {
    try {
      subscriber.close(handle);
    } catch (Throwable failure) {
      report("closing", failure);
    }
    Runnable action = (Runnable) AFTER_CLOSE.getAndSet(this, (Runnable) null);
    if (action != null) {
      action.run();
    }
  }

  /** Whether {@link #close()} was called (always true for a disabled span). */
  public boolean isClosed() {
    return handle == null || (state & CLOSE_REQUESTED) != 0;
  }

  /** Records an integer value for a field, typically one declared without a value. */
  public Span record(String field, long value) {
    if (handle != null) {
      record(new FieldValues(1).add(field, value));
    }
    return this;
  }

  /** Records a floating-point value for a field. */
  public Span record(String field, double value) {
    if (handle != null) {
      record(new FieldValues(1).add(field, value));
    }
    return this;
  }

  /** Records a boolean value for a field. */
  public Span record(String field, boolean value) {
    if (handle != null) {
      record(new FieldValues(1).add(field, value));
    }
    return this;
  }

  /** Records a string value for a field. */
  public Span record(String field, String value) {
    if (handle != null) {
      record(new FieldValues(1).add(field, value));
    }
    return this;
  }

  /** Records a value of any type for a field; see {@link FieldValues#add(String, Object)}. */
  public Span record(String field, Object value) {
    if (handle != null) {
      record(new FieldValues(1).add(field, value));
    }
    return this;
  }

  private void record(FieldValues values) {
    try {
      subscriber.record(handle, values);
    } catch (Throwable failure) {
      report("recording a field of", failure);
    }
  }

  /**
   * Records that this span was caused by {@code cause} without being its child, for example a
   * batch flush that follows from the requests it carries.
   */
  public Span followsFrom(Span cause) {
    if (handle != null && cause.handle != null && cause.subscriber == subscriber) {
      try {
        subscriber.recordFollowsFrom(handle, cause.handle);
      } catch (Throwable failure) {
        report("recording follows-from of", failure);
      }
    }
    return this;
  }

  /** A task that runs inside this span, on whatever thread runs it. */
  public Runnable wrap(Runnable task) {
    return InSpan.runnable(this, task);
  }

  /** A task that runs inside this span, on whatever thread runs it. */
  public <T> Callable<T> wrap(Callable<T> task) {
    return InSpan.callable(this, task);
  }

  /** A supplier that runs inside this span, on whatever thread calls it. */
  public <T> Supplier<T> wrap(Supplier<T> supplier) {
    return InSpan.supplier(this, supplier);
  }

  /** Runs {@code task} inside this span on the current thread. */
  public void inScope(Runnable task) {
    try (Scope scope = enter()) {
      task.run();
    }
  }

  Subscriber subscriber() {
    return subscriber;
  }

  /**
   * The handle its subscriber returned for this span, or {@code null} for a disabled span. For
   * subscriber extensions that keep state per span and offer it through the span users hold, such
   * as {@code OpenTelemetrySpans.traceparent(span)}: with {@code tracing4j-runtime} the handle is
   * the registry's {@code SpanData}.
   *
   * <pre>{@code
   * if (span.handle() instanceof SpanData data) { ... data.extension(KEY) ... }
   * }</pre>
   */
  public SpanHandle handle() {
    return handle;
  }

  private void report(String what, Throwable failure) {
    FailureReporter.report("subscriber " + subscriber.getClass().getName() + " " + what
        + " span " + metadata.name(), failure);
  }

  @Override
  public String toString() {
    return handle == null ? "Span[disabled]" : "Span[" + metadata.name() + "#" + handle.id() + "]";
  }
}
