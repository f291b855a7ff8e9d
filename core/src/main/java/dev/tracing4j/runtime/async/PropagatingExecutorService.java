package dev.tracing4j.runtime.async;

import dev.tracing4j.runtime.Span;
import java.util.concurrent.ExecutorService;

/**
 * Runs each task ({@code execute}, {@code submit}, {@code invokeAll}, {@code invokeAny}) inside
 * the span that was current where it was submitted. Shutdown and termination are the delegate's.
 */
class PropagatingExecutorService extends DelegatingExecutorService {

  PropagatingExecutorService(ExecutorService delegate) {
    super(delegate);
  }

  @Override
  public void execute(Runnable task) {
    Span span = Span.current();
    delegate.execute(span.isDisabled() ? task : new ContextTask(task, span));
  }

  @Override
  Runnable unwrapUnstarted(Runnable queued) {
    return queued instanceof ContextTask context ? context.task : queued;
  }

  @Override
  public String toString() {
    return "propagating " + delegate;
  }
}
