package dev.tracing4j.runtime.async;

import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;

/**
 * A task of an instrumented executor with its {@code task} span, created at submission: entered
 * while the task runs, exited and closed when it ends, also when it throws.
 */
final class TaskSpanRunnable implements Runnable {
  final Runnable task;
  final Span span;

  TaskSpanRunnable(Runnable task, Span span) {
    this.task = task;
    this.span = span;
  }

  @Override
  public void run() {
    try (Scope scope = span.enter()) {
      task.run();
    } finally {
      span.close();
    }
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
