package dev.tracing4j.it.async;

import dev.tracing4j.Instrument;
import dev.tracing4j.runtime.Tracer;
import dev.tracing4j.runtime.Tracing;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/** Async methods whose work continues on other threads, later. */
public class Warehouse {
  private static final Tracer log = Tracer.of(Warehouse.class);
  private final Executor executor;
  private final Executor later;

  /**
   * Runs work on {@code executor}, and delayed work on it after {@code delayMillis}. The delaying
   * executor hands tasks over from its own scheduler thread, so context propagation has to wrap
   * it from the outside.
   */
  public Warehouse(Executor executor, long delayMillis) {
    this.executor = Tracing.propagating(executor);
    this.later = Tracing.propagating(
        CompletableFuture.delayedExecutor(delayMillis, TimeUnit.MILLISECONDS, executor));
  }

  /** Counts on the executor, then orders after a delay: two continuations with a wait between. */
  @Instrument
  public CompletableFuture<Integer> restock(String sku) {
    log.atInfo().log("scheduling");
    return CompletableFuture.supplyAsync(() -> {
      work(30);
      log.atInfo().log("counting");
      return 5;
    }, executor).thenApplyAsync(count -> {
      work(30);
      log.atInfo().log("ordering");
      return count * 2;
    }, later);
  }

  /** Chains on the future of another instrumented method. */
  @Instrument(ret = true)
  public CompletableFuture<String> pick(String sku) {
    return restock(sku).thenApply(count -> {
      log.atInfo().log("picked");
      return sku + " x" + count;
    });
  }

  /** A continuation that throws. */
  @Instrument(err = true)
  public CompletableFuture<String> broken(String sku) {
    return CompletableFuture.supplyAsync(() -> sku, executor).thenApply(value -> {
      throw new IllegalStateException("no shelf for " + value);
    });
  }

  private static void work(long millis) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
