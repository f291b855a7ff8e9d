package dev.tracing4j.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs each task, scheduled ones included, inside the span that was current where it was
 * submitted or scheduled; a periodic task enters that span for each run.
 */
final class PropagatingScheduledExecutorService extends PropagatingExecutorService
    implements ScheduledExecutorService {

  private final ScheduledExecutorService scheduler;

  PropagatingScheduledExecutorService(ScheduledExecutorService delegate) {
    super(delegate);
    this.scheduler = delegate;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    return scheduler.schedule(Span.current().wrap(command), delay, unit);
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    return scheduler.schedule(Span.current().wrap(callable), delay, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
      TimeUnit unit) {
    return scheduler.scheduleAtFixedRate(Span.current().wrap(command), initialDelay, period, unit);
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay,
      long delay, TimeUnit unit) {
    return scheduler.scheduleWithFixedDelay(Span.current().wrap(command), initialDelay, delay,
        unit);
  }

  @Override
  public String toString() {
    return "propagating " + scheduler;
  }
}
