package dev.tracing4j.runtime.async;

import dev.tracing4j.runtime.Scope;
import dev.tracing4j.runtime.Span;

/** A task submitted to a propagating executor: runs inside the span current at submission. */
final class ContextTask implements Runnable {
  final Runnable task;
  private final Span span;

  ContextTask(Runnable task, Span span) {
    this.task = task;
    this.span = span;
  }

  @Override
  public void run() {
    try (Scope scope = span.enter()) {
      task.run();
    }
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
