package dev.tracing4j.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An executor service that hands every task, wrapped, to another one. {@code submit}, {@code
 * invokeAll} and {@code invokeAny} go through {@link #execute} on the submitting thread (as in
 * {@link AbstractExecutorService}), so a wrapper sees every submission where it happens.
 */
abstract class DelegatingExecutorService extends AbstractExecutorService {
  final ExecutorService delegate;

  DelegatingExecutorService(ExecutorService delegate) {
    this.delegate = Objects.requireNonNull(delegate, "executor");
  }

  /** The task as submitted, from what the delegate returned by {@code shutdownNow}. */
  abstract Runnable unwrapUnstarted(Runnable queued);

  @Override
  public void shutdown() {
    delegate.shutdown();
  }

  /** Returns the tasks that never started, as they were submitted. */
  @Override
  public List<Runnable> shutdownNow() {
    List<Runnable> unstarted = new ArrayList<>();
    for (Runnable queued : delegate.shutdownNow()) {
      unstarted.add(unwrapUnstarted(queued));
    }
    return unstarted;
  }

  @Override
  public boolean isShutdown() {
    return delegate.isShutdown();
  }

  @Override
  public boolean isTerminated() {
    return delegate.isTerminated();
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
    return delegate.awaitTermination(timeout, unit);
  }
}
