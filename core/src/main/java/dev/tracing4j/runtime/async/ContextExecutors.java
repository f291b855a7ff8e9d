package dev.tracing4j.runtime.async;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The executors behind {@code Tracing.propagating} and {@code Tracing.instrumented}; use those.
 * Both work with platform and virtual threads ({@code Executors.newVirtualThreadPerTaskExecutor()}).
 *
 * <pre>{@code
 * ExecutorService pool = Tracing.instrumented(Executors.newFixedThreadPool(4), "db");
 * }</pre>
 */
public final class ContextExecutors {

  private ContextExecutors() {}

  /** {@code executor}, running each task inside the span current at submission. */
  public static Executor propagating(Executor executor) {
    return executor instanceof PropagatingExecutor ? executor : new PropagatingExecutor(executor);
  }

  /** {@code executor}, running each task inside the span current at submission. */
  public static ExecutorService propagating(ExecutorService executor) {
    return executor instanceof PropagatingExecutorService
        ? executor : new PropagatingExecutorService(executor);
  }

  /** {@code executor}, running each task, scheduled ones too, inside the span current at submission. */
  public static ScheduledExecutorService propagating(ScheduledExecutorService executor) {
    return executor instanceof PropagatingScheduledExecutorService
        ? executor : new PropagatingScheduledExecutorService(executor);
  }

  /** {@code executor}, recording each task as a {@code task} span named {@code name}. */
  public static ExecutorService instrumented(ExecutorService executor, String name) {
    return new InstrumentedExecutorService(executor, name);
  }
}
