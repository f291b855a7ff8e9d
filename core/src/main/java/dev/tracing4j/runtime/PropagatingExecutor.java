package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.InSpan;
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
    delegate.execute(InSpan.runnable(Span.current(), task));
  }

  @Override
  public String toString() {
    return "propagating " + delegate;
  }
}
