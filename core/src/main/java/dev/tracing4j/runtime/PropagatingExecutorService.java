package dev.tracing4j.runtime;

import dev.tracing4j.runtime.internal.InSpan;
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
    delegate.execute(InSpan.runnable(Span.current(), task));
  }

  @Override
  Runnable unwrapUnstarted(Runnable queued) {
    return InSpan.unstarted(queued);
  }

  @Override
  public String toString() {
    return "propagating " + delegate;
  }
}
