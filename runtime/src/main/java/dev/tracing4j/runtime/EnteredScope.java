package dev.tracing4j.runtime;

/** The scope of a recording span: pops it from the thread's stack and tells the subscriber. */
final class EnteredScope implements Scope {
  private final Span span;
  private final CurrentSpans.Stack stack;
  private boolean closed;

  EnteredScope(Span span, CurrentSpans.Stack stack) {
    this.span = span;
    this.stack = stack;
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    stack.remove(span);
    span.exitSubscriber();
  }
}
