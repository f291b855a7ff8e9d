package dev.tracing4j.runtime.async;

import dev.tracing4j.runtime.Span;
import java.util.Objects;
import java.util.concurrent.Executor;

/** Runs each task inside the span that was current when it was submitted. */
final class PropagatingExecutor implements Executor {
  private final Executor delegate;

  PropagatingExecutor(Executor delegate) {
    this.delegate = Objects.requireNonNull(delegate, "executor");
  }

  @Override
  public void execute(Runnable task) {
    Span span = Span.current();
    delegate.execute(span.isDisabled() ? task : new ContextTask(task, span));
  }

  @Override
  public String toString() {
    return "propagating " + delegate;
  }
}
