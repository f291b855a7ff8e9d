package dev.tracing4j.runtime;

import dev.tracing4j.runtime.spi.Subscriber;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Installs subscribers: the configured one, one built in code, or one for the current thread only.
 *
 * <pre>{@code
 * public static void main(String[] args) {
 *   Tracing.init();                 // the subscriber named by tracing4j.subscriber, fmt by default
 *   ...
 * }
 *
 * Tracing.setGlobalDefault(Registry.builder().with(FmtLayer.builder().build()).build());
 *
 * Tracing.withDefault(testSubscriber, () -> service.place(42));   // this thread, for tests
 * }</pre>
 *
 * <p>Without {@link #init()} or {@link #setGlobalDefault}, a subscriber named by the {@code
 * tracing4j.subscriber} system property or {@code TRACING4J_SUBSCRIBER} environment variable is
 * installed the first time anything is traced; with nothing configured nothing is recorded, at
 * the cost of one cached check per callsite. A bad configuration value is then reported once on
 * stderr and nothing is installed: the traced method that came first runs as written, and so does
 * the rest of the program. Call {@link #init()} at startup to get the error as an exception.
 */
public final class Tracing {

  private Tracing() {}

  /**
   * Installs the configured subscriber as the global default, {@code fmt} when {@code
   * tracing4j.subscriber} is not set. Does nothing if a subscriber was already installed, by
   * configuration or in code.
   *
   * <p>Without an implementation on the class path ({@code tracing4j-runtime}), one line on
   * stderr says so and nothing is recorded. A bad configuration value is thrown here, whether or
   * not a callsite already reported it.
   *
   * @throws IllegalArgumentException ({@code ConfigurationException} of {@code tracing4j-runtime})
   *     naming the key, the value and the accepted forms when a configuration value is bad
   */
  public static void init() {
    Dispatcher.init();
  }

  /**
   * Makes {@code subscriber} the global default. The configured subscriber is then no longer
   * installed automatically. The global default is shut down, and its output flushed, when the
   * JVM exits normally.
   *
   * <p>The hand-over loses no event. The events that other threads are recording into the
   * subscriber replaced are written first (this method waits for them, up to 2 seconds); then it
   * is shut down:
   * its buffered output is written and its files closed complete (a chrome trace gets its
   * closing bracket). An event or span that a thread built for it but records only after the
   * switch goes to {@code subscriber} instead. Spans still open under the old subscriber write
   * nothing more to its files: their records are refused, counted, and reported once on stderr.
   * If a thread still uses it as its {@link #withDefault scoped default}, it is only flushed.
   * Install a new subscriber rather than one that was replaced.
   */
  public static void setGlobalDefault(Subscriber subscriber) {
    Dispatcher.setGlobal(Objects.requireNonNull(subscriber, "subscriber"));
  }

  /** The global default subscriber; a subscriber that records nothing when none is installed. */
  public static Subscriber globalDefault() {
    return Dispatcher.global();
  }

  /**
   * Runs {@code task} with {@code subscriber} as the default of the current thread, then restores
   * the previous default. Meant for tests, for instance with fmt writing to memory:
   *
   * <pre>{@code
   * ByteArrayOutputStream out = new ByteArrayOutputStream();
   * Registry subscriber = Registry.builder()
   *     .with(FmtLayer.builder().output(Output.stream(out, "test")).ansi(false).build())
   *     .build();
   * Tracing.withDefault(subscriber, () -> service.place(42));
   * subscriber.shutdown();   // writes everything out
   * assertTrue(out.toString(UTF_8).contains("place{orderId=42}"));
   * }</pre>
   */
  public static void withDefault(Subscriber subscriber, Runnable task) {
    try (DefaultGuard guard = setDefault(subscriber)) {
      task.run();
    }
  }

  /**
   * Makes {@code subscriber} the default of the current thread until the returned guard is closed
   * (on this thread).
   */
  public static DefaultGuard setDefault(Subscriber subscriber) {
    return Dispatcher.setScoped(Objects.requireNonNull(subscriber, "subscriber"));
  }

  /**
   * Wraps {@code executor} so that each task runs inside the span that was current where it was
   * submitted, on whatever thread runs it.
   *
   * <pre>{@code
   * Executor executor = Tracing.propagating(ForkJoinPool.commonPool());
   * CompletableFuture.supplyAsync(() -> load(id), executor);   // load runs inside the caller's span
   * }</pre>
   */
  public static Executor propagating(Executor executor) {
    return executor instanceof PropagatingExecutor ? executor : new PropagatingExecutor(executor);
  }

  /**
   * Wraps {@code executor} so that each task ({@code execute}, {@code submit}, {@code
   * invokeAll}, {@code invokeAny}) runs inside the span that was current where it was submitted.
   * Shutdown and termination are the wrapped executor's.
   *
   * <pre>{@code
   * ExecutorService pool = Tracing.propagating(Executors.newFixedThreadPool(4));
   * }</pre>
   */
  public static ExecutorService propagating(ExecutorService executor) {
    return executor instanceof PropagatingExecutorService
        ? executor : new PropagatingExecutorService(executor);
  }

  /**
   * Wraps {@code executor} so that each task runs inside the span that was current where it was
   * submitted or scheduled; a periodic task enters that span for each run. Shutdown and
   * termination are the wrapped executor's.
   *
   * <pre>{@code
   * ScheduledExecutorService timers = Tracing.propagating(Executors.newScheduledThreadPool(1));
   * timers.schedule(() -> retry(order), 2, TimeUnit.SECONDS);   // retry runs inside the caller's span
   * }</pre>
   */
  public static ScheduledExecutorService propagating(ScheduledExecutorService executor) {
    return executor instanceof PropagatingScheduledExecutorService
        ? executor : new PropagatingScheduledExecutorService(executor);
  }

  /**
   * Wraps {@code executor} so that each task is also recorded as a span named {@code task}
   * (target {@code dev.tracing4j.task}) with fields {@code task.id} and {@code task.name}, child
   * of the submitting span: created at submission, entered while running, closed when done, so
   * its idle time is the queueing delay.
   *
   * <pre>{@code
   * ExecutorService workers = Tracing.instrumented(Executors.newFixedThreadPool(4), "workers");
   * }</pre>
   */
  public static ExecutorService instrumented(ExecutorService executor, String name) {
    return new InstrumentedExecutorService(executor, name);
  }

  /** Writes out what the current subscriber has buffered. */
  public static void flush() {
    Dispatcher.flushQuietly(Dispatcher.current());
  }
}
