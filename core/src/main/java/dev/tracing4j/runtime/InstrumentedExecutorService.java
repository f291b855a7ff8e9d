package dev.tracing4j.runtime;

import dev.tracing4j.Level;
import dev.tracing4j.runtime.internal.InSpan;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Records each task as a span named {@code task} (target {@code dev.tracing4j.task}) with fields
 * {@code task.id} and {@code task.name}, child of the span current at submission: created when
 * submitted, entered while running, closed when done, so its idle time before the first enter is
 * the time spent queued.
 *
 * <p>A task rejected by the delegate has its span closed at once; tasks returned by {@code
 * shutdownNow} have theirs closed and are returned as submitted.
 */
final class InstrumentedExecutorService extends DelegatingExecutorService {

  static final String TARGET = "dev.tracing4j.task";
  private static final Callsite TASK =
      Callsite.span("task", TARGET, Level.INFO, null, 0, "task.id", "task.name");
  private static final AtomicLong NEXT_TASK_ID = new AtomicLong();

  private final String name;

  InstrumentedExecutorService(ExecutorService delegate, String name) {
    super(delegate);
    this.name = Objects.requireNonNull(name, "name");
  }

  @Override
  public void execute(Runnable task) {
    Objects.requireNonNull(task, "task");
    SpanBuilder builder = SpanBuilder.of(TASK);
    if (builder.isDisabled()) {
      delegate.execute(task);
      return;
    }
    Span span = builder.field("task.id", NEXT_TASK_ID.incrementAndGet())
        .field("task.name", name)
        .start();
    try {
      delegate.execute(InSpan.owning(span, task));
    } catch (RejectedExecutionException | NullPointerException rejected) {
      span.close();
      throw rejected;
    }
  }

  @Override
  Runnable unwrapUnstarted(Runnable queued) {
    return InSpan.unstarted(queued);
  }

  @Override
  public String toString() {
    return "instrumented " + delegate + " (" + name + ")";
  }
}
