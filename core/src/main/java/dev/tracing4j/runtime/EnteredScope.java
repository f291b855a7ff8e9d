package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.FailureReporter;

/** A span entered on a thread's stack; closing exits it there. */
final class EnteredScope implements Scope {
  private final Span span;
  private final CurrentSpans.Stack stack;
  /** Whether the span counted this scope (it was not closed yet), so subscribers see its exit. */
  private final boolean counted;
  private boolean closed;

  EnteredScope(Span span, CurrentSpans.Stack stack, boolean counted) {
    this.span = span;
    this.stack = stack;
    this.counted = counted;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (Thread.currentThread() != stack.owner) {
      closedOnAnotherThread();
      return;
    }
    stack.remove(span);
    if (counted) {
      span.exited();
    }
  }

  /**
   * The entering thread's stack is its own: changing it from here would race with that thread.
   * The subscriber still sees the exit, so the span's busy time ends where the caller meant.
   */
  private void closedOnAnotherThread() {
    String what = span == CurrentSpans.BARRIER ? "the scope of Span.clearCurrent()"
        : "the scope of span '" + span.metadata().name() + "'";
    String stays = span == CurrentSpans.BARRIER ? "no span stays current"
        : "the span stays current";
    FailureReporter.report("closing " + what, new IllegalStateException(
        what + " was entered on thread '" + stack.owner.getName()
            + "' and closed on thread '" + Thread.currentThread().getName() + "'; " + stays
            + " on '" + stack.owner.getName() + "'. Close a scope on the thread that"
            + " entered the span, and carry the span to other threads with Span.wrap(...) or"
            + " Tracing.propagating(...)"));
    if (counted) {
      span.exited();
    }
  }
}
